/**
 * "3:00 PM on Friday, 14 March": the exact time, with weekday, in the
 * business's time zone. The day-month order reads the same everywhere.
 */
export function formatPromiseTime(at: Date, timeZone: string): string {
  const zone = validZone(timeZone);
  const time = new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit", hour12: true }).format(at);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "long", day: "numeric", month: "long" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${time.replace(/\u202f/g, " ")} on ${get("weekday")}, ${get("day")} ${get("month")}`;
}

export function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * "3:00 PM on Friday, 14 March": the exact time, with weekday, in the
 * business's time zone. The day-month order reads the same everywhere.
 */
export function formatPromiseTime(at: Date, timeZone: string): string {
  const zone = validZone(timeZone);
  const f = formatters(zone);
  const time = f.time.format(at);
  const parts = f.day.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${time.replace(/\u202f/g, " ")} on ${get("weekday")}, ${get("day")} ${get("month")}`;
}

// Building an Intl formatter is slow (the first one loads locale data), so each zone gets one pair.
const cache = new Map<string, { time: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();

function formatters(zone: string) {
  let f = cache.get(zone);
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit", hour12: true }),
      day: new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "long", day: "numeric", month: "long" }),
    };
    cache.set(zone, f);
  }
  return f;
}

export function validZone(timeZone: string): string {
  if (cache.has(timeZone)) return timeZone;
  try {
    formatters(timeZone);
    return timeZone;
  } catch {
    return "UTC";
  }
}

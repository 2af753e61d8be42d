// Building an Intl formatter is slow (the first one loads locale data), so each one is made once
// per locale, zone and layout, and shared by every caller.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat; throws (like Intl) for an unknown zone. */
export function dateTimeFormat(locale: string | undefined, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", hour12: true };
const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };

/**
 * "3:00 PM on Friday, 14 March": the exact time, with weekday, in the
 * business's time zone. The day-month order reads the same everywhere.
 */
export function formatPromiseTime(at: Date, timeZone: string): string {
  const zone = validZone(timeZone);
  const time = dateTimeFormat("en-US", zone, TIME).format(at);
  const d = dayParts("en-US", zone, at);
  return `${time.replace(/\u202f/g, " ")} on ${d.weekday}, ${d.day} ${d.month}`;
}

/** The weekday, day and month of `at` in `zone`, in `locale`'s words. */
export function dayParts(locale: string, zone: string, at: Date): { weekday: string; day: string; month: string } {
  const parts = dateTimeFormat(locale, zone, DAY).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), day: get("day"), month: get("month") };
}

const checked = new Map<string, string>();

/** The zone if Intl knows it, else UTC. */
export function validZone(timeZone: string): string {
  let zone = checked.get(timeZone);
  if (zone === undefined) {
    try {
      dateTimeFormat("en-US", timeZone, DAY);
      zone = timeZone;
    } catch {
      zone = "UTC";
    }
    checked.set(timeZone, zone);
  }
  return zone;
}

import { validZone } from "../formatTime";

export interface TimeParts {
  weekday: string;
  day: string;
  month: string;
  /** 24-hour "15:00". */
  time: string;
}

// One pair of formatters per locale and zone: building them is the slow part.
const cache = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** A promise time in another language's words, in the business's zone, laid out by `layout`. */
export function formatIn(locale: string, at: Date, timeZone: string, layout: (p: TimeParts) => string): string {
  const zone = validZone(timeZone);
  const key = `${locale}|${zone}`;
  let f = cache.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: "long", day: "numeric", month: "long" }),
      time: new Intl.DateTimeFormat(locale, { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    };
    cache.set(key, f);
  }
  const parts = f.day.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return layout({ weekday: get("weekday"), day: get("day"), month: get("month"), time: f.time.format(at) });
}

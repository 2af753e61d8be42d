import { dateTimeFormat, validZone } from "../formatTime";

export interface TimeParts {
  weekday: string;
  day: string;
  month: string;
  /** 24-hour "15:00". */
  time: string;
}

/** A promise time in another language's words, in the business's zone, laid out by `layout`. */
export function formatIn(locale: string, at: Date, timeZone: string, layout: (p: TimeParts) => string): string {
  const zone = validZone(timeZone);
  const parts = dateTimeFormat(locale, zone, { weekday: "long", day: "numeric", month: "long" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const time = dateTimeFormat(locale, zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return layout({ weekday: get("weekday"), day: get("day"), month: get("month"), time });
}

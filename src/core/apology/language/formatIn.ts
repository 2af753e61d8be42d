import { dateTimeFormat, dayParts, validZone } from "../formatTime";

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
  const time = dateTimeFormat(locale, zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return layout({ ...dayParts(locale, zone, at), time });
}

import { dateTimeFormat, validZone } from "../core";

// Every date and time the pane shows the user is in one format, from the user's own locale (the
// draft itself uses its language's format). The date field (datetime-local) follows the same locale.
const USER: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" };

/** "Friday, 14 March, 15:00" or "Friday, March 14, 3:00 PM", as the user's locale writes it, in `timeZone`. */
export function userTime(at: Date, timeZone: string): string {
  const locale = typeof navigator !== "undefined" ? navigator.language : undefined;
  return dateTimeFormat(locale, validZone(timeZone), USER)
    .format(at)
    .replace(/\u202f/g, " ");
}

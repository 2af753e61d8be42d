import { validZone } from "../core/apology/formatTime";

// Every date and time the pane shows the user is in one format, from the user's own locale (the
// draft itself uses its language's format). The date field (datetime-local) follows the same locale.
const cache = new Map<string, Intl.DateTimeFormat>();

function locale(): string | undefined {
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

/** "Friday, 14 March, 15:00" or "Friday, March 14, 3:00 PM", as the user's locale writes it, in `timeZone`. */
export function userTime(at: Date, timeZone: string): string {
  const zone = validZone(timeZone);
  const key = `${locale() ?? ""}|${zone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(), { timeZone: zone, weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" });
    cache.set(key, f);
  }
  return f.format(at).replace(/\u202f/g, " ");
}

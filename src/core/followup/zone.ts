import { validZone } from "../apology/formatTime";

/** A moment as a clock on the wall in some time zone shows it. Months count from 0, as in Date. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** Short weekday names, indexed like Date#getDay (0 = Sunday). */
export const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const WEEKDAYS: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [name, i]));
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock reading of `at` in `zone` (the browser's Intl data knows every rule, DST included). */
export function wallTime(at: Date, zone: string): WallTime {
  const parts = formatter(validZone(zone)).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "0";
  return {
    year: Number(get("year")),
    month: Number(get("month")) - 1,
    day: Number(get("day")),
    hour: Number(get("hour")) % 24,
    minute: Number(get("minute")),
    weekday: WEEKDAYS[get("weekday")] ?? 0,
  };
}

function asUtc(w: Pick<WallTime, "year" | "month" | "day" | "hour" | "minute">): number {
  return Date.UTC(w.year, w.month, w.day, w.hour, w.minute);
}

/**
 * The moment when the wall clock in `zone` reads the given time. Days past the
 * month's end roll over as in Date.UTC. In the hour skipped by a spring-forward
 * change, the result lands just after the gap.
 */
export function zonedDate(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const wanted = Date.UTC(year, month, day, hour, minute);
  let t = wanted;
  // Two corrections settle the offset, even across a daylight-saving change.
  for (let i = 0; i < 3; i++) {
    const diff = asUtc(wallTime(new Date(t), zone)) - wanted;
    if (diff === 0) break;
    t -= diff;
  }
  return new Date(t);
}

/** Minutes the zone is ahead of UTC at that moment (negative west of Greenwich). */
export function offsetMinutes(at: Date, zone: string): number {
  return Math.round((asUtc(wallTime(at, zone)) - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

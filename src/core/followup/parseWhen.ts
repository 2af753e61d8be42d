import type { DateParser } from "../analysis/deadline";
import { validZone } from "../apology/formatTime";
import { offsetMinutes, wallTime, zonedDate } from "./zone";

/**
 * Reads a typed follow-up time ("Friday 3pm", "tomorrow at 10") in the
 * business's time zone. Returns null when nothing usable is found, or when
 * the time has already passed. The date parser is passed in (the pane loads
 * chrono on demand), so nothing here is on the start-up path.
 */
export function parseFollowUpTime(text: string, now: Date, timeZone: string, dates: DateParser): Date | null {
  const input = typeof text === "string" ? text.trim().slice(0, 200) : "";
  if (!input) return null;
  const zone = validZone(timeZone);
  const zoneOffset = offsetMinutes(now, zone);
  let result: ReturnType<DateParser["parse"]>[number] | undefined;
  try {
    result = dates.parse(input, now, "en", zoneOffset)[0];
  } catch {
    return null;
  }
  if (!result) return null;
  const date = result.date;
  if (!result.hasTime) {
    // A day with no time ("Friday") means the start of that working morning.
    const local = wallTime(date, zone);
    const morning = zonedDate(local.year, local.month, local.day, 10, 0, zone);
    return morning.getTime() > now.getTime() ? morning : null;
  }
  return date.getTime() > now.getTime() ? date : null;
}

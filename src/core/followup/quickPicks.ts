import { validZone } from "../apology/formatTime";
import { wallTime, WEEKDAY_NAMES, zonedDate } from "./zone";

export interface BusinessHours {
  /** Hour the working day starts and ends, 0-24, in the business's zone. */
  startHour: number;
  endHour: number;
  /** Working weekdays, 0 = Sunday. */
  days: number[];
}

export const DEFAULT_HOURS: BusinessHours = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] };

export interface QuickPick {
  id: "in-2-hours" | "end-of-today" | "tomorrow-morning" | "before-deadline";
  label: string;
  at: Date;
}

const QUARTER = 15 * 60 * 1000;

function roundUpToQuarter(ms: number): number {
  return Math.ceil(ms / QUARTER) * QUARTER;
}

/** The same wall-clock hour on the next working day after `from`, in the zone. */
function nextWorkingDayAt(from: Date, zone: string, hour: number, hours: BusinessHours): Date {
  const d = wallTime(from, zone);
  for (let i = 1; i <= 7; i++) {
    const candidate = zonedDate(d.year, d.month, d.day + i, hour, 0, zone);
    if (hours.days.includes(wallTime(candidate, zone).weekday)) return candidate;
  }
  return zonedDate(d.year, d.month, d.day + 1, hour, 0, zone);
}

/** The first opening of a working day after `now`: today's, if it is still to come. */
export function openingAfter(now: Date, zone: string, hours: BusinessHours): Date {
  const local = wallTime(now, zone);
  const todayOpening = zonedDate(local.year, local.month, local.day, hours.startHour, 0, zone);
  return hours.days.includes(local.weekday) && todayOpening.getTime() > now.getTime() ? todayOpening : nextWorkingDayAt(now, zone, hours.startHour, hours);
}

/** Whether a moment falls inside working hours on a working day, in the zone. */
export function withinHours(at: Date, zone: string, hours: BusinessHours): boolean {
  const local = wallTime(at, zone);
  const minutes = local.hour * 60 + local.minute;
  return hours.days.includes(local.weekday) && minutes >= hours.startHour * 60 && minutes <= hours.endHour * 60;
}

/**
 * Follow-up times a busy person can pick in one click, in the business's zone
 * (daylight-saving changes included, since wall-clock hours are set in the zone).
 */
export function quickPicks(now: Date, timeZone: string, deadline?: Date | null, hours: BusinessHours = DEFAULT_HOURS): QuickPick[] {
  const zone = validZone(timeZone);
  const picks: QuickPick[] = [];
  const local = wallTime(now, zone);
  const inTwo = new Date(roundUpToQuarter(now.getTime() + 2 * 3600 * 1000));
  if (withinHours(inTwo, zone, hours)) {
    picks.push({ id: "in-2-hours", label: "In 2 hours", at: inTwo });
  } else {
    // Two hours from now is after closing: the first hour of the next working morning instead.
    const opening = openingAfter(now, zone, hours);
    const weekday = WEEKDAY_NAMES[wallTime(opening, zone).weekday];
    picks.push({ id: "in-2-hours", label: `At opening, ${weekday} ${String(hours.startHour).padStart(2, "0")}:00`, at: opening });
  }

  const endToday = zonedDate(local.year, local.month, local.day, hours.endHour, 0, zone);
  const workingToday = hours.days.includes(local.weekday);
  if (workingToday && endToday.getTime() - now.getTime() >= 30 * 60 * 1000) {
    picks.push({ id: "end-of-today", label: "End of today", at: endToday });
  } else {
    picks.push({ id: "end-of-today", label: "End of next working day", at: nextWorkingDayAt(now, zone, hours.endHour, hours) });
  }

  const morningHour = Math.min(hours.startHour + 1, hours.endHour);
  const tomorrow = zonedDate(local.year, local.month, local.day + 1, morningHour, 0, zone);
  if (hours.days.includes(wallTime(tomorrow, zone).weekday)) {
    picks.push({ id: "tomorrow-morning", label: `Tomorrow ${String(morningHour).padStart(2, "0")}:00`, at: tomorrow });
  } else {
    picks.push({
      id: "tomorrow-morning",
      label: `Next working day ${String(morningHour).padStart(2, "0")}:00`,
      at: nextWorkingDayAt(now, zone, morningHour, hours),
    });
  }

  if (deadline && !isNaN(deadline.getTime())) {
    const before = new Date(roundUpToQuarter(deadline.getTime() - 2 * 3600 * 1000) - QUARTER);
    if (before.getTime() - now.getTime() >= 30 * 60 * 1000) {
      picks.push({ id: "before-deadline", label: "2 hours before their deadline", at: before });
    }
  }
  return picks;
}

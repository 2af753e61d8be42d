import { TZDate } from "@date-fns/tz";
import { validZone } from "../apology/formatTime";

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
  const d = new TZDate(from.getTime(), zone);
  for (let i = 1; i <= 7; i++) {
    const candidate = new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + i, hour, 0, 0, zone);
    if (hours.days.includes(candidate.getDay())) return new Date(candidate.getTime());
  }
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + 1, hour, 0, 0, zone).getTime());
}

/**
 * Follow-up times a busy person can pick in one click, in the business's zone
 * (daylight-saving changes included, since wall-clock hours are set in the zone).
 */
export function quickPicks(
  now: Date,
  timeZone: string,
  deadline?: Date | null,
  hours: BusinessHours = DEFAULT_HOURS,
): QuickPick[] {
  const zone = validZone(timeZone);
  const picks: QuickPick[] = [];
  picks.push({ id: "in-2-hours", label: "In 2 hours", at: new Date(roundUpToQuarter(now.getTime() + 2 * 3600 * 1000)) });

  const local = new TZDate(now.getTime(), zone);
  const endToday = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours.endHour, 0, 0, zone);
  const workingToday = hours.days.includes(local.getDay());
  if (workingToday && endToday.getTime() - now.getTime() >= 30 * 60 * 1000) {
    picks.push({ id: "end-of-today", label: "End of today", at: new Date(endToday.getTime()) });
  } else {
    picks.push({ id: "end-of-today", label: "End of next working day", at: nextWorkingDayAt(now, zone, hours.endHour, hours) });
  }

  const morningHour = Math.min(hours.startHour + 1, hours.endHour);
  const tomorrow = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, morningHour, 0, 0, zone);
  if (hours.days.includes(tomorrow.getDay())) {
    picks.push({ id: "tomorrow-morning", label: `Tomorrow ${String(morningHour).padStart(2, "0")}:00`, at: new Date(tomorrow.getTime()) });
  } else {
    picks.push({ id: "tomorrow-morning", label: `Next working day ${String(morningHour).padStart(2, "0")}:00`, at: nextWorkingDayAt(now, zone, morningHour, hours) });
  }

  if (deadline && !isNaN(deadline.getTime())) {
    const before = new Date(roundUpToQuarter(deadline.getTime() - 2 * 3600 * 1000) - QUARTER);
    if (before.getTime() - now.getTime() >= 30 * 60 * 1000) {
      picks.push({ id: "before-deadline", label: "2 hours before their deadline", at: before });
    }
  }
  return picks;
}

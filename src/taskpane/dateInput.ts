import { wallTime, zonedDate } from "../core";

/**
 * Converts between a Date and the value of an <input type="datetime-local">,
 * read as wall time in the mailbox's zone (which may not be the computer's).
 */
export function toLocalInputValue(date: Date | null, timeZone: string): string {
  if (!date || isNaN(date.getTime())) return "";
  const w = wallTime(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month + 1)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const d = zonedDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), timeZone);
  return isNaN(d.getTime()) ? null : d;
}

let computerZone: string | undefined;

/** "Australia/Sydney" → "Sydney time", shown only when the mailbox's zone isn't the computer's. */
function zoneNote(timeZone: string): string {
  if (computerZone === undefined) {
    // The computer's zone doesn't change while the pane is open; read it once, not on every keystroke.
    try {
      computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      computerZone = "";
    }
  }
  if (!timeZone || timeZone === computerZone) return "";
  const city = timeZone.split("/").pop()?.replace(/_/g, " ") ?? timeZone;
  return `${city} time`;
}

/** A time field's label, naming the zone when it isn't the computer's: "Follow-up time (Sydney time)". */
export function timeFieldLabel(label: string, timeZone: string): string {
  const note = zoneNote(timeZone);
  return note ? `${label} (${note})` : label;
}

// Pure helpers for the Microsoft Graph calendar path. Kept free of other core
// imports: only the lazily loaded Graph bundle uses this file, and it must not
// pull shared modules out of the pane's start-up script.

/** The category every follow-up event carries, so the team can find them all in the calendar. */
export const CALENDAR_CATEGORY = "Make It Right";
/** Minutes before the promised time that Outlook reminds the user. */
export const REMINDER_MINUTES = 15;
/** Longest Retry-After we wait out in the pane; beyond it the appointment form is quicker. */
export const MAX_RETRY_WAIT_MS = 10_000;

export interface CalendarEventInput {
  subject: string;
  body: string;
  start: Date;
  end: Date;
}

function graphTime(at: Date): { dateTime: string; timeZone: string } {
  // UTC is unambiguous; Outlook shows the event in each viewer's own zone.
  return { dateTime: at.toISOString().replace("Z", ""), timeZone: "UTC" };
}

/** FNV-1a over the event's content: the same follow-up always gets the same id. */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/**
 * Graph's idempotency key for a new event: if a POST is retried after a lost
 * answer, Outlook keeps one event instead of two.
 */
export function transactionIdFor(input: CalendarEventInput): string {
  return `make-it-right-${fingerprint(`${input.subject}\n${input.start.toISOString()}\n${input.body}`)}`;
}

/** The body of POST /me/events: a reminder, our category, the body as plain text (never HTML). */
export function newEventPayload(input: CalendarEventInput, reminderMinutes = REMINDER_MINUTES): Record<string, unknown> {
  return {
    subject: input.subject,
    body: { contentType: "text", content: input.body },
    start: graphTime(input.start),
    end: graphTime(input.end),
    isReminderOn: true,
    reminderMinutesBeforeStart: reminderMinutes,
    categories: [CALENDAR_CATEGORY],
    transactionId: transactionIdFor(input),
  };
}

/**
 * The body of PATCH /me/events/{id} when the promise moves: the new time, a fresh reminder, and
 * the notes again, since they state the promised time too.
 */
export function moveEventPayload(input: CalendarEventInput, reminderMinutes = REMINDER_MINUTES): Record<string, unknown> {
  return {
    subject: input.subject,
    body: { contentType: "text", content: input.body },
    start: graphTime(input.start),
    end: graphTime(input.end),
    isReminderOn: true,
    reminderMinutesBeforeStart: reminderMinutes,
  };
}

/**
 * Milliseconds a Retry-After header asks for: delta-seconds or an HTTP date.
 * Null when absent or unreadable.
 */
export function retryAfterMs(value: string | null | undefined, now: Date): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only an HTTP date ("Tue, 10 Mar 2026 14:30:05 GMT"); Date.parse would take "-5" or "1.5" as years.
  if (!/^[A-Za-z]{3},? \d/.test(text)) return null;
  const at = Date.parse(text);
  if (isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

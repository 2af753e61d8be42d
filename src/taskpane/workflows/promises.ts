import { buildFollowUpAppointment, markKept, reschedule, type MailboxPort, type OpenPromise, type RecoveryRecord } from "../../core";
import type { Notice } from "../notices";
import type { SaveRecords } from "./records";

/** The category put on an email with a promise still open. */
export const FOLLOW_UP_CATEGORY = "Make It Right: follow-up due";

export async function openPromisedEmail(mailbox: MailboxPort, promise: OpenPromise): Promise<Notice | null> {
  const result = await mailbox.openItem(promise.itemId ?? "");
  return result.ok ? null : { id: "open", intent: "warning", title: "Couldn't open the email.", body: result.message };
}

/** Marks a promise kept, and takes the "follow-up due" tag off its email where Outlook allows. */
export async function keepPromise(mailbox: MailboxPort, records: RecoveryRecord[], promise: OpenPromise, now: Date, save: SaveRecords): Promise<Notice> {
  const problem = await save(markKept(records, promise.id, now));
  const untagged = promise.itemId && mailbox.untagItem ? await mailbox.untagItem(FOLLOW_UP_CATEGORY, promise.itemId) : null;
  const tagNote = untagged && !untagged.ok ? ` ${untagged.message}` : "";
  return (
    problem ?? {
      id: "kept",
      intent: "success",
      title: "Marked kept.",
      body: `Nice work keeping your word to ${promise.customerName || promise.customerEmail || "the customer"}.${tagNote}`,
    }
  );
}

/** Moves a promise to a new time, and its calendar entry with it (the Graph event in place, or a new form). */
export async function reschedulePromise(
  mailbox: MailboxPort,
  records: RecoveryRecord[],
  promise: OpenPromise,
  at: Date,
  timeZone: string,
  save: SaveRecords,
): Promise<Notice> {
  const caps = mailbox.capabilities();
  let eventId = promise.eventId;
  let notice: Notice = { id: "rescheduled", intent: "success", title: "Rescheduled.", body: "Update your calendar entry to the new time." };
  if (caps.canOpenAppointmentForm || caps.canCreateCalendarEvent) {
    const appointment = buildFollowUpAppointment({
      customerName: promise.customerName,
      customerEmail: promise.customerEmail,
      summary: promise.summary,
      fix: promise.fix,
      promise: "",
      originalSubject: promise.subject,
      at,
      timeZone,
    });
    const result = await mailbox.addFollowUp(appointment, promise.eventId);
    if (result.ok && result.eventId) {
      eventId = result.eventId;
      notice = { id: "rescheduled", intent: "success", title: "Rescheduled.", body: result.message };
    } else if (result.ok) {
      notice = {
        id: "rescheduled",
        intent: result.fellBack ? "warning" : "success",
        title: "Rescheduled.",
        body: `${result.message} Remove the old entry from your calendar.`,
      };
    } else {
      notice = {
        id: "rescheduled",
        intent: "warning",
        title: "Rescheduled here, not in your calendar.",
        body: `${result.message} Move the calendar entry by hand.`,
      };
    }
  }
  return (await save(reschedule(records, promise.id, at, eventId))) ?? notice;
}

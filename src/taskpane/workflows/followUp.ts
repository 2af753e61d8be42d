import {
  buildFollowUpAppointment,
  findPromise,
  formatPromiseTime,
  upsertRecord,
  type ComplaintAnalysis,
  type CurrentItem,
  type MailboxPort,
  type RecoveryRecord,
} from "../../core";
import type { Notice } from "../notices";
import type { Copy } from "./reply";
import { FOLLOW_UP_CATEGORY } from "./promises";
import type { SaveRecords } from "./records";

export interface FollowUpRequest {
  mailbox: MailboxPort;
  item: CurrentItem;
  analysis: ComplaintAnalysis;
  records: RecoveryRecord[];
  customerFirstName: string;
  summary: string;
  /** The fix and the promise as the draft words them. */
  fix: string;
  promise: string;
  at: Date | null;
  timeZone: string;
  now: Date;
  save: SaveRecords;
  copy: Copy;
}

/**
 * Puts the promised follow-up on the calendar and logs the open promise. The promise is logged
 * whatever the calendar does; a new time for the same email moves its event, never adds a second.
 */
export async function addFollowUp(r: FollowUpRequest): Promise<Notice> {
  if (!r.at) return { id: "followup", intent: "warning", title: "No follow-up time.", body: "Pick when you'll update the customer first." };
  const { mailbox, item, analysis } = r;
  const customerName = analysis.customerDisplayName || r.customerFirstName;
  const appointment = buildFollowUpAppointment({
    customerName,
    customerEmail: analysis.customerEmail,
    summary: r.summary,
    fix: r.fix,
    promise: r.promise,
    originalSubject: item.email.subject,
    receivedAt: item.email.receivedAt,
    at: r.at,
    timeZone: r.timeZone,
  });
  const details = `${appointment.subject}\n${formatPromiseTime(appointment.start, r.timeZone)}\n\n${appointment.body}`;
  const id = item.conversationId || item.itemId || `${r.now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const found = findPromise(r.records, id, item.conversationId);
  const earlier = found?.status === "open" ? found : undefined;
  const track = (eventId?: string) =>
    r.save(
      upsertRecord(r.records, {
        id,
        customerName,
        customerEmail: analysis.customerEmail,
        subject: item.email.subject,
        itemId: item.itemId,
        conversationId: item.conversationId,
        summary: r.summary,
        fix: r.fix,
        dueAt: r.at!.toISOString(),
        createdAt: r.now.toISOString(),
        status: "open",
        eventId: eventId ?? earlier?.eventId,
      }),
    );
  const shortened = appointment.shortened ? " The appointment's subject or notes were shortened to fit Outlook's limits." : "";
  const caps = mailbox.capabilities();
  if (!caps.canOpenAppointmentForm && !caps.canCreateCalendarEvent) {
    const copied = await r.copy(details);
    const problem = await track();
    const how = copied ? "The details are on your clipboard." : "Note the time shown above.";
    return (
      problem ?? {
        id: "followup",
        intent: "warning",
        title: "Add it to your calendar by hand.",
        body: `This Outlook app can't open a new appointment from an add-in. ${how} It's listed under Open promises.`,
      }
    );
  }
  const result = await mailbox.addFollowUp(appointment, earlier?.eventId);
  const problem = await track(result.ok ? result.eventId : undefined);
  if (!result.ok) {
    return (
      problem ?? {
        id: "followup",
        intent: result.reason === "unsupported" ? "warning" : "error",
        title: "Not on your calendar yet.",
        body: `${result.message} The promise is listed under Open promises.`,
        action: { label: "Copy the details", run: () => void r.copy(details) },
      }
    );
  }
  const tagged = caps.mode === "read" ? await mailbox.tagItem(FOLLOW_UP_CATEGORY) : null;
  const tagNote = tagged && !tagged.ok && tagged.reason !== "unsupported" ? ` ${tagged.message}` : "";
  return (
    problem ?? {
      id: "followup",
      intent: result.fellBack ? "warning" : "success",
      title: result.fellBack ? "Opened the appointment form instead." : result.eventId ? "Follow-up on your calendar." : "Follow-up opened.",
      body: `${result.message} It's listed under Open promises.${tagNote}${shortened}`,
    }
  );
}

import type { FollowUpAppointment, OperationResult } from "../core";
import { officeCall } from "./asyncCall";
import { platformName, supportsMailbox } from "./requirements";

/**
 * Opens a new appointment at the promised time. No attendees, so it stays an
 * appointment rather than a meeting; the user saves it in Outlook.
 */
export async function addFollowUp(appointment: FollowUpAppointment): Promise<OperationResult> {
  const mailbox = Office.context.mailbox;
  if (!mailbox || platformName() === "mobile" || typeof mailbox.displayNewAppointmentForm !== "function") {
    return { ok: false, reason: "unsupported", message: "This Outlook app can't open a new appointment from an add-in." };
  }
  const form = { start: appointment.start, end: appointment.end, subject: appointment.subject, body: appointment.body };
  try {
    if (supportsMailbox("1.9") && typeof mailbox.displayNewAppointmentFormAsync === "function") {
      await officeCall<void>((cb) => mailbox.displayNewAppointmentFormAsync(form, cb));
    } else {
      mailbox.displayNewAppointmentForm(form);
    }
    return { ok: true, message: "Outlook opened the follow-up appointment. Save it there to keep the reminder." };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "failed", message: `Outlook could not open the appointment (${detail}). Nothing is lost; try again.` };
  }
}

import { errorMessage, type FollowUpAppointment, type FollowUpResult, type OperationResult } from "../core";
import { officeCall } from "./asyncCall";
import type { GraphCalendar, GraphSettings } from "./graph/graphSettings";
import { platformName, supportsMailbox } from "./requirements";
import { withTimeout } from "./withTimeout";

/**
 * Opens a new appointment at the promised time. No attendees, so it stays an
 * appointment rather than a meeting; the user saves it in Outlook.
 */
export async function openAppointmentForm(appointment: FollowUpAppointment): Promise<OperationResult> {
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
    return { ok: false, reason: "failed", message: `Outlook could not open the appointment (${errorMessage(error)}). Nothing is lost; try again.` };
  }
}

export type GraphLoader = (settings: GraphSettings) => Promise<GraphCalendar>;

// MSAL and the Graph client load only when the organisation has set the path up and the user adds a follow-up.
const loadGraph: GraphLoader = async (settings) =>
  (await withTimeout(import(/* webpackChunkName: "graph" */ "./graph/eventsClient"), 15_000, "It took too long to load.")).createGraphCalendar(settings);

/**
 * The follow-up in one click where Graph is set up: a real event with a
 * reminder. Whatever goes wrong there, the appointment form opens instead, so
 * the promise still reaches the calendar.
 */
export function createFollowUpAdder(graph: GraphSettings | null, load: GraphLoader = loadGraph) {
  let calendar: Promise<GraphCalendar> | null = null;
  return async function addFollowUp(appointment: FollowUpAppointment, eventId?: string): Promise<FollowUpResult> {
    if (!graph) return openAppointmentForm(appointment);
    let why = "";
    let client: GraphCalendar | null = null;
    try {
      calendar ??= load(graph);
      client = await calendar;
    } catch (error) {
      calendar = null; // the bundle failed to load; try it afresh next time
      why = `The calendar connection didn't load (${errorMessage(error)}).`;
    }
    if (client) {
      const outcome = await client
        .save(appointment, eventId)
        .catch((error: unknown) => ({ ok: false as const, message: `The calendar connection failed (${errorMessage(error)}).` }));
      if (outcome.ok) {
        return {
          ok: true,
          eventId: outcome.eventId,
          message: eventId ? "Moved the event in your calendar; the reminder moved with it." : "Added to your calendar, with a reminder 15 minutes before.",
        };
      }
      why = outcome.message;
    }
    const form = await openAppointmentForm(appointment);
    if (form.ok) return { ok: true, fellBack: true, message: `${why} ${form.message}` };
    return { ok: false, reason: "failed", message: `${why} ${form.message}` };
  };
}

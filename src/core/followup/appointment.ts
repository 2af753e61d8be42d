import { formatPromiseTime } from "../apology/formatTime";

export const APPOINTMENT_SUBJECT_MAX = 255;
export const APPOINTMENT_BODY_MAX_BYTES = 32 * 1024;
export const FOLLOW_UP_MINUTES = 15;

export interface FollowUpInput {
  customerName: string;
  customerEmail: string;
  summary: string;
  fix: string;
  promise: string;
  originalSubject: string;
  receivedAt?: Date;
  at: Date;
  timeZone: string;
}

export interface FollowUpAppointment {
  subject: string;
  start: Date;
  end: Date;
  body: string;
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Cuts text to fit a limit in characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  return `${t.slice(0, max - 1).trimEnd()}…`;
}

function clipBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (utf8Bytes(text.slice(0, mid)) + 3 <= maxBytes) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/**
 * The calendar entry for the promised follow-up: 15 minutes at the promised
 * time, no attendees, and a body that lets the user act without searching.
 */
export function buildFollowUpAppointment(input: FollowUpInput): FollowUpAppointment {
  const who = input.customerName || input.customerEmail || "customer";
  const subject = clip(`Follow up with ${who}: ${input.summary || input.originalSubject || "complaint"}`, APPOINTMENT_SUBJECT_MAX);
  const lines = [
    `Promised follow-up for ${who}${input.customerEmail && input.customerName ? ` <${input.customerEmail}>` : ""}.`,
    "",
    `What went wrong: ${input.summary || "(not filled in)"}`,
    `Fix promised: ${input.fix || "(not filled in)"}`,
    `What we promised: ${input.promise || `an update by ${formatPromiseTime(input.at, input.timeZone)}`}`,
    "",
    `Customer's email: ${input.customerEmail || "(unknown)"}`,
    `Original subject: ${input.originalSubject || "(no subject)"}`,
  ];
  if (input.receivedAt) lines.push(`Received: ${formatPromiseTime(input.receivedAt, input.timeZone)}`);
  const body = clipBytes(lines.join("\n"), APPOINTMENT_BODY_MAX_BYTES);
  const start = new Date(input.at.getTime());
  return { subject, start, end: new Date(start.getTime() + FOLLOW_UP_MINUTES * 60 * 1000), body };
}

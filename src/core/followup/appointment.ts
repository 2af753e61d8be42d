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
  /** The subject or body was cut to fit Outlook's limits; the pane says so. */
  shortened?: boolean;
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

/** Cuts at `end` without splitting a character written as two UTF-16 units (an emoji, say). */
function wholeCharacters(text: string, end: number): string {
  const cut = text.slice(0, end);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Cuts text to fit a limit in characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  return `${wholeCharacters(t, max - 1).trimEnd()}…`;
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
  return `${wholeCharacters(text, lo)}…`;
}

// The summary is written to the customer ("your lunch order"); the appointment is for the owner.
const THEY_VERB =
  "were|are|have|had|did|do|got|paid|ordered|booked|asked|called|rang|waited|took|told|said|went|came|found|received|emailed|phoned|can|could|would|will|should|need|needed|want|wanted|didn't|don't|haven't|weren't|aren't|won't|can't|couldn't";
export function forTheOwner(summary: string): string {
  return summary
    .replace(/\byou're\b/gi, (w) => (w[0] === "Y" ? "They're" : "they're"))
    .replace(/\byou've\b/gi, (w) => (w[0] === "Y" ? "They've" : "they've"))
    .replace(/\byou'd\b/gi, (w) => (w[0] === "Y" ? "They'd" : "they'd"))
    .replace(/\byou'll\b/gi, (w) => (w[0] === "Y" ? "They'll" : "they'll"))
    .replace(/\byourself\b/gi, "themselves")
    .replace(/\byours\b/gi, "theirs")
    .replace(/\byour\b/gi, (w) => (w[0] === "Y" ? "Their" : "their"))
    .replace(new RegExp(`\\byou(?= (?:${THEY_VERB})\\b)`, "gi"), (w) => (w[0] === "Y" ? "They" : "they"))
    .replace(/\byou\b/gi, (w) => (w[0] === "Y" ? "Them" : "them"));
}

/**
 * The calendar entry for the promised follow-up: 15 minutes at the promised
 * time, no attendees, and a body that lets the user act without searching.
 */
export function buildFollowUpAppointment(input: FollowUpInput): FollowUpAppointment {
  const who = input.customerName || input.customerEmail || "customer";
  const about = forTheOwner(input.summary) || input.originalSubject || "complaint";
  const fullSubject = `Follow up with ${who}: ${about}`.replace(/\s+/g, " ").trim();
  const subject = clip(fullSubject, APPOINTMENT_SUBJECT_MAX);
  const lines = [
    `Promised follow-up for ${who}${input.customerEmail && input.customerName ? ` <${input.customerEmail}>` : ""}.`,
    "",
    `What went wrong: ${forTheOwner(input.summary) || "(not filled in)"}`,
    `Fix promised: ${input.fix || "(not filled in)"}`,
    `What we promised: ${input.promise || `an update by ${formatPromiseTime(input.at, input.timeZone)}`}`,
    "",
    `Customer's email: ${input.customerEmail || "(unknown)"}`,
    `Original subject: ${input.originalSubject || "(no subject)"}`,
  ];
  if (input.receivedAt) lines.push(`Received: ${formatPromiseTime(input.receivedAt, input.timeZone)}`);
  const fullBody = lines.join("\n");
  const body = clipBytes(fullBody, APPOINTMENT_BODY_MAX_BYTES);
  const start = new Date(input.at.getTime());
  return { subject, start, end: new Date(start.getTime() + FOLLOW_UP_MINUTES * 60 * 1000), body, shortened: subject !== fullSubject || body !== fullBody };
}

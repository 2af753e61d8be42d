/** The email the add-in was opened on, as the Office adapter (or the demo host) reads it. */
export interface IncomingEmail {
  subject: string;
  from: { displayName: string; emailAddress: string };
  body: string;
  bodyFormat: "html" | "text";
  receivedAt?: Date;
}

export type FailureType = "timing" | "quality" | "communication" | "execution" | "unknown";

export type RequestedRemedy = "refund" | "replacement" | "redo" | "callback" | "discount" | "explanation" | "none";

export interface SensitiveMatter {
  kind: "refund" | "chargeback" | "legal" | "privacy" | "health-safety" | "property-damage" | "regulated";
  reason: string;
}

export interface ComplaintAnalysis {
  isComplaint: boolean;
  /** Plain text of the customer's latest message: quotes, forwarded headers and signature removed. */
  latestMessage: string;
  /** Plain language, at most 45 words, readable after "I'm sorry that ...". */
  summary: string;
  /** False when the summary only says the kind of failure: the pane marks it for checking. */
  summaryCertain: boolean;
  /** The sentence model's confidence that the summary's first sentence names the problem (0 to 1). */
  summaryConfidence: number;
  failureType: FailureType;
  /** The kinds of failure named (cue groups like "t:noshow"), the main one first. */
  issues: string[];
  /** The customer says this happened before. */
  repeat: boolean;
  /**
   * What went wrong as one clean clause from our side, in the email's language (English, Spanish,
   * French or German), for the acknowledgment ("the phone number is wrong on all 500 of them"),
   * when the reader is fairly sure of it; else absent.
   */
  statement?: string;
  /**
   * A second kind of failure the statement doesn't say, when it is one worth naming beside it (a
   * billing error or a promise not kept: "…since August 4th, and for the billing error").
   */
  alsoIssue?: string;
  /** What the main problem is about, in our words ("your wool rug"); English mail only, else null. */
  issueObject: string | null;
  customerFirstName: string;
  customerEmail: string;
  /** The customer's name as their email shows it (the original sender of a forward). */
  customerDisplayName: string;
  references: string[];
  customerDeadline: { text: string; date?: Date } | null;
  requestedRemedy: RequestedRemedy;
  sensitive: SensitiveMatter[];
  language: string;
  /** Set when the input was cut to keep the pane responsive, so the pane can say so. */
  truncated: boolean;
  /** Things the reader could not find, in words the pane can show. */
  notes: string[];
}

export interface MailboxOwner {
  displayName: string;
  emailAddress: string;
}

import type { FailureType } from "../types";
export type Tone = "warm" | "neutral" | "formal";

export type RecoveryMoveId = "replacement" | "callback" | "correction" | "refund-review" | "service-redo" | "other";

export interface BusinessSettings {
  businessName: string;
  signerName: string;
  signerTitle: string;
  /** The business's own sentence for the ownership lane; empty uses ours. */
  ownershipStatement: string;
  signOff: string;
  tone: Tone;
  /** IANA zone the business works in, e.g. "America/Chicago". */
  timeZone: string;
  /** How far ahead the first follow-up may be promised, in hours. */
  followUpWindowHours: number;
}

export interface ApologyInput {
  customerFirstName: string;
  summary: string;
  /** Text the user typed for a lane; empty or missing uses the default wording. */
  acknowledgment?: string;
  /**
   * What the reading found, for our acknowledgment in the draft's language and tone (see
   * suggestDraft). Left out once the user writes their own summary: then theirs is used.
   */
  reading?: ReadingFacts;
  /** "reply": not a complaint, so a plain reply with no apology. Default "apology". */
  kind?: "apology" | "reply";
  ownership?: string;
  /** Optional short "what happened"; it is placed after ownership, never before. */
  explanation?: string;
  /**
   * The fix. Until the user confirms a move (`confirmed: false`), the draft says nothing about a
   * fix: the pane never claims a replacement, refund or visit nobody has arranged.
   */
  fix: { move: RecoveryMoveId; detail: string; text?: string; confirmed?: boolean };
  nextUpdate: { owner: string; at: Date | null; text?: string };
  originalSubject?: string;
  tone?: Tone;
}

/** What the acknowledgment is built from: the kinds of failure named, a reference, a repeat. */
export interface ReadingFacts {
  failureType: FailureType;
  /** Cue groups such as "t:noshow", the main one first (ComplaintAnalysis.issues). */
  issues: string[];
  repeat: boolean;
  reference?: string;
  /** The thing in the customer's plain words, in English ("the wrong phone number"), if any. */
  object?: string;
  /**
   * What went wrong as one plain clause from the business's side, in the email's language ("you've
   * emailed twice and had nothing back"), when the reader is sure of it and it reads cleanly.
   */
  statement?: string;
  /** The email's language: the statement is said back only in a draft in that language. */
  language: string;
  /** Picks among equivalent openers, so different complaints don't read the same. */
  seed: number;
  /**
   * A health or safety case: the ownership owns finding out what happened, as when someone was
   * hurt, not the cause, which needs advice first.
   */
  careful?: boolean;
  /** A second kind of failure to name after the statement (ComplaintAnalysis.alsoIssue). */
  also?: string;
}

export interface ApologyDraft {
  subject: string;
  html: string;
  text: string;
}

export interface ApologyLanes {
  greeting: string;
  acknowledgment: string;
  ownership: string;
  explanation: string;
  fix: string;
  nextUpdate: string;
  thanks: string;
  signOff: string;
  signature: string[];
}

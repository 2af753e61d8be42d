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
  ownership?: string;
  /** Optional short "what happened"; it is placed after ownership, never before. */
  explanation?: string;
  fix: { move: RecoveryMoveId; detail: string; text?: string };
  nextUpdate: { owner: string; at: Date | null; text?: string };
  originalSubject?: string;
  tone?: Tone;
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

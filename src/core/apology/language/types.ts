import type { Tone } from "../types";

/** Languages a draft can be written in. English is in the start-up script; the others load on demand. */
export type DraftLanguage = "en" | "es" | "fr" | "de";
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ["en", "es", "fr", "de"];
export const DRAFT_LANGUAGE_NAMES: Record<DraftLanguage, string> = { en: "English", es: "Spanish (Español)", fr: "French (Français)", de: "German (Deutsch)" };

/** How a kind of failure is named: a noun phrase ("the delay") or a clause ("nobody turned up"). */
export interface IssueWords {
  kind: "noun" | "clause";
  text: string;
}

export interface ToneWords {
  greeting: (name: string) => string;
  /** Openers before a noun phrase and before a clause; one is picked per email, so drafts vary. */
  sorryAbout: string[];
  sorryThat: string[];
  /** The acknowledgment around a summary the user wrote themselves. */
  acknowledgment: (summary: string) => string;
  acknowledgmentNoSummary: string;
  ownership: string;
  nextUpdateSelf: (when: string) => string;
  nextUpdateOther: (who: string, when: string) => string;
  thanks: string;
  signOff: string;
  /** Shown in place of a non-complaint's apology: a plain thank-you. */
  plainReply: string;
}

export interface LanguagePack {
  code: DraftLanguage;
  tones: Record<Tone, ToneWords>;
  /** Per cue group ("t:noshow") and per failure type ("timing") as a fallback. */
  issues: Record<string, IssueWords>;
  /** "the billing error on INV-20931". */
  withReference: (words: string, reference: string) => string;
  /** A second problem added after the main one: ", and that nobody got back to you". */
  also: (issue: IssueWords) => string;
  /** Added when the customer says it happened before. */
  again: string;
  /** "3:00 PM on Friday, 14 March", in this language, in the business's zone. */
  formatTime: (at: Date, timeZone: string) => string;
}

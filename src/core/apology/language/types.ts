import type { FailureType } from "../../types";
import type { Tone } from "../types";

/** Languages a draft can be written in. English is in the start-up script; the others load on demand. */
export type DraftLanguage = "en" | "es" | "fr" | "de" | "it" | "pt" | "nl";
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ["en", "es", "fr", "de", "it", "pt", "nl"];
export const DRAFT_LANGUAGE_NAMES: Record<DraftLanguage, string> = {
  en: "English",
  es: "Spanish (Español)",
  fr: "French (Français)",
  de: "German (Deutsch)",
  it: "Italian (Italiano)",
  pt: "Portuguese (Português)",
  nl: "Dutch (Nederlands)",
};

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
  /**
   * Openers before the customer's own statement of what failed, said back after a colon, so it
   * keeps its verb forms: "Siento mucho lo ocurrido: el inodoro sigue corriendo sin parar".
   * English says it after "that" instead (`sorryThat`).
   */
  sorryWhatHappened?: string[];
  /** The acknowledgment around a summary the user wrote themselves. */
  acknowledgment: (summary: string) => string;
  acknowledgmentNoSummary: string;
  ownership: string;
  /**
   * Ownership in words that fit the main problem (a cue group such as "c:rude") or the kind of
   * failure ("timing": "We didn't keep to the time we gave you"); `ownership` otherwise.
   */
  ownershipFor?: Partial<Record<FailureType | "c:rude" | "c:misinfo" | "q:harm", string>>;
  nextUpdateSelf: (when: string) => string;
  nextUpdateOther: (who: string, when: string) => string;
  thanks: string;
  /** Other closing thanks, one picked per email (with `thanks`), so drafts don't all end alike. */
  moreThanks?: string[];
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
  /** A second problem added after the main one: ", and that we didn't keep you informed". */
  also: (issue: IssueWords) => string;
  /** Added when the customer says it happened before. */
  again: string;
  /** Words in a restated statement that already say it happened before ("again", "de nuevo"). */
  saysAgain: RegExp;
  /** "3:00 PM on Friday, 14 March", in this language, in the business's zone. */
  formatTime: (at: Date, timeZone: string) => string;
}

/**
 * Our ownership sentence for this tone and reading. When someone was hurt ("q:harm" among the
 * issues), or on any health or safety case (`careful`), it owns finding out what happened, not the
 * cause: that is for advice, not a first reply.
 */
export function ourOwnership(words: ToneWords, failureType?: FailureType, issues: string[] = [], careful = false): string {
  const main = issues[0];
  const forIssue =
    issues.includes("q:harm") || careful ? words.ownershipFor?.["q:harm"] : main === "c:rude" || main === "c:misinfo" ? words.ownershipFor?.[main] : undefined;
  return forIssue || (failureType && words.ownershipFor?.[failureType]) || words.ownership;
}

/** Every ownership sentence a tone may use: the coach always counts them as owning it. */
export function allOwnership(words: ToneWords): string[] {
  return [words.ownership, ...Object.values(words.ownershipFor ?? {})];
}

/** Our closing thanks, picked by the email's seed. */
export function ourThanks(words: ToneWords, seed = 0): string {
  const all = [words.thanks, ...(words.moreThanks ?? [])];
  return all[Math.abs(seed) % all.length]!;
}

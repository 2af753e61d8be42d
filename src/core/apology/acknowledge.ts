import type { LanguagePack } from "./language/types";
import type { ReadingFacts, Tone } from "./types";

// Cue groups too common to name as a second problem on their own ("waiting" is in most complaints).
const NOT_SECOND = new Set(["t:late", "q:poor", "q:harm"]);

/**
 * Our acknowledgment, built from what the reading found rather than copied from the customer:
 * the main problem in our words, the reference they gave, one other kind of problem if they
 * named one, and that it happened before if they said so. "I'm so sorry about the billing error
 * (INV-20931), and that nobody got back to you, especially as it isn't the first time."
 */
export function acknowledge(facts: ReadingFacts, pack: LanguagePack, tone: Tone): string {
  const w = pack.tones[tone] ?? pack.tones.warm;
  if (facts.statement && pack.code === "en") {
    // The customer's own facts, restated from our side: the most specific acknowledgment there is.
    const opener = w.sorryThat[Math.abs(facts.seed) % w.sorryThat.length]!;
    const ref = facts.reference && !facts.statement.includes(facts.reference) ? ` (${facts.reference})` : "";
    const again = facts.repeat && !/\b(again|second|third|fourth|twice|another)\b/i.test(facts.statement) ? pack.again : "";
    return `${opener} ${facts.statement}${ref}${again}.`;
  }
  const named = pack.issues[facts.issues[0] ?? ""] ?? pack.issues[facts.failureType] ?? pack.issues.unknown!;
  const main = facts.object && pack.code === "en" ? { kind: "noun" as const, text: facts.object } : named;
  const text = facts.reference ? pack.withReference(main.text, facts.reference) : main.text;
  const openers = main.kind === "noun" ? w.sorryAbout : w.sorryThat;
  const opener = openers[Math.abs(facts.seed) % openers.length]!;
  let out = `${opener} ${text}`;
  const mainType = (facts.issues[0] ?? "")[0];
  const second = facts.issues.slice(1).find((i) => i[0] !== mainType && !NOT_SECOND.has(i) && pack.issues[i] && pack.issues[i]!.text !== main.text);
  if (second) out += pack.also(pack.issues[second]!);
  if (facts.repeat) out += pack.again;
  return `${out}.`;
}

/** A stable number from the email's own words, so one email always gets the same opener. */
export function seedOf(text: string): number {
  let h = 0;
  for (let i = 0; i < Math.min(text.length, 400); i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

// A statement must end on a word that can end a clause, hold no demand and no first person left
// over from the customer, and be short enough to read in one breath.
const DANGLING = /(?:^|\s)(?:the|a|an|at|as|of|to|for|and|or|but|with|who|which|that|being|until|from|by|on|in|our|your|their|his|her|its|-|–|—)$/i;
const DEMAND = /\b(want|wants|need|needs|please|would like|expect|demand|asking|ask|refund|should|must|will|going to|think|assume|hope)\b/i;

// Openings that tell a story rather than state the failure ("when you arrived...", "you stayed...").
const NARRATIVE =
  /^(when|since|on|despite|after|before|last|yesterday|this morning|it is now|it's now|you (stayed|booked|ordered|chose|checked|check|first|enrolled|called|rang|phoned|have phoned|went|came|arrived|received|'ve received|'ve just)|our email|the statement|nothing|we didn't|that|there is|a \d)\b/i;
// A statement must say what failed.
const FAILED =
  /\b(not|never|no|nobody|nothing|wrong|broken|broke|missed|late|charged|twice|damaged|cold|wet|leak\w*|ill|split|ripped|stained|mould|mold|bites|denied|suspended|truncated|stops|failed|forgot|lost|ruined|cracked|instead)\b|n't\b/i;

/** The summary's first clause as an acknowledgment statement, or undefined when it doesn't qualify. */
export function statementFrom(summary: string, certain: boolean, language: string): string | undefined {
  if (!certain || language !== "en") return undefined;
  const first = summary
    .split("; ")[0]!
    .replace(/[\s,;:.\-–—]+$/, "")
    .trim();
  const words = first.split(/\s+/).length;
  if (words < 4 || words > 18 || DANGLING.test(first) || DEMAND.test(first) || NARRATIVE.test(first) || !FAILED.test(first)) return undefined;
  if (/ [-–—] |\. |:/.test(first)) return undefined;
  if (/\b(I|my|me|mine|myself)\b/.test(first) || !/^[a-z]/.test(first)) return undefined;
  if ((first.match(/"/g) ?? []).length % 2 || /[(“]/.test(first) !== /[)”]/.test(first)) return undefined;
  return first;
}

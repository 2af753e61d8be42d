import type { LanguagePack } from "./language/types";
import type { ReadingFacts, Tone } from "./types";

// Cue groups too common to name as a second problem on their own ("waiting" is in most complaints).
const NOT_SECOND = new Set(["t:late", "q:poor"]);

/**
 * Our acknowledgment, built from what the reading found rather than copied from the customer:
 * the main problem in our words, the reference they gave, one other kind of problem if they
 * named one, and that it happened before if they said so. "I'm so sorry about the billing error
 * (INV-20931), and that we didn't keep you informed, especially as it isn't the first time."
 */
export function acknowledge(facts: ReadingFacts, pack: LanguagePack, tone: Tone): string {
  const w = pack.tones[tone] ?? pack.tones.warm;
  // The customer's own facts, restated from our side: the most specific acknowledgment there is.
  const sayBack = openersForStatement(facts, pack, tone);
  const statement = facts.statement;
  const harmed = facts.issues.includes("q:harm");
  if (statement && sayBack) {
    const opener = sayBack[Math.abs(facts.seed) % sayBack.length]!;
    const ref = facts.reference && !statement.includes(facts.reference) ? ` (${facts.reference})` : "";
    const again = facts.repeat && !pack.saysAgain.test(statement) ? pack.again : "";
    const harm =
      harmed && !/\b(hurt|ill|injur\w*|sick|unwell|burn\w*|bleed\w*|rash|hospital|shock|stitches|dizzy|vomit\w*)\b/i.test(statement)
        ? pack.also(pack.issues["q:harm"]!)
        : "";
    const second = facts.also && pack.issues[facts.also] ? pack.also(pack.issues[facts.also]!) : "";
    return `${opener} ${statement}${ref}${second}${harm}${again}.`;
  }
  const named = pack.issues[facts.issues[0] ?? ""] ?? pack.issues[facts.failureType] ?? pack.issues.unknown!;
  const main = facts.object && pack.code === "en" ? { kind: "noun" as const, text: facts.object } : named;
  const text = facts.reference ? pack.withReference(main.text, facts.reference) : main.text;
  const openers = main.kind === "noun" ? w.sorryAbout : w.sorryThat;
  const opener = openers[Math.abs(facts.seed) % openers.length]!;
  let out = `${opener} ${text}`;
  const mainType = (facts.issues[0] ?? "")[0];
  // Someone hurt or made ill is always said, before any other second problem.
  const others = facts.issues.slice(1);
  const second = [...others.filter((i) => i === "q:harm"), ...others].find(
    (i) => (i[0] !== mainType || i === "q:harm") && !NOT_SECOND.has(i) && pack.issues[i] && pack.issues[i]!.text !== main.text,
  );
  if (second) out += pack.also(pack.issues[second]!);
  if (facts.repeat) out += pack.again;
  return `${out}.`;
}

/**
 * The openers to say the customer's statement back with, or undefined when it isn't said: only in
 * the language it was written in; in English after "that", elsewhere after a colon (so the verb
 * keeps its form; `sorryWhatHappened`), and there not when someone was hurt, which the pack's own
 * words say instead.
 */
function openersForStatement(facts: ReadingFacts, pack: LanguagePack, tone: Tone): string[] | undefined {
  const w = pack.tones[tone] ?? pack.tones.warm;
  if (!facts.statement || facts.language !== pack.code || (facts.issues.includes("q:harm") && w.sorryWhatHappened)) return undefined;
  return w.sorryWhatHappened ?? w.sorryThat;
}

/** False when our acknowledgment names only the kind of failure ("the mix-up"): the user should add the specifics. */
export function acknowledgmentIsSpecific(facts: ReadingFacts, pack: LanguagePack, tone: Tone): boolean {
  return !!openersForStatement(facts, pack, tone) || (!!facts.object && pack.code === "en");
}

/** A stable number from the email's own words, so one email always gets the same opener. */
export function seedOf(text: string): number {
  let h = 0;
  for (let i = 0; i < Math.min(text.length, 400); i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

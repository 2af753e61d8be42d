import { FAILURE_CUES, countMatches } from "./cues";
import type { FailureType } from "../types";

const TYPE_OF_PREFIX: Record<string, FailureType> = { t: "timing", q: "quality", c: "communication", e: "execution" };

// "My lab was throwing up an hour later", "Emergency vet was $612", "One of them was ill all night",
// "my GP says it's an infection".
const HARM_TOO =
  /\b(?:throwing up|threw up|(?:been|was|were) sick(?! of| and tired| to death)|(?:was|were|fell|became|been) (?:violently |really |very )?(?:ill|unwell)|emergency vet|infection|infected|antibiotics|(?:started|kept|been) being sick|in (?:a lot of |so much |terrible |severe |real )?pain|(?:was|is|were|are) (?:badly |really |very )?swollen)\b/i;

const SHORT_NOTICE =
  /\b(?:short notice|last[- ]minute|(?:an?|one|two|\d+) hours?(?:['’]s?)? notice|no notice|no warning|kurzfristig|poco aviso|última hora|dernière minute|poco preavviso|cima da hora|kort van tevoren)\b/i;

// The customer cancelling, in their own words: "I cancelled", "we've cancelled", "cancelled my
// membership", "your system emailed me a cancellation confirmation".
const THEIR_CANCELLATION =
  /\b(?:i|we)(?:['’]ve| have| had)? (?:already |properly |formally )?cancel+ed\b|\bcancel+ed (?:my|our) [a-z]+|\bcancellation (?:confirmation|form|request|email|number|reference)/gi;

/**
 * The kinds of failure the customer names (cue groups such as "t:noshow" or "e:billing"), the
 * main one first: the first named of the failure type the reader settled on, then the others in
 * the order they appear (`positions` from cueFirstPositions). The draft's acknowledgment is built
 * from these, not from a copied sentence.
 */
export function namedIssues(positions: Map<string, number>, subject: string, failureType: FailureType, latest = ""): string[] {
  const found: { name: string; at: number }[] = [];
  for (const [name, re] of Object.entries(FAILURE_CUES)) {
    if (name === "r:repeat") continue;
    // "I cancelled my membership in January and you still took £45": not a cancellation of ours.
    if (name === "t:resched" && latest && !countMatches(re, latest.slice(0, 20_000).replace(THEIR_CANCELLATION, "")).count) continue;
    // Named only in the subject: after everything the message itself names.
    const at = positions.get(name) ?? (countMatches(re, subject).count > 0 ? Number.MAX_SAFE_INTEGER : undefined);
    if (at !== undefined) found.push({ name, at });
  }
  // Harm the cue group doesn't hold (its words are also the failure model's features, which more
  // words made worse across authors): the acknowledgment must still say someone was made ill.
  const harm = latest ? HARM_TOO.exec(latest.slice(0, 20_000)) : null;
  if (harm && !found.some((f) => f.name === "q:harm")) found.push({ name: "q:harm", at: harm.index });
  found.sort((a, b) => a.at - b.at);
  const main = found.find((f) => TYPE_OF_PREFIX[f.name[0]!] === failureType);
  const ordered = main ? [main, ...found.filter((f) => f !== main)] : found;
  // A change of booking is "at short notice" only where the customer says so ("t:short", a name
  // for the acknowledgment only).
  const short = SHORT_NOTICE.test(`${subject}\n${latest.slice(0, 20_000)}`);
  return ordered.map((f) => (f.name === "t:resched" && short ? "t:short" : f.name));
}

// Stricter than the "r:repeat" cue group, because the draft says it back to the customer: "again"
// alone is also "attached again" or "call me again". One pattern a line, with what it catches.
const REPEATED = [
  "(?:second|third|fourth|fifth|2nd|3rd|4th) time", // "the second time this has happened"
  "(?:second|third|fourth|fifth) (?:week|month|day|visit|class|delivery) (?:running|in a row)|(?:two|three|four|five) (?:weeks|months|days|times|visits) (?:running|in a row)", // "for the third week running"
  "(?:yet|once) again", // "yet again"
  "(?:happened|happening|late|missed|wrong|broken|leaking|failed|forgot|forgotten|cancell?ed|no[- ]show|didn'?t (?:show|come|turn up)|never (?:showed|came)) (?:\\w+ ){0,2}again", // "missed my appointment again"
  "again[!?]|again\\.(?:\\s|$)", // "Late again."
  "not the first time|same thing (?:happened|again)|(?:twice|three times) (?:now|already|this (?:week|month))", // "twice now"
  "de nuevo|otra vez|outra vez|encore une fois|à nouveau|schon wieder|erneut|opnieuw|di nuovo|ancora una volta", // other languages
  "la (?:segunda|tercera|cuarta) vez|a (?:segunda|terceira|quarta) vez|la (?:deuxième|troisième|quatrième) fois|zum (?:zweiten|dritten|vierten) mal|la (?:seconda|terza|quarta) volta|voor de (?:tweede|derde|vierde) keer", // "Essa é a terceira vez"
].join("|");
const REPEAT = new RegExp(`(?:${REPEATED})`, "i");

// "make sure it doesn't happen again" asks for the future; it says nothing about the past.
const NEVER_AGAIN =
  /\b(?:doesn'?t|does not|don'?t|won'?t|will not|would not|wouldn'?t|never|can'?t|cannot|not) (?:\w+ ){0,2}(?:happen|happens|occur|occurs|recur|repeat) again\b/gi;

/** The customer says it happened before ("again", "the second time"). */
export function isRepeat(latest: string, subject: string): boolean {
  return REPEAT.test(latest.slice(0, 20_000).replace(NEVER_AGAIN, "")) || REPEAT.test(subject);
}

// Kinds specific enough to name beside the customer's own words without saying something they
// didn't (money taken wrongly, a promise not kept), each with the words that already say it:
// "you were charged twice" is the billing error, "nobody came" the promise not kept.
const ALREADY_SAID: Record<string, RegExp> = {
  "e:billing": /\b(?:charg|bill|invoic|paid|pay|fee|refund|£|\$|€)/i,
  "t:noshow": /\b(?:nobody|no one|never|didn'?t (?:come|show|turn up|arrive)|hasn'?t (?:come|arrived|been))\b/i,
};

/**
 * The second kind of failure to name after the statement ("nobody has been out to you since
 * August 4th, and for the billing error"): a billing error or a promise not kept that the
 * customer named and the statement doesn't already say, or undefined.
 */
export function alsoIssue(statement: string, issues: string[]): string | undefined {
  return issues.find((i) => ALREADY_SAID[i] && !countMatches(FAILURE_CUES[i]!, statement).count && !ALREADY_SAID[i].test(statement));
}

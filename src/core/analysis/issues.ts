import { FAILURE_CUES, countMatches } from "./cues";
import type { FailureType } from "../types";

const TYPE_OF_PREFIX: Record<string, FailureType> = { t: "timing", q: "quality", c: "communication", e: "execution" };

/**
 * The kinds of failure the customer names (cue groups such as "t:noshow" or "e:billing"), the
 * main one first: the first named of the failure type the reader settled on, then the others in
 * the order they appear. The draft's acknowledgment is built from these, not from a copied sentence.
 */
export function namedIssues(latest: string, subject: string, failureType: FailureType): string[] {
  const text = latest.slice(0, 20_000);
  const found: { name: string; at: number }[] = [];
  for (const [name, re] of Object.entries(FAILURE_CUES)) {
    if (name === "r:repeat") continue;
    let at = countMatches(re, text).first;
    if (at === Infinity && countMatches(re, subject).count > 0) at = text.length;
    if (at !== Infinity) found.push({ name, at });
  }
  found.sort((a, b) => a.at - b.at);
  const main = found.find((f) => TYPE_OF_PREFIX[f.name[0]!] === failureType);
  const ordered = main ? [main, ...found.filter((f) => f !== main)] : found;
  return ordered.map((f) => f.name);
}

/** The customer says it happened before ("again", "the second time"). */
export function isRepeat(latest: string, subject: string): boolean {
  const re = FAILURE_CUES["r:repeat"]!;
  return countMatches(re, latest.slice(0, 20_000)).count > 0 || countMatches(re, subject).count > 0;
}

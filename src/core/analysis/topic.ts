import { FAILURE_CUES, countMatches } from "./cues";
import { LETTERS } from "../text/wordEdges";
import { TOPIC_NOUNS, type TopicKind } from "./topicNouns";

export interface Topic {
  /** The noun as the reply names it, singular or plural as the customer wrote it: "gutters". */
  noun: string;
  kind: TopicKind;
}

// Longest names first, so "wedding cake" wins over "cake"; a plural "s"/"es" may follow.
const NAMES = [...TOPIC_NOUNS.keys()].sort((a, b) => b.length - a.length);
const NOUN = new RegExp(`(?<![${LETTERS}-])(${NAMES.join("|")})(s|es)?(?![${LETTERS}-])`, "g");
// Not the thing itself: "in order to", "on the phone", "by email", "a quote said".
const NOT_THE_THING = /(in|out of|working|the right|in the wrong) $/;

/** The sentence names one of the things businesses work on, make or provide. */
export function namesThing(sentence: string): boolean {
  NOUN.lastIndex = 0;
  return NOUN.test(sentence.toLowerCase());
}

/**
 * What the complaint is about, when it plainly says: the thing of ours or theirs named where the
 * failure is named. It must be named in the subject or in a sentence that says what failed (at
 * least twice when only in the message), or there is no topic: the acknowledgment then names the
 * kind of failure alone. English only.
 */
export function findTopic(latest: string, subject: string, mainIssue: string | undefined): Topic | null {
  const subj = subject.toLowerCase();
  const scores = new Map<string, { score: number; at: number; written: string }>();
  const main = mainIssue ? FAILURE_CUES[mainIssue] : undefined;
  let offset = 0;
  for (const written of latest.slice(0, 8_000).split(/(?<=[.!?])\s+|\n+/)) {
    const sentence = written.toLowerCase();
    const failing = Object.values(FAILURE_CUES).some((re) => countMatches(re, sentence).count > 0);
    const isMain = !!main && countMatches(main, sentence).count > 0;
    const seen = new Set<string>();
    for (const m of sentence.matchAll(NOUN)) {
      const name = m[1]!;
      if (NOT_THE_THING.test(sentence.slice(Math.max(0, m.index! - 14), m.index!)) || seen.has(name)) continue;
      seen.add(name);
      const entry = scores.get(name) ?? { score: 0, at: offset + m.index!, written: m[0] };
      entry.score += (failing ? 2 : 0.5) + (isMain ? 2 : 0);
      scores.set(name, entry);
    }
    offset += sentence.length + 1;
  }
  for (const m of subj.matchAll(NOUN)) {
    const entry = scores.get(m[1]!) ?? { score: 0, at: Number.MAX_SAFE_INTEGER, written: m[0] };
    entry.score += 3;
    scores.set(m[1]!, entry);
  }
  let best: { name: string; score: number; at: number; written: string } | null = null;
  for (const [name, s] of scores) if (!best || s.score > best.score || (s.score === best.score && s.at < best.at)) best = { name, ...s };
  if (!best || best.score < 3) return null;
  return { noun: best.written, kind: TOPIC_NOUNS.get(best.name)! };
}

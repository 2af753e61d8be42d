// `npm run eval` (drafts part): the default draft from suggestDraft for every complaint in
// ../shared/corpus/dev, with the one-click suggestions taken (suggested time; the fix left for the
// user), put through mechanical checks.
import { apologyFromLanes, composeLanes, DEFAULT_SETTINGS, EN, suggestDraft, type ComplaintAnalysis, type DraftLanguage, type LanguagePack } from "../src/core";
import { ES } from "../src/core/apology/language/es";
import { FR } from "../src/core/apology/language/fr";
import { DE } from "../src/core/apology/language/de";
import { IT } from "../src/core/apology/language/it";
import { PT } from "../src/core/apology/language/pt";
import { NL } from "../src/core/apology/language/nl";
import { detectLanguage } from "../src/core/analysis/language";
import { swapPerson } from "../src/core/analysis/summary";
import { AUTHORS, analyseDev, devCorpusPresent, fold, loadAuthor, type DevEmail } from "./devCorpus";

const PACKS: Record<DraftLanguage, LanguagePack> = { en: EN, es: ES, fr: FR, de: DE, it: IT, pt: PT, nl: NL };
const SETTINGS = { ...DEFAULT_SETTINGS, businessName: "Brightside", signerName: "Alex Rivera", timeZone: "UTC" };

export const DRAFT_CHECKS = [
  "oneLanguage",
  "balancedQuotes",
  "noCustomerFirstPerson",
  "noUnconfirmedClaims",
  "namesTheProblem",
  "onePromiseBeforeDeadline",
] as const;
export type DraftCheck = (typeof DRAFT_CHECKS)[number];

const STOP = new Set([
  "the",
  "and",
  "was",
  "were",
  "that",
  "this",
  "with",
  "from",
  "your",
  "have",
  "they",
  "their",
  "into",
  "than",
  "then",
  "them",
  "there",
  "what",
  "when",
  "which",
  "would",
  "could",
  "should",
  "about",
]);
const contentWords = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !STOP.has(w));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface DraftResult {
  item: DevEmail;
  analysis: ComplaintAnalysis;
  text: string;
  acknowledgment: string;
  failed: DraftCheck[];
}

export function checkDraft(item: DevEmail, analysis = analyseDev(item)): DraftResult {
  const now = item.email.receivedAt!;
  const s = suggestDraft(analysis, SETTINGS, { now, originalSubject: item.email.subject });
  const pack = PACKS[s.language];
  const input = { ...s.input, nextUpdate: { ...s.input.nextUpdate, at: s.suggestedFollowUpAt } };
  const lanes = composeLanes(input, SETTINGS, pack);
  const text = apologyFromLanes(lanes).text;
  const body = text.split("\n\n").slice(0, -1).join("\n\n"); // without the sign-off and signature
  const failed: DraftCheck[] = [];
  if (detectLanguage(body) !== s.language || (lanes.acknowledgment.split(/\s+/).length >= 6 && detectLanguage(lanes.acknowledgment) !== s.language))
    failed.push("oneLanguage");
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/"/g) % 2 || count(/“/g) !== count(/”/g) || count(/\(/g) !== count(/\)/g)) failed.push("balancedQuotes");
  const ackWithoutRefs = analysis.references.reduce((a, r) => a.split(r).join(""), lanes.acknowledgment);
  if (s.language === "en" && /\b(my|mine|myself|me)\b/i.test(ackWithoutRefs)) failed.push("noCustomerFirstPerson");
  // Claims live in what we write about the fix and the follow-up, not in the customer's own facts.
  const ours = [lanes.ownership, lanes.fix, lanes.nextUpdate, lanes.thanks].join(" ");
  if (/\b(booked|scheduled|sent|refunded|replaced|arranged|preparing|reserved|dispatched|already)\b/i.test(ours)) failed.push("noUnconfirmedClaims");
  const ack = fold(lanes.acknowledgment);
  // The acknowledgment speaks from our side, as the summary does: a keyword counts as written or
  // with its persons swapped ("is not mine" is "is not yours" there). A keyword of short words
  // ("dog run") counts when it is there whole.
  const keywordWords = item.label.issue_keywords.flatMap((k) => [...contentWords(k), ...contentWords(swapPerson(k))]);
  const wholeKeyword = item.label.issue_keywords.some((k) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(fold(k))}(?![\\p{L}\\p{N}])`, "u").test(ack));
  const names = analysis.references.some((r) => ack.includes(fold(r))) || wholeKeyword || keywordWords.some((w) => ack.includes(w));
  if (!names) failed.push("namesTheProblem");
  const deadline = analysis.customerDeadline?.date;
  const at = s.suggestedFollowUpAt;
  const times = at ? body.split(pack.formatTime(at, SETTINGS.timeZone)).length - 1 : 0;
  if (times > 1 || (at && deadline && at.getTime() > deadline.getTime())) failed.push("onePromiseBeforeDeadline");
  return { item, analysis, text, acknowledgment: lanes.acknowledgment, failed };
}

export function draftResults(): DraftResult[] {
  return AUTHORS.flatMap((a) => loadAuthor(a))
    .filter((item) => item.label.is_complaint)
    .map((item) => checkDraft(item));
}

function main() {
  if (!devCorpusPresent()) {
    console.log("Default drafts: SKIPPED (../shared/corpus/dev is not present)");
    return;
  }
  const results = draftResults();
  const pass = results.filter((r) => !r.failed.length).length;
  console.log(`\nDefault drafts (suggestDraft) on the ${results.length} complaints in the dev corpus, mechanical checks:\n`);
  for (const check of DRAFT_CHECKS) {
    const ok = results.filter((r) => !r.failed.includes(check)).length;
    console.log(`  ${check.padEnd(26)} ${`${ok}/${results.length}`.padStart(8)}`);
  }
  console.log(`  ${"every check".padEnd(26)} ${`${pass}/${results.length}`.padStart(8)} (${((100 * pass) / results.length).toFixed(0)}%)`);
  if (process.argv.includes("--misses")) {
    for (const r of results.filter((x) => x.failed.length))
      console.log(`    ${r.item.author}/${r.item.label.file}: ${r.failed.join(", ")} | ${r.acknowledgment}`);
  }
}

if (require.main === module) main();

// `npm run eval` (coach part): the coach on every labelled reply in ../shared/corpus/dev.
import { reviewApology, type Finding } from "../src/core";
import { AUTHORS, analyseDev, devCorpusPresent, loadAuthor, loadReplies, type DevEmail, type DevReply } from "./devCorpus";

/** The corpus's rule ids, and the coach finding that answers each. */
export const RULE_FINDINGS: Record<string, string[]> = {
  "no-acknowledgment": ["missing-acknowledgment"],
  "vague-apology": ["vague-apology"],
  "no-ownership": ["missing-ownership"],
  "excuse-before-ownership": ["explanation-before-ownership"],
  "blames-customer": ["blames-customer"],
  "no-fix": ["missing-fix"],
  "vague-timing": ["vague-timing"],
  "no-next-update": ["missing-next-update"],
  "asks-to-restate": ["asks-to-restate"],
  "admits-liability": ["admits-liability"],
  "promises-money": ["compensation-outside-policy"],
  "too-long": ["too-long"],
  "wrong-language": ["wrong-language"],
};

export interface CoachCase {
  reply: DevReply;
  item: DevEmail;
  findings: Finding[];
}

export function coachCases(): CoachCase[] {
  const out: CoachCase[] = [];
  for (const author of AUTHORS) {
    const emails = new Map(loadAuthor(author).map((e) => [e.label.file, e]));
    for (const reply of loadReplies(author)) {
      const item = emails.get(reply.email);
      if (!item) continue;
      const analysis = analyseDev(item);
      const findings = reviewApology(
        { subject: reply.subject, text: reply.text, html: "" },
        { now: item.email.receivedAt, sensitive: analysis.sensitive, customerLanguage: analysis.language },
      );
      out.push({ reply, item, findings });
    }
  }
  return out;
}

export interface CoachScore {
  perRule: Record<string, { labelled: number; caught: number; falseAlarms: number; clean: number }>;
  weakRulesCaught: number;
  weakRulesTotal: number;
  goodWithoutBlocker: number;
  goodTotal: number;
  goodBlockers: string[];
  missed: string[];
}

export function scoreCoach(cases: CoachCase[]): CoachScore {
  const perRule: CoachScore["perRule"] = {};
  for (const rule of Object.keys(RULE_FINDINGS)) perRule[rule] = { labelled: 0, caught: 0, falseAlarms: 0, clean: 0 };
  let weakRulesCaught = 0;
  let weakRulesTotal = 0;
  let goodWithoutBlocker = 0;
  let goodTotal = 0;
  const goodBlockers: string[] = [];
  const missed: string[] = [];
  for (const c of cases) {
    // Tips are advice, not flags: only warnings and blockers count.
    const ids = new Set(c.findings.filter((f) => f.severity !== "tip").map((f) => f.id));
    for (const [rule, findingIds] of Object.entries(RULE_FINDINGS)) {
      const flagged = findingIds.some((id) => ids.has(id));
      const labelled = c.reply.breaks.includes(rule);
      const t = perRule[rule]!;
      if (labelled) {
        t.labelled++;
        if (flagged) t.caught++;
        else missed.push(`${c.item.author}/${c.reply.email} ${rule}`);
      } else {
        t.clean++;
        if (flagged) t.falseAlarms++;
      }
    }
    if (c.reply.quality === "weak") {
      weakRulesTotal += c.reply.breaks.length;
      weakRulesCaught += c.reply.breaks.filter((r) => (RULE_FINDINGS[r] ?? []).some((id) => ids.has(id))).length;
    } else {
      goodTotal++;
      const blockers = c.findings.filter((f) => f.severity === "blocker");
      if (!blockers.length) goodWithoutBlocker++;
      else goodBlockers.push(`${c.item.author}/${c.reply.email}: ${blockers.map((b) => b.id).join(", ")}`);
    }
  }
  return { perRule, weakRulesCaught, weakRulesTotal, goodWithoutBlocker, goodTotal, goodBlockers, missed };
}

function main() {
  if (!devCorpusPresent()) {
    console.log("Coach on labelled replies: SKIPPED (../shared/corpus/dev is not present)");
    return;
  }
  const s = scoreCoach(coachCases());
  console.log(`\nCoach on the labelled replies (${s.goodTotal} good, ${s.weakRulesTotal} broken rules in the weak ones):\n`);
  console.log(`  ${"rule".padEnd(26)} ${"recall".padStart(10)} ${"false alarms".padStart(14)}`);
  for (const [rule, t] of Object.entries(s.perRule)) {
    console.log(`  ${rule.padEnd(26)} ${`${t.caught}/${t.labelled}`.padStart(10)} ${`${t.falseAlarms}/${t.clean}`.padStart(14)}`);
  }
  console.log(
    `\n  weak replies' labelled rules flagged: ${s.weakRulesCaught}/${s.weakRulesTotal} (${((100 * s.weakRulesCaught) / Math.max(1, s.weakRulesTotal)).toFixed(0)}%)`,
  );
  console.log(
    `  good replies with no blocker: ${s.goodWithoutBlocker}/${s.goodTotal} (${((100 * s.goodWithoutBlocker) / Math.max(1, s.goodTotal)).toFixed(0)}%)`,
  );
  if (process.argv.includes("--misses")) {
    for (const m of s.missed) console.log(`    missed: ${m}`);
    for (const g of s.goodBlockers) console.log(`    blocker on good: ${g}`);
  }
}

if (require.main === module) main();

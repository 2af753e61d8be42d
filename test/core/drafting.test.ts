// Drafts and the coach on the development corpus (../shared/corpus/dev), as `npm run eval` prints them.
import { devCorpusPresent } from "../../scripts/devCorpus";
import { coachCases, scoreCoach } from "../../scripts/evalCoach";
import { DRAFT_CHECKS, draftResults, type DraftCheck } from "../../scripts/evalDrafts";

// Floors a little under what is reached (see the closing notes of issue 10); naming the problem
// and every check together at issue 10's target. The acknowledgment still names the kind of
// problem and the reference when the reader is not sure of the customer's exact words, rather than
// copy a sentence that may be wrong.
const DRAFT_FLOOR: Record<DraftCheck, number> = {
  oneLanguage: 0.99,
  balancedQuotes: 1,
  noCustomerFirstPerson: 0.99,
  noUnconfirmedClaims: 0.99,
  namesTheProblem: 0.95,
  onePromiseBeforeDeadline: 1,
};

const present = devCorpusPresent();
if (!present) console.warn("SKIPPED drafts and coach on the development corpus: ../shared/corpus/dev is not present.");

(present ? describe : describe.skip)("default drafts on the development corpus", () => {
  const results = present ? draftResults() : [];
  test.each(DRAFT_CHECKS)("%s holds on enough complaints", (check) => {
    const ok = results.filter((r) => !r.failed.includes(check)).length;
    expect(ok / results.length).toBeGreaterThanOrEqual(DRAFT_FLOOR[check]);
  });
  test("at least 95% of the default drafts pass every check", () => {
    expect(results.filter((r) => !r.failed.length).length / results.length).toBeGreaterThanOrEqual(0.95);
  });
});

(present ? describe : describe.skip)("the coach on the labelled replies", () => {
  const score = present ? scoreCoach(coachCases()) : null;
  test("flags at least 90% of the rules the weak replies break", () => {
    expect(score!.weakRulesCaught / score!.weakRulesTotal).toBeGreaterThanOrEqual(0.9);
  });
  test("raises no blocker on at least 95% of the good replies", () => {
    expect(score!.goodWithoutBlocker / score!.goodTotal).toBeGreaterThanOrEqual(0.95);
  });
});

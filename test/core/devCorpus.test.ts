// The reader on the development corpus (../shared/corpus/dev), scored the way `npm run eval`
// prints it: each author's emails read with models trained on the other two authors only.
import { DEV_FIELDS, devCorpusPresent, rate, type DevField } from "../../scripts/devCorpus";
import { crossAuthorScores } from "../../scripts/train";

// Floors a little under the cross-author scores reached (see the closing notes of issue 9).
const FLOOR: Record<DevField, number> = {
  latest: 0.98,
  summary: 0.85,
  summaryVerbatim: 0.8,
  failureType: 0.7,
  firstName: 0.97,
  references: 0.95,
  deadlineFound: 0.92,
  deadlineDate: 0.92,
  remedy: 0.78,
  sensitiveRecall: 0.95,
  sensitivePrecision: 0.85,
  isComplaint: 0.97,
};

const present = devCorpusPresent();
if (!present) console.warn("SKIPPED development corpus accuracy: ../shared/corpus/dev is not present.");

(present ? describe : describe.skip)("the reader on the development corpus, cross-author", () => {
  const scores = present ? crossAuthorScores() : [];
  const total = (f: DevField) => {
    const hit = scores.reduce((a, s) => a + s[f].hit, 0);
    const n = scores.reduce((a, s) => a + s[f].total, 0);
    return rate({ hit, total: n, misses: [] });
  };

  test.each(DEV_FIELDS)("%s stays at or above its floor", (field) => {
    expect(total(field)).toBeGreaterThanOrEqual(FLOOR[field]);
  });

  test("no banner, signature, forwarded header or quoted phrase leaks into a latest message", () => {
    expect(scores.flatMap((s) => s.leaked)).toEqual([]);
  });
});

// `npm run eval`: accuracy of the complaint reader, field by field, and against public fixtures.
import { FIELDS, scoreCorpus, scoreLabelled, type Extractor } from "./evaluate";

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

async function main() {
  const labelled = scoreLabelled();
  console.log(`Labelled set (test/fixtures/complaints.ts): ${labelled.total} emails\n`);
  for (const f of FIELDS) {
    const c = labelled.correct[f];
    console.log(
      `  ${f.padEnd(12)} ${String(c).padStart(3)}/${labelled.total}  ${pct(c, labelled.total).padStart(6)}${labelled.misses[f].length ? `   misses: ${labelled.misses[f].join(", ")}` : ""}`,
    );
  }

  const ours = scoreCorpus();
  if (!ours) {
    console.log("\nPublic fixtures: SKIPPED (../shared/corpus/public is not present)");
    return;
  }
  console.log("\nPublic reply and signature fixtures (../shared/corpus/public), expectations met:");
  for (const s of ours)
    console.log(
      `  ${s.source.padEnd(28)} ${String(s.met).padStart(3)}/${s.total}  ${pct(s.met, s.total).padStart(6)}${s.failed.length ? `   failed: ${s.failed.join(", ")}` : ""}`,
    );
  const met = ours.reduce((a, s) => a + s.met, 0);
  const total = ours.reduce((a, s) => a + s.total, 0);
  console.log(`  ${"all".padEnd(28)} ${String(met).padStart(3)}/${total}  ${pct(met, total).padStart(6)}`);

  // The same fixtures through the email-reply-parser package, which reads plain text only.
  const { default: EmailReplyParser } = (await import("email-reply-parser")) as unknown as {
    default: new () => { read(t: string): { getVisibleText(): string } };
  };
  const theirs: Extractor = (body) => new EmailReplyParser().read(body).getVisibleText();
  const oursText = scoreCorpus(undefined, undefined, true)!;
  const theirsText = scoreCorpus(theirs, undefined, true)!;
  console.log("\nPlain-text fixtures only, side by side with email-reply-parser (npm):");
  for (let i = 0; i < oursText.length; i++) {
    const o = oursText[i]!;
    const t = theirsText[i]!;
    console.log(`  ${o.source.padEnd(28)} ours ${o.met}/${o.total}   email-reply-parser ${t.met}/${t.total}`);
  }
}

void main();

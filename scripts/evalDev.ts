// `npm run eval -- --dev`: the reader on the development corpus, per author and all together.
import { AUTHORS, DEV_FIELDS, devCorpusPresent, loadAuthor, rate, scoreDev } from "./devCorpus";

const verbose = process.argv.includes("--misses");
if (!devCorpusPresent()) {
  console.log("Development corpus: SKIPPED (../shared/corpus/dev is not present)");
} else {
  const per = AUTHORS.map((a) => ({ author: a, score: scoreDev(loadAuthor(a)) }));
  const all = scoreDev(AUTHORS.flatMap((a) => loadAuthor(a)));
  console.log(`Development corpus (../shared/corpus/dev), per author and all:\n`);
  console.log(`  ${"field".padEnd(20)}${AUTHORS.map((a) => a.padStart(8)).join("")}${"all".padStart(8)}`);
  for (const f of DEV_FIELDS) {
    const cells = per.map((p) => rate(p.score[f]).toFixed(2).padStart(8)).join("");
    console.log(`  ${f.padEnd(20)}${cells}${rate(all[f]).toFixed(2).padStart(8)}   (${all[f].hit}/${all[f].total})`);
  }
  console.log(`  leaked phrases: ${all.leaked.length}`);
  if (verbose) {
    for (const f of DEV_FIELDS) if (all[f].misses.length) console.log(`\n${f}: ${all[f].misses.join(" ")}`);
    for (const l of all.leaked) console.log(`  leak ${l}`);
  }
}

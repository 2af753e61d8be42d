// `npm run eval` (first part): the reader on the development corpus, per author and all together.
import { AUTHORS, DEV_FIELDS, devCorpusPresent, loadAuthor, rate, scoreDev, type DevScore } from "./devCorpus";
import { crossAuthorScores } from "./train";

const verbose = process.argv.includes("--misses");
if (!devCorpusPresent()) {
  console.log("Development corpus: SKIPPED (../shared/corpus/dev is not present)");
} else {
  const byAuthor = Object.fromEntries(AUTHORS.map((a) => [a, loadAuthor(a)]));
  const per = AUTHORS.map((a) => ({ author: a, score: scoreDev(byAuthor[a]!) }));
  const all = scoreDev(AUTHORS.flatMap((a) => byAuthor[a]!));
  // Cross-author: the learned models trained on the other two authors' folders only.
  const cross = crossAuthorScores();
  const crossAll = mergeScores(cross);
  console.log(`Development corpus (../shared/corpus/dev): shipped weights per author and all; then cross-author`);
  console.log(`(each author scored by models trained on the other two; rules are the same in both):\n`);
  console.log(
    `  ${"field".padEnd(20)}${AUTHORS.map((a) => a.padStart(7)).join("")}${"all".padStart(7)}   |${AUTHORS.map((a) => `x-${a}`.padStart(7)).join("")}${"x-all".padStart(7)}`,
  );
  for (const f of DEV_FIELDS) {
    const cells = per.map((p) => rate(p.score[f]).toFixed(2).padStart(7)).join("");
    const xcells = cross.map((s) => rate(s[f]).toFixed(2).padStart(7)).join("");
    console.log(
      `  ${f.padEnd(20)}${cells}${rate(all[f]).toFixed(2).padStart(7)}   |${xcells}${rate(crossAll[f]).toFixed(2).padStart(7)}   (${crossAll[f].hit}/${crossAll[f].total})`,
    );
  }
  console.log(`  leaked phrases: ${all.leaked.length}`);
  if (verbose) {
    for (const f of DEV_FIELDS) if (crossAll[f].misses.length) console.log(`\n${f} (cross-author misses): ${crossAll[f].misses.join(" ")}`);
    for (const l of all.leaked) console.log(`  leak ${l}`);
  }
}

function mergeScores(scores: DevScore[]): DevScore {
  const out = scoreDev([]);
  for (const s of scores) {
    for (const f of DEV_FIELDS) {
      out[f].hit += s[f].hit;
      out[f].total += s[f].total;
      out[f].misses.push(...s[f].misses);
    }
    out.leaked.push(...s.leaked);
  }
  return out;
}

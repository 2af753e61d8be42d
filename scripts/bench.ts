// `npm run bench`: speed of the pure core on this machine, and the pane's size and load time.
// Budgets are in ../shared/DESIGN.md; the figures go in the closing notes.
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { analyzeComplaint, composeApology, reviewApology, DEFAULT_SETTINGS, type IncomingEmail } from "../src/core";
import { SAMPLES, DEMO_OWNER } from "../src/demo/samples/samples";
import { htmlToText } from "../src/core/text/htmlToText";
import { LABELLED } from "../test/fixtures/complaints";
import { ourExtractor, SHARED_CORPUS } from "./evaluate";
import { AUTHORS, devCorpusPresent, loadAuthor } from "./devCorpus";

const root = path.join(__dirname, "..", "..");
const now = new Date("2026-03-10T09:00:00Z");

function time(fn: () => void, minRuns = 5, minMs = 200): number[] {
  const out: number[] = [];
  const start = performance.now();
  while (out.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
    if (out.length > 2000) break;
  }
  return out.sort((a, b) => a - b);
}
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const text = (body: string, format: "html" | "text" = "text"): IncomingEmail => ({
  subject: "Complaint",
  from: { displayName: "Jane Doe", emailAddress: "jane@x.example" },
  body,
  bodyFormat: format,
  receivedAt: now,
});
const rows: [string, string, string][] = [];
const report = (name: string, value: string, budget: string) => {
  rows.push([name, value, budget]);
  console.log(`${name.padEnd(48)} ${value.padStart(14)}   budget ${budget}`);
};

console.log(`Make It Right bench: node ${process.version}, ${require("os").cpus().length} cores\n`);

// 1. Typical emails: the demo samples, the labelled set and the development corpus (each timed many times).
const devEmails = devCorpusPresent() ? AUTHORS.flatMap((a) => loadAuthor(a).map((d) => d.email)) : [];
const typical = [...SAMPLES.map((s) => ({ ...s }) as IncomingEmail), ...LABELLED.map((l) => l.email), ...devEmails];
for (let i = 0; i < 50; i++) for (const e of typical) analyzeComplaint(e, { now, mailboxOwner: DEMO_OWNER }); // warm up
const perEmail = typical.flatMap((e) => time(() => analyzeComplaint(e, { now, mailboxOwner: DEMO_OWNER }), 20, 20)).sort((a, b) => a - b);
report(`analyzeComplaint, ${typical.length} typical emails (median)`, ms(q(perEmail, 0.5)), "≤ 2 ms");
report(`analyzeComplaint, ${typical.length} typical emails (p95)`, ms(q(perEmail, 0.95)), "-");

// 2. Size: 1 MB email, and linear growth.
const paragraph = "The delivery was late again and nobody called to say why. ";
const sized = (bytes: number) => text(`${paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes)}\n\nThanks,\nJane`);
const oneMb = sized(1_000_000);
const htmlMb = text(`<div>${"<p>The delivery was <b>late</b> again &amp; nobody called.</p>".repeat(16000)}</div>`, "html");
report(
  "analyzeComplaint, 1 MB plain text",
  ms(
    q(
      time(() => analyzeComplaint(oneMb, { now })),
      0.5,
    ),
  ),
  "≤ 100 ms",
);
report(
  "analyzeComplaint, 1 MB HTML",
  ms(
    q(
      time(() => analyzeComplaint(htmlMb, { now })),
      0.5,
    ),
  ),
  "≤ 100 ms",
);
// Growth is measured below the 200,000-character text cap, where every character is read.
const htmlSized = (paragraphs: number) => text(`<div>${"<p>The delivery was <b>late</b> again &amp; nobody called.</p>".repeat(paragraphs)}</div>`, "html");
const h50 = htmlSized(800);
const h200 = htmlSized(3200);
const g50 = q(
  time(() => analyzeComplaint(h50, { now }), 20),
  0.5,
);
const g200 = q(
  time(() => analyzeComplaint(h200, { now }), 20),
  0.5,
);
report("growth, HTML 50 KB → 200 KB (×4 input)", `×${(g200 / g50).toFixed(2)}`, "≈ ×4 (linear)");
// The series the reader issue asks for: a realistic HTML email of 30, 60, 120 and 300 KB.
const series = [30, 60, 120, 300].map((kb) => {
  const unit = "<p>Your crew left the gate open &amp; the dog got out. Nobody called back about <b>order #4471</b>.</p>\n";
  const email = text(`<div>${unit.repeat(Math.ceil((kb * 1024) / unit.length))}</div>`, "html");
  return {
    kb,
    t: q(
      time(() => analyzeComplaint(email, { now }), 10),
      0.5,
    ),
  };
});
report("growth series, HTML 30/60/120/300 KB", series.map((x) => x.t.toFixed(1)).join(" / ") + " ms", "linear");
report("growth series, ms per 100 KB", series.map((x) => ((x.t / x.kb) * 100).toFixed(1)).join(" / "), "flat");
report(
  "htmlToText, 1 MB HTML, whole (no cap)",
  ms(
    q(
      time(() => htmlToText(htmlMb.body)),
      0.5,
    ),
  ),
  "-",
);

// 3. Hostile inputs from DESIGN.md.
const hostile: [string, IncomingEmail][] = [
  ['40 KB line of "On a a a ..."', text(`On ${"a ".repeat(20_000)}`)],
  ["100,000 quoted lines", text(`Late again.\n${"> quoted line\n".repeat(100_000)}`)],
  ["5,000 nested blockquotes", text(`${"<blockquote>".repeat(5000)}deep${"</blockquote>".repeat(5000)}`, "html")],
  ["1 MB without whitespace", text("x".repeat(1_000_000))],
  ["1 MB without whitespace (HTML)", text(`<p>${"x".repeat(1_000_000)}</p>`, "html")],
  ["50,000 unclosed tags", text("<div>".repeat(50_000), "html")],
  ['10,000 "From:" lines', text("From: a\n".repeat(10_000))],
  ["nested unmatched end tags (300 KB)", text("<b>".repeat(50_000) + "</i>".repeat(37_500), "html")],
  ["1 MB of entities", text("&constructor;&amp;&#x41;&nbsp;&toString;".repeat(24_000), "html")],
  ["20,000 attribution-like lines", text(`Late.\n${"On Mon, 3 Mar 2025 at 10:00, Bob\n".repeat(20_000)}`)],
  ["40 KB of caution banners", text(`${"CAUTION: This email originated from outside of the organization.\n\n".repeat(600)}Late again.`)],
  ["web form with 5,000 fields", text(`${"Name: Jane\n".repeat(5000)}Message: late\n`)],
];
for (const [name, email] of hostile)
  report(
    `hostile: ${name}`,
    ms(
      q(
        time(() => analyzeComplaint(email, { now }), 3, 100),
        0.5,
      ),
    ),
    "≤ 50 ms",
  );

// 3b. Reply extraction side by side with email-reply-parser, on the public plain-text fixtures.
async function replyParserSideBySide(): Promise<void> {
  if (!fs.existsSync(SHARED_CORPUS)) {
    console.log("reply extraction vs email-reply-parser: SKIPPED (../shared/corpus/public is not present)");
    return;
  }
  // The two regex-blowup fixtures are timed apart: email-reply-parser runs for minutes on them.
  const STRESS = ["email_long_quote.txt", "pathological.txt"];
  const texts: string[] = [];
  const stress: [string, string][] = [];
  for (const source of ["crisp-email-reply-parser", "github-email_reply_parser"]) {
    const dir = path.join(SHARED_CORPUS, source);
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith(".txt")) continue;
      const body = fs.readFileSync(path.join(dir, f), "utf8");
      if (STRESS.includes(f)) stress.push([f, body]);
      else texts.push(body);
    }
  }
  const { default: EmailReplyParser } = (await import("email-reply-parser")) as unknown as {
    default: new () => { read(t: string): { getVisibleText(): string } };
  };
  const oursPer = texts.flatMap((t) => time(() => ourExtractor(t, "text", "hard"), 3, 20)).sort((a, b) => a - b);
  const theirsPer = texts.flatMap((t) => time(() => new EmailReplyParser().read(t).getVisibleText(), 3, 20)).sort((a, b) => a - b);
  report(`reply extraction, ${texts.length} public fixtures, ours (median)`, ms(q(oursPer, 0.5)), "-");
  report("reply extraction, same fixtures, email-reply-parser (median)", ms(q(theirsPer, 0.5)), "-");
  for (const [name, body] of stress) {
    report(
      `stress ${name} (${Math.round(body.length / 1024)} KB), ours`,
      ms(
        q(
          time(() => ourExtractor(body, "text", "hard"), 3, 50),
          0.5,
        ),
      ),
      "≤ 50 ms",
    );
    // In a child process with a time limit, so a runaway regex can't stall the bench.
    const script = `import("email-reply-parser").then(({default:E})=>{const t=require("fs").readFileSync(${JSON.stringify(path.join(SHARED_CORPUS, "github-email_reply_parser", name))},"utf8");const s=performance.now();new E().read(t).getVisibleText();console.log(performance.now()-s)})`;
    let theirs: string;
    try {
      const out = execFileSync(process.execPath, ["-e", script], { cwd: root, timeout: 10_000, encoding: "utf8" });
      theirs = ms(Number(out.trim()));
    } catch {
      theirs = "> 10 s (stopped)";
    }
    report(`stress ${name}, email-reply-parser`, theirs, "-");
  }
}

// 4. Coaching on every keystroke.
const draft = composeApology(
  {
    customerFirstName: "Priya",
    summary: "we missed the vegan note on your lunch order",
    fix: { move: "replacement", detail: "a vegan tray by 11:30 AM" },
    nextUpdate: { owner: "", at: new Date("2026-03-10T16:00:00Z") },
  },
  { ...DEFAULT_SETTINGS, signerName: "Alex Rivera", businessName: "Brightside" },
);
const reviews = time(() => reviewApology(draft, { now, followUpAt: new Date("2026-03-10T16:00:00Z"), timeZone: "UTC" }), 200, 200);
report("reviewApology, typical draft (median)", ms(q(reviews, 0.5)), "≤ 5 ms");
report("reviewApology, typical draft (p95)", ms(q(reviews, 0.95)), "≤ 5 ms");
const composes = time(
  () =>
    composeApology({ customerFirstName: "Priya", summary: "x", fix: { move: "callback", detail: "" }, nextUpdate: { owner: "", at: now } }, DEFAULT_SETTINGS),
  200,
  200,
);
report("composeApology (median)", ms(q(composes, 0.5)), "-");

// 5. The pane: bundle size and time to a pre-filled summary in headless Chromium.
const dist = path.join(root, "dist");
if (!fs.existsSync(path.join(dist, "taskpane.js")) || process.argv.includes("--build")) {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "ignore" });
}
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
report("pane start-up script (taskpane.js, zlib level 9)", `${gz("taskpane.js").toLocaleString("en-US")} bytes`, "≤ 136,000 bytes");
// Fetched at boot beside Office's start-up: the reader. Loaded only when needed: the date parser
// (after first paint), the Windows zone table (mailbox zone in Windows form) and MSAL + Graph.
for (const chunk of [
  "reader.js",
  "dates.js",
  "lang-es.js",
  "lang-fr.js",
  "lang-de.js",
  "lang-it.js",
  "lang-pt.js",
  "lang-nl.js",
  "themes.js",
  "zones.js",
  "graph.js",
]) {
  if (fs.existsSync(path.join(dist, chunk)))
    report(
      `${chunk === "reader.js" ? "fetched at boot" : "on demand"}: ${chunk} (zlib level 9)`,
      `${gz(chunk).toLocaleString("en-US")} bytes`,
      "not in start-up script",
    );
}

const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** A browser with its own profile: a new one is cold; reused, it keeps the HTTP and code caches. */
async function browserWithProfile(chrome: string, prefix: string) {
  const { chromium } = await import("playwright-core");
  const profileDir = fs.mkdtempSync(path.join(require("os").tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: chrome, args: CHROME_ARGS });
  const close = async () => {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Opens the demo and returns the pane's start-up marks, in ms from its page load. */
async function openDemo(context: import("playwright-core").BrowserContext, url: string): Promise<Record<string, number>> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}demo.html`);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    // "mir:rendered" is set once the pane has committed the pre-filled summary to the page.
    await frame!.waitForFunction(() => performance.getEntriesByName("mir:rendered").length > 0, undefined, { timeout: 20_000 });
    return await frame!.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("mir:", ""), Math.round(m.startTime)])),
    );
  } finally {
    await page.close();
  }
}

async function paneLoad(): Promise<void> {
  const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chrome)) {
    console.log("pane load time: SKIPPED (no Chromium; set CHROME_PATH)");
    return;
  }
  const { startStaticServer } = require(path.join(root, "scripts/static-server.js"));
  const { server, url } = await startStaticServer(dist);
  // One profile, like Outlook's web view: the first open is cold, later ones reuse its caches.
  const { context, close } = await browserWithProfile(chrome, "mir-bench-");
  const times: number[] = [];
  let stages = "";
  try {
    for (let i = 0; i < 8; i++) {
      const marks = await openDemo(context, url);
      times.push(marks.rendered ?? NaN);
      if (i === 7) stages = JSON.stringify(marks);
    }
  } finally {
    await close();
    server.close();
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  report("pane: summary shown, first (cold) open", ms(times[0]!), "≤ 500 ms");
  report("pane: summary shown, later opens (median of 7)", ms(q(warm, 0.5)), "≤ 500 ms");
  console.log(`  stages of the last open (ms from the pane's page load): ${stages}`);
}

/** Time to the summary on one cold open: a fresh browser profile, so no HTTP or code cache. */
async function coldOpen(chrome: string, url: string): Promise<number> {
  const { context, close } = await browserWithProfile(chrome, "mir-cold-");
  try {
    return (await openDemo(context, url)).rendered ?? NaN;
  } finally {
    await close();
  }
}

/**
 * The cold open against the previous commit (or BENCH_BASELINE), both built here and measured
 * interleaved in one run, so the machine's mood affects both alike. Reports the ratio of medians.
 */
async function coldOpenAgainstBaseline(): Promise<void> {
  const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
  const ref = process.env.BENCH_BASELINE || "HEAD~1";
  const rounds = Math.max(7, Number(process.env.BENCH_ROUNDS) || 7);
  if (!fs.existsSync(chrome)) return console.log("cold open against the previous commit: SKIPPED (no Chromium)");
  const dir = path.join(require("os").tmpdir(), "mir-baseline");
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync("git", ["worktree", "prune"], { cwd: root });
    execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: root, stdio: "ignore" });
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: dir, stdio: "ignore" });
    const { startStaticServer } = require(path.join(root, "scripts/static-server.js"));
    const ours = await startStaticServer(dist);
    const theirs = await startStaticServer(path.join(dir, "dist"));
    const now: number[] = [];
    const before: number[] = [];
    try {
      for (let i = 0; i < rounds; i++) {
        // Alternate which goes first, so neither always gets the warmer machine.
        if (i % 2) before.push(await coldOpen(chrome, theirs.url));
        now.push(await coldOpen(chrome, ours.url));
        if (!(i % 2)) before.push(await coldOpen(chrome, theirs.url));
      }
    } finally {
      ours.server.close();
      theirs.server.close();
    }
    const med = (xs: number[]) =>
      q(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    report(`cold open, this build (median of ${rounds})`, ms(med(now)), "-");
    report(`cold open, ${commit} (median of ${rounds}, interleaved)`, ms(med(before)), "-");
    report("cold open, ratio to the previous commit", `×${(med(now) / med(before)).toFixed(2)}`, "≤ ×1.00 (no slower)");
  } catch (error) {
    console.log(`cold open against ${ref}: SKIPPED (${String((error as Error).message).split("\n")[0]})`);
  } finally {
    try {
      execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: root, stdio: "ignore" });
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

replyParserSideBySide()
  .then(paneLoad)
  .then(coldOpenAgainstBaseline)
  .then(() => {
    const out = path.join(root, ".build", "bench.json");
    fs.writeFileSync(out, JSON.stringify(rows, null, 2));
    console.log(`\nFigures saved to ${path.relative(root, out)}`);
  });

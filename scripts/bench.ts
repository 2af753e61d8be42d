// `npm run bench`: speed of the pure core on this machine, and the pane's size and load time.
// Budgets are in ../shared/DESIGN.md; the figures go in the closing notes.
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { analyzeComplaint, composeApology, reviewApology, DEFAULT_SETTINGS, type IncomingEmail } from "../src/core";
import { SAMPLES, DEMO_OWNER } from "../src/demo/samples/samples";

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
const text = (body: string, format: "html" | "text" = "text"): IncomingEmail => ({ subject: "Complaint", from: { displayName: "Jane Doe", emailAddress: "jane@x.example" }, body, bodyFormat: format, receivedAt: now });
const rows: [string, string, string][] = [];
const report = (name: string, value: string, budget: string) => {
  rows.push([name, value, budget]);
  console.log(`${name.padEnd(48)} ${value.padStart(14)}   budget ${budget}`);
};

console.log(`Make It Right bench: node ${process.version}, ${require("os").cpus().length} cores\n`);

// 1. Typical emails: the demo samples (each timed many times).
const typical = SAMPLES.map((s) => ({ ...s }) as IncomingEmail);
for (let i = 0; i < 50; i++) for (const e of typical) analyzeComplaint(e, { now, mailboxOwner: DEMO_OWNER }); // warm up
const perEmail = typical.flatMap((e) => time(() => analyzeComplaint(e, { now, mailboxOwner: DEMO_OWNER }), 50, 100)).sort((a, b) => a - b);
report("analyzeComplaint, typical email (median)", ms(q(perEmail, 0.5)), "≤ 2 ms");
report("analyzeComplaint, typical email (p95)", ms(q(perEmail, 0.95)), "-");

// 2. Size: 1 MB email, and linear growth.
const paragraph = "The delivery was late again and nobody called to say why. ";
const sized = (bytes: number) => text(`${paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes)}\n\nThanks,\nJane`);
const oneMb = sized(1_000_000);
const htmlMb = text(`<div>${"<p>The delivery was <b>late</b> again &amp; nobody called.</p>".repeat(16000)}</div>`, "html");
report("analyzeComplaint, 1 MB plain text", ms(q(time(() => analyzeComplaint(oneMb, { now })), 0.5)), "≤ 100 ms");
report("analyzeComplaint, 1 MB HTML", ms(q(time(() => analyzeComplaint(htmlMb, { now })), 0.5)), "≤ 100 ms");
const t250 = q(time(() => analyzeComplaint(sized(250_000), { now })), 0.5);
const t1000 = q(time(() => analyzeComplaint(oneMb, { now })), 0.5);
report("growth 250 KB → 1 MB (×4 input)", `×${(t1000 / t250).toFixed(2)}`, "≈ ×4 (linear)");

// 3. Hostile inputs from DESIGN.md.
const hostile: [string, IncomingEmail][] = [
  ['40 KB line of "On a a a ..."', text(`On ${"a ".repeat(20_000)}`)],
  ["100,000 quoted lines", text(`Late again.\n${"> quoted line\n".repeat(100_000)}`)],
  ["5,000 nested blockquotes", text(`${"<blockquote>".repeat(5000)}deep${"</blockquote>".repeat(5000)}`, "html")],
  ["1 MB without whitespace", text("x".repeat(1_000_000))],
  ["1 MB without whitespace (HTML)", text(`<p>${"x".repeat(1_000_000)}</p>`, "html")],
  ["50,000 unclosed tags", text("<div>".repeat(50_000), "html")],
  ['10,000 "From:" lines', text("From: a\n".repeat(10_000))],
];
for (const [name, email] of hostile) report(`hostile: ${name}`, ms(q(time(() => analyzeComplaint(email, { now }), 3, 100), 0.5)), "≤ 50 ms");

// 4. Coaching on every keystroke.
const draft = composeApology(
  { customerFirstName: "Priya", summary: "we missed the vegan note on your lunch order", fix: { move: "replacement", detail: "a vegan tray by 11:30 AM" }, nextUpdate: { owner: "", at: new Date("2026-03-10T16:00:00Z") } },
  { ...DEFAULT_SETTINGS, signerName: "Alex Rivera", businessName: "Brightside" },
);
const reviews = time(() => reviewApology(draft, { now, followUpAt: new Date("2026-03-10T16:00:00Z"), timeZone: "UTC" }), 200, 200);
report("reviewApology, typical draft (median)", ms(q(reviews, 0.5)), "≤ 5 ms");
report("reviewApology, typical draft (p95)", ms(q(reviews, 0.95)), "≤ 5 ms");
const composes = time(() => composeApology({ customerFirstName: "Priya", summary: "x", fix: { move: "callback", detail: "" }, nextUpdate: { owner: "", at: now } }, DEFAULT_SETTINGS), 200, 200);
report("composeApology (median)", ms(q(composes, 0.5)), "-");

// 5. The pane: bundle size and time to a pre-filled summary in headless Chromium.
const dist = path.join(root, "dist");
if (!fs.existsSync(path.join(dist, "taskpane.js")) || process.argv.includes("--build")) {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "ignore" });
}
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
report("pane initial JS (taskpane.js, gzip -9)", `${(gz("taskpane.js") / 1024).toFixed(1)} KB`, "≤ 150 KB");

async function paneLoad(): Promise<void> {
  const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chrome)) {
    console.log("pane load time: SKIPPED (no Chromium; set CHROME_PATH)");
    return;
  }
  const { chromium } = await import("playwright-core");
  const { startStaticServer } = require(path.join(root, "scripts/static-server.js"));
  const { server, url } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  const times: number[] = [];
  try {
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage();
      await page.goto(`${url}demo.html`);
      const frame = await (await page.waitForSelector("iframe")).contentFrame();
      await frame!.waitForFunction(() => {
        const el = [...document.querySelectorAll("label")].find((l) => l.textContent?.startsWith("Issue summary"));
        const input = el && document.getElementById(el.htmlFor);
        return !!(input as HTMLTextAreaElement | null)?.value;
      });
      times.push(await frame!.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  report("pane: summary shown after page load (median of 7)", ms(q(times, 0.5)), "≤ 500 ms");
}

paneLoad().then(() => {
  const out = path.join(root, ".build", "bench.json");
  fs.writeFileSync(out, JSON.stringify(rows, null, 2));
  console.log(`\nFigures saved to ${path.relative(root, out)}`);
});

// Accuracy of the complaint reader: on our own labelled set, and on the public reply and
// signature fixtures in ../shared/corpus/public (read from there, never copied here).
import fs from "fs";
import path from "path";
import { analyzeComplaint, parseEmailInput, type ComplaintAnalysis } from "../src/core";
import { emailToText } from "../src/core/text/latestMessage";
import { chronoDates } from "../src/core/analysis/chronoDates";
import { extractReply } from "../src/core/text/quotes";
import { cutHardSignature, cutSignature } from "../src/core/text/signature";
import { QUOTE_MARK } from "../src/core/text/htmlToText";
import { LABELLED, OWNER, RECEIVED, type Expected, type LabelledEmail } from "../test/fixtures/complaints";

export const FIELDS = ["latest", "failureType", "firstName", "references", "deadline", "remedy", "sensitive", "isComplaint", "language"] as const;
export type Field = (typeof FIELDS)[number];

const fold = (s: string) => s.replace(/\s+/g, " ").trim();
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length &&
  [...a]
    .map((x) => x.toUpperCase())
    .sort()
    .join("|") ===
    [...b]
      .map((x) => x.toUpperCase())
      .sort()
      .join("|");
const utcDay = (d?: Date) => (d ? d.toISOString().slice(0, 10) : null);

function fieldOk(field: Field, a: ComplaintAnalysis, e: Expected): boolean {
  switch (field) {
    case "latest":
      return fold(a.latestMessage) === fold(e.latest);
    case "failureType":
      return a.failureType === e.failureType;
    case "firstName":
      return a.customerFirstName === e.firstName;
    case "references":
      return sameSet(a.references, e.references);
    case "deadline":
      return utcDay(a.customerDeadline?.date) === e.deadline;
    case "remedy":
      return a.requestedRemedy === e.remedy;
    case "sensitive":
      return sameSet([...new Set(a.sensitive.map((s) => s.kind))], e.sensitive);
    case "isComplaint":
      return a.isComplaint === e.isComplaint;
    case "language":
      return a.language === e.language;
  }
}

export interface LabelledScore {
  total: number;
  correct: Record<Field, number>;
  misses: Record<Field, string[]>;
}

export function scoreLabelled(set: LabelledEmail[] = LABELLED): LabelledScore {
  const correct = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses = Object.fromEntries(FIELDS.map((f) => [f, [] as string[]])) as Record<Field, string[]>;
  for (const item of set) {
    const a = analyzeComplaint(item.email, { now: RECEIVED, mailboxOwner: OWNER, timeZoneOffsetMinutes: 0, dates: chronoDates });
    for (const f of FIELDS) {
      if (fieldOk(f, a, item.expected)) correct[f]++;
      else misses[f].push(item.id);
    }
  }
  return { total: set.length, correct, misses };
}

// ---- public fixtures ----

interface CorpusEntry {
  file: string;
  input?: string;
  reply_starts_with?: string;
  reply_must_not_contain?: string[];
  reply_must_contain?: string[];
  reply_equals_stripped?: string;
  reply_equals_ignoring_whitespace?: string;
  expected_signature?: string;
  sender?: string;
}

export interface CorpusScore {
  source: string;
  met: number;
  total: number;
  failed: string[];
}

/** ../shared beside the project root, found from here whether run compiled (.build/) or as source. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
export const SHARED_CORPUS = path.join(projectRoot(), "..", "shared", "corpus", "public");
const lines = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

/**
 * How much signature each source's "reply" leaves out: talon keeps signatures in its quotation
 * cases and cuts them only in its signature cases; crisp hides the certain ones (delimiter,
 * "Sent from ...") but keeps a short sign-off; GitHub also drops a "-Name" sign-off. Ours cuts
 * at each level on request.
 */
export type SignatureMode = "keep" | "hard" | "full";
export type Extractor = (body: string, format: "html" | "text", signature: SignatureMode) => string;

/** Our reader: the same quote and signature cutting that analyzeComplaint uses. */
export const ourExtractor: Extractor = (body, format, signature) => {
  const text = emailToText(body, format);
  const cut = extractReply(text);
  let reply = cut.latest || (cut.boundary !== "none" ? "" : text);
  reply = reply.split(QUOTE_MARK).join("").trim();
  if (signature === "full") return cutSignature(reply).body;
  if (signature === "hard") return cutHardSignature(reply);
  return reply;
};

function loadInput(dir: string, entry: CorpusEntry): { body: string; format: "html" | "text" } {
  const raw = fs.readFileSync(path.join(dir, entry.file), "utf8");
  if (entry.file.endsWith(".eml")) {
    const email = parseEmailInput(raw, undefined, "text");
    return { body: email.body, format: email.bodyFormat };
  }
  if (entry.file.endsWith(".html") || entry.input === "HTML body") return { body: raw, format: "html" };
  return { body: raw, format: "text" };
}

function entryMet(reply: string, e: CorpusEntry): boolean {
  const r = reply.trim();
  if (e.reply_starts_with !== undefined && !fold(r).startsWith(fold(e.reply_starts_with))) return false;
  if (e.reply_must_not_contain?.some((s) => r.includes(s))) return false;
  if (e.reply_must_contain?.some((s) => !fold(r).includes(fold(s)))) return false;
  if (e.reply_equals_stripped !== undefined && lines(r) !== lines(e.reply_equals_stripped)) return false;
  if (e.reply_equals_ignoring_whitespace !== undefined && r.replace(/\s+/g, "") !== e.reply_equals_ignoring_whitespace.replace(/\s+/g, "")) return false;
  return true;
}

export function scoreCorpus(extract: Extractor = ourExtractor, root = SHARED_CORPUS, onlyText = false): CorpusScore[] | null {
  if (!fs.existsSync(root)) return null;
  const out: CorpusScore[] = [];
  for (const source of ["talon", "crisp-email-reply-parser", "github-email_reply_parser"]) {
    const dir = path.join(root, source);
    const entries = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as CorpusEntry[];
    const score: CorpusScore = { source, met: 0, total: 0, failed: [] };
    for (const e of entries) {
      const input = loadInput(dir, e);
      if (onlyText && input.format === "html") continue;
      score.total++;
      const signatureCase = e.expected_signature !== undefined || (e.input ?? "").includes("_sender");
      const mode: SignatureMode = source === "talon" ? (signatureCase ? "full" : "keep") : source === "github-email_reply_parser" ? "full" : "hard";
      let reply: string;
      try {
        reply = extract(input.body, input.format, mode);
      } catch {
        reply = "";
      }
      if (entryMet(reply, e)) score.met++;
      else score.failed.push(e.file);
    }
    out.push(score);
  }
  return out;
}

// The development corpus in ../shared/corpus/dev: three authors' labelled complaint emails, read
// from there (never copied here), and the reader scored on them field by field.
import fs from "fs";
import path from "path";
import { analyzeComplaint, type ComplaintAnalysis, type IncomingEmail } from "../src/core";
import { chronoDates } from "../src/core/analysis/chronoDates";
import { swapPerson } from "../src/core/analysis/summary";
import type { ReaderModels } from "../src/core/analysis/analyzeComplaint";

export interface DevLabel {
  file: string;
  language: string;
  format: "text" | "html";
  client: string;
  is_complaint: boolean;
  failure_type: string;
  customer_first_name: string;
  issue_summary: string;
  acknowledgment: string;
  issue_keywords: string[];
  distractors: string[];
  latest_message_starts_with: string;
  latest_message_ends_with: string;
  references: string[];
  customer_deadline: string | null;
  requested_remedy: string;
  sensitive: boolean;
  sensitive_reason: string | null;
}

export interface DevHeaders {
  from_name: string;
  from_email: string;
  subject: string;
  received: string;
  mailbox_owner_name: string;
  mailbox_owner_email: string;
  deadline_date: string | null;
}

export interface DevReply {
  email: string;
  subject: string;
  text: string;
  quality: "good" | "weak";
  breaks: string[];
}

export interface DevEmail {
  author: string;
  label: DevLabel;
  headers: DevHeaders;
  email: IncomingEmail;
  /** Minutes east of UTC at arrival, from the ISO offset. */
  offsetMinutes: number;
}

function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
export const DEV_CORPUS = path.join(projectRoot(), "..", "shared", "corpus", "dev");
export const AUTHORS = ["a", "b", "c"] as const;

function offsetOf(iso: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

export function devCorpusPresent(root = DEV_CORPUS): boolean {
  return AUTHORS.every((a) => fs.existsSync(path.join(root, a, "labels.json")));
}

export function loadAuthor(author: string, root = DEV_CORPUS): DevEmail[] {
  const dir = path.join(root, author);
  const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8")) as DevLabel[];
  const headers = JSON.parse(fs.readFileSync(path.join(dir, "headers.json"), "utf8")) as Record<string, DevHeaders>;
  return labels.map((label) => {
    const h = headers[label.file]!;
    const body = fs.readFileSync(path.join(dir, "emails", label.file), "utf8");
    return {
      author,
      label,
      headers: h,
      offsetMinutes: offsetOf(h.received),
      email: {
        subject: h.subject,
        from: { displayName: h.from_name, emailAddress: h.from_email },
        body,
        bodyFormat: label.file.endsWith(".html") ? "html" : "text",
        receivedAt: new Date(h.received),
      },
    };
  });
}

export function loadReplies(author: string, root = DEV_CORPUS): DevReply[] {
  return JSON.parse(fs.readFileSync(path.join(root, author, "replies.json"), "utf8")) as DevReply[];
}

export function analyseDev(item: DevEmail, models?: Partial<ReaderModels>): ComplaintAnalysis {
  return analyzeComplaint(item.email, {
    models,
    now: item.email.receivedAt,
    mailboxOwner: { displayName: item.headers.mailbox_owner_name, emailAddress: item.headers.mailbox_owner_email },
    timeZoneOffsetMinutes: item.offsetMinutes,
    dates: chronoDates,
  });
}

/** Folds case, whitespace and typographic quotes so phrases compare as a reader sees them. */
export const fold = (s: string) =>
  s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export const DEV_FIELDS = [
  "latest",
  "summary",
  "summaryVerbatim",
  "failureType",
  "firstName",
  "references",
  "deadlineFound",
  "deadlineDate",
  "remedy",
  "sensitiveRecall",
  "sensitivePrecision",
  "isComplaint",
] as const;
export type DevField = (typeof DEV_FIELDS)[number];

export interface FieldTally {
  hit: number;
  total: number;
  misses: string[];
}
export type DevScore = Record<DevField, FieldTally> & { leaked: string[] };

function tally(): FieldTally {
  return { hit: 0, total: 0, misses: [] };
}

/** Calendar date of `d` on the customer's clock (`offset` minutes east of UTC). */
export function localDay(d: Date, offset: number): string {
  return new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** Where the latest message's span is right: it starts and ends where the labels say, with nothing else around. */
export function latestOk(latest: string, label: DevLabel): boolean {
  const l = fold(latest);
  const start = l.indexOf(fold(label.latest_message_starts_with));
  const endPhrase = fold(label.latest_message_ends_with);
  const end = l.lastIndexOf(endPhrase);
  if (start === -1 || end === -1 || end < start) return false;
  // Before the start only a greeting line may stand; after the end, nothing but a closing word.
  const before = l.slice(0, start);
  const after = l.slice(end + endPhrase.length);
  return before.length <= 60 && after.length <= 25;
}

export function leakedPhrases(text: string, label: DevLabel): string[] {
  const t = fold(text);
  return label.distractors.filter((d) => t.includes(fold(d)));
}

/**
 * The summary names the problem: it holds one of the issue keywords. The summary speaks from the
 * business's side, so a keyword counts as written or with its persons swapped the same way
 * ("glass all over my back yard" is "glass all over your back yard" there); `verbatim` counts
 * only the customer's exact words, as a stricter figure.
 */
export function summaryOk(summary: string, label: DevLabel, verbatim = false): boolean {
  const s = fold(summary);
  if (!s) return false;
  if (leakedPhrases(summary, label).length) return false;
  return label.issue_keywords.some((k) => s.includes(fold(k)) || (!verbatim && s.includes(fold(swapPerson(k)))));
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].map(fold).sort().join("|") === [...b].map(fold).sort().join("|");

export function scoreDev(items: DevEmail[], analyse: (item: DevEmail) => ComplaintAnalysis = analyseDev): DevScore {
  const score = Object.fromEntries(DEV_FIELDS.map((f) => [f, tally()])) as unknown as DevScore;
  score.leaked = [];
  const mark = (f: DevField, ok: boolean, id: string) => {
    score[f].total++;
    if (ok) score[f].hit++;
    else score[f].misses.push(id);
  };
  for (const item of items) {
    const a = analyse(item);
    const L = item.label;
    const id = `${item.author}/${L.file.replace(/\.(txt|html)$/, "")}`;
    mark("isComplaint", a.isComplaint === L.is_complaint, id);
    mark("firstName", a.customerFirstName === L.customer_first_name, id);
    mark("references", sameSet(a.references, L.references), id);
    mark("remedy", a.requestedRemedy === L.requested_remedy, id);
    mark("deadlineFound", !!a.customerDeadline === !!L.customer_deadline, id);
    if (item.headers.deadline_date) {
      const got = a.customerDeadline?.date ? localDay(a.customerDeadline.date, item.offsetMinutes) : null;
      mark("deadlineDate", got === item.headers.deadline_date, id);
    }
    if (L.is_complaint) {
      const leaks = leakedPhrases(a.latestMessage, L);
      score.leaked.push(...leaks.map((p) => `${id}: ${p}`));
      mark("latest", latestOk(a.latestMessage, L) && leaks.length === 0, id);
      mark("summary", summaryOk(a.summary, L), id);
      mark("summaryVerbatim", summaryOk(a.summary, L, true), id);
      mark("failureType", a.failureType === L.failure_type, id);
    }
    if (L.sensitive) mark("sensitiveRecall", a.sensitive.length > 0, id);
    if (a.sensitive.length > 0) mark("sensitivePrecision", L.sensitive, id);
  }
  return score;
}

export const rate = (t: FieldTally) => (t.total ? t.hit / t.total : 1);

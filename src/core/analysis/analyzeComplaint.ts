import type { ComplaintAnalysis, FailureType, IncomingEmail, MailboxOwner, RequestedRemedy } from "../types";
import { cueFirstPositions } from "./cues";
import { alsoIssue, isRepeat, namedIssues } from "./issues";
import { issueObject } from "./issueObject";
import { extractLatestMessage } from "../text/latestMessage";
import { detectSensitive } from "./sensitive";
import { isAutomated, isComplaint } from "./complaint";
import { requestFeatures, textFeatures } from "./features";
import { predict, type LinearModel } from "./model";
import failureWeights from "./weights/failure.json";
import remedyWeights from "./weights/remedy.json";
import { findCustomerFirstName } from "./customerName";
import { findDeadline, type DateParser } from "./deadline";
import { detectLanguage } from "./language";
import { findReferences } from "./references";
import { summarise, type Summary } from "./summary";
import { statementFrom } from "./statement";

const CLASSIFY_CHARS = 50_000;

export interface AnalyzeOptions {
  now?: Date;
  mailboxOwner?: MailboxOwner;
  /** Domains whose senders are colleagues passing a customer's email on. */
  colleagueDomains?: string[];
  /** Characters of the body to read at most; the pane lowers it to stay responsive. */
  maxChars?: number;
  /**
   * The mailbox's offset from UTC in minutes (east positive), so "Friday" means the customer's
   * Friday. Without it the computer's own zone is used.
   */
  timeZoneOffsetMinutes?: number;
  /** Reads dates in the customer's language; without it only fixed phrases ("by Friday", "tomorrow") are read. */
  dates?: DateParser;
  /** Other weights for the learned models; only the evaluation's cross-author runs set them. */
  models?: Partial<ReaderModels>;
}

export interface ReaderModels {
  failure: LinearModel;
  remedy: LinearModel;
  sentence: LinearModel;
}

/**
 * The model falls back on "execution", the commonest type, when little is said. If nothing wrong
 * was done (no execution cue) but the customer says nobody replied or someone was rude, that is
 * the failure: communication (cross-author on the development corpus 0.72 without this, 0.76 with it).
 */
function settleFailureType(predicted: FailureType, positions: Map<string, number>): FailureType {
  if (predicted !== "execution") return predicted;
  const named = [...positions.keys()];
  if (named.some((n) => n.startsWith("e:"))) return predicted;
  return named.includes("c:noreply") || named.includes("c:rude") ? "communication" : predicted;
}

/** No remedy named anywhere and nothing asked for: the model's guess would be its prior, so "none". */
function asksAnything(features: Map<string, number>): boolean {
  for (const [name, value] of features) if ((name.startsWith("rq:") || name.startsWith("rm:") || name === "bias:requests") && value > 0) return true;
  return false;
}

function safeEmail(email: Partial<IncomingEmail> | null | undefined): IncomingEmail {
  const e = email ?? {};
  return {
    subject: typeof e.subject === "string" ? e.subject : "",
    from: {
      displayName: typeof e.from?.displayName === "string" ? e.from.displayName : "",
      emailAddress: typeof e.from?.emailAddress === "string" ? e.from.emailAddress : "",
    },
    body: typeof e.body === "string" ? e.body : "",
    bodyFormat: e.bodyFormat === "html" ? "html" : "text",
    receivedAt: e.receivedAt instanceof Date && !isNaN(e.receivedAt.getTime()) ? e.receivedAt : undefined,
  };
}

/**
 * Reads a complaint email: the customer's latest words, what went wrong, who
 * they are, what they ask for and what needs care. Pure and synchronous; it
 * never throws, and says in `notes` what it could not find.
 */
export function readComplaint(input: IncomingEmail, options: AnalyzeOptions = {}): ComplaintAnalysis {
  const email = safeEmail(input);
  const notes: string[] = [];
  const latest = extractLatestMessage(email, options);
  const text = latest.text;
  const subject = email.subject.replace(/^((re|fw|fwd|aw|wg|tr|rv|sv)\s*:\s*)+/i, "").trim();
  // The subject often names the problem ("Missed delivery"), so it counts for classification.
  // A complaint says what went wrong early on; reading further only costs time on huge emails.
  const head = text.length > CLASSIFY_CHARS ? text.slice(0, CLASSIFY_CHARS) : text;
  const reading = { subject, latest: head, context: latest.forwardedContext.slice(0, CLASSIFY_CHARS) };
  const complaint = text.length > 0 && isComplaint(reading);
  // Where each kind of failure is first named: for the failure model and for the draft's acknowledgment.
  const positions = cueFirstPositions(head.slice(0, 20_000));
  const failure = predict(options.models?.failure ?? (failureWeights as LinearModel), textFeatures(reading, positions));
  const remedyFeatures = requestFeatures({ ...reading, notComplaint: !complaint });
  const remedy = predict(options.models?.remedy ?? (remedyWeights as LinearModel), remedyFeatures);
  const requestedRemedy = (complaint && asksAnything(remedyFeatures) ? remedy.label : "none") as RequestedRemedy;
  const language = detectLanguage(text || subject);
  const reference = email.receivedAt ?? options.now ?? new Date(0);
  // The customer's clock: the mailbox's zone when the pane knows it, else the computer's.
  const offset = options.timeZoneOffsetMinutes ?? -reference.getTimezoneOffset();
  const deadline = !isAutomated(reading) && (email.receivedAt || options.now) ? findDeadline(text, language, reference, offset, options.dates) : null;
  const sensitive = complaint ? detectSensitive(`${subject}\n${head}\n${reading.context}`, { refundAsked: requestedRemedy === "refund" }) : [];
  const references = findReferences(text);
  const failureType: FailureType = complaint ? settleFailureType(failure.label as FailureType, positions) : "unknown";
  const summary: Summary = complaint
    ? summarise({ latest: text, subject, context: reading.context, language, failureType, references }, options.models?.sentence)
    : { text: "", certain: false, confidence: 0 };
  const issues = complaint ? namedIssues(positions, subject, failureType, head) : [];
  if (!text) notes.push("The email has no readable text of its own.");
  if (latest.truncated) notes.push("Only the first part of this very long email was read.");
  const statement = complaint ? statementFrom(summary.text, summary.confidence, language, summary.sentences, head) : undefined;
  const customerFirstName = findCustomerFirstName(latest.customer, latest.signOffName, options.mailboxOwner, latest.greetedAs);
  if (!customerFirstName) notes.push("The customer's name could not be found.");

  return {
    isComplaint: complaint,
    latestMessage: text,
    summary: summary.text,
    summaryCertain: complaint && summary.certain,
    summaryConfidence: complaint ? summary.confidence : 0,
    statement,
    alsoIssue: statement ? alsoIssue(statement, issues) : undefined,
    failureType,
    issues,
    repeat: complaint && isRepeat(text, subject),
    issueObject: complaint && language === "en" ? issueObject(text) : null,
    customerFirstName,
    customerEmail: latest.customer.emailAddress,
    customerDisplayName: latest.customer.displayName,
    references,
    customerDeadline: deadline,
    requestedRemedy,
    sensitive,
    language,
    truncated: latest.truncated,
    notes,
  };
}

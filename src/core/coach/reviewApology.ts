import type { ApologyDraft } from "../apology/types";
import type { BusinessHours } from "../followup/quickPicks";
import { DEFAULT_HOURS, openingAfter, withinHours } from "../followup/quickPicks";
import { validZone } from "../apology/formatTime";
import type { SensitiveMatter } from "../types";
import { detectLanguage } from "../analysis/language";
import { APOLOGY, FIX, NAMED_FIX, OWNERSHIP, TIME_WORDS, UPDATE_PROMISE, VAGUE_TIMING } from "./laneCues";
import { AUTOPILOT, BLAME, COMPENSATION, EXCUSE, LIABILITY, RESTATE, VAGUE_APOLOGY } from "./phraseRules";

export type Severity = "blocker" | "warning" | "tip";

/** The part of the pane a finding is about, so the pane can show it there. */
export type FindingField = "acknowledgment" | "ownership" | "explanation" | "fix" | "nextUpdate" | "followUpAt" | "greeting" | "draft";

export interface Finding {
  id: string;
  severity: Severity;
  field: FindingField;
  message: string;
  /** A one-click fix: replace `find` in the draft with `replace`. */
  fix?: { label: string; find: string; replace: string };
  /** A one-click time for the follow-up (e.g. before the customer's deadline). */
  time?: { label: string; at: Date };
}

export interface ReviewContext {
  now?: Date;
  followUpAt?: Date | null;
  followUpOwner?: string;
  timeZone?: string;
  businessHours?: BusinessHours;
  windowHours?: number;
  sensitive?: SensitiveMatter[];
  /** Compensation the business allows in a first reply (e.g. "refund", "discount"); empty allows none. */
  allowedCompensation?: string[];
  /** The customer's language (ISO 639-1), from the reading; a reply in another one is flagged. */
  customerLanguage?: string;
  /** When the customer said they need it; an update promised after it is a blocker. */
  customerDeadline?: Date | null;
  /** The business's own sentences (Settings), which always count for their lane. */
  ownSentences?: string[];
  /** The fix sentence the user confirmed in the pane, which always counts for the fix lane. */
  confirmedFix?: string;
  /**
   * Our acknowledgment when it names only the kind of problem ("I'm so sorry about the mix-up"):
   * while the draft still holds it, a tip asks for the specifics.
   */
  kindOnlyAcknowledgment?: string;
}

export interface Readiness {
  acknowledgment: boolean;
  ownership: boolean;
  fix: boolean;
  nextUpdate: boolean;
}

const PHONE_WORDS = 180;
const TOO_LONG_WORDS = 300;

/** Where the phrase first appears, or -1. */
function indexOf(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** The sentences that hold a promise to update the customer and a day or time. */
function hasDatedUpdate(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((s) => UPDATE_PROMISE.test(s) && TIME_WORDS.test(s));
}

const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** Which of the four lanes the draft's text covers, whoever wrote it. */
export function laneReadiness(text: string, ownSentences: string[] = [], confirmedFix = ""): Readiness {
  const folded = fold(text);
  const contains = (s: string) => fold(s).length > 8 && folded.includes(fold(s).replace(/[.!?]+$/, ""));
  const ownership = ownSentences.some(contains) || OWNERSHIP.test(text);
  return {
    acknowledgment: APOLOGY.test(text) || ownership,
    ownership,
    // The fix the user confirmed in the pane counts in its own words, whatever the language.
    fix: contains(confirmedFix) || FIX.test(text) || NAMED_FIX.test(text),
    nextUpdate: hasDatedUpdate(text),
  };
}

function greetingName(text: string): boolean | null {
  const first = text.split("\n").find((l) => l.trim()) ?? "";
  const m = /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[ ,]*([^,\n]*)/i.exec(first.trim());
  if (!m) return null;
  const name = (m[3] ?? "").trim();
  return !!name && !/^(there|customer|sir|madam|sir or madam|team|all|valued customer)$/i.test(name);
}

function followUpFindings(ctx: ReviewContext): Finding[] {
  const out: Finding[] = [];
  const at = ctx.followUpAt;
  if (!at || isNaN(at.getTime()) || !ctx.now) return out;
  if (at.getTime() <= ctx.now.getTime()) {
    out.push({
      id: "follow-up-in-past",
      field: "followUpAt",
      severity: "blocker",
      message: "The follow-up time has already passed. Pick a time you can still keep.",
    });
    return out;
  }
  const deadline = ctx.customerDeadline;
  if (deadline && !isNaN(deadline.getTime()) && at.getTime() > deadline.getTime()) {
    const before = new Date(deadline.getTime() - 2 * 3600 * 1000);
    out.push({
      id: "follow-up-after-deadline",
      field: "followUpAt",
      severity: "blocker",
      message: "The next update comes after the customer's own deadline. Pick a time before it.",
      time: before.getTime() > (ctx.now?.getTime() ?? 0) ? { label: "Use 2 hours before their deadline", at: before } : undefined,
    });
  }
  const zone = validZone(ctx.timeZone ?? "UTC");
  const hours = ctx.businessHours ?? DEFAULT_HOURS;
  if (!withinHours(at, zone, hours)) {
    out.push({
      id: "follow-up-outside-hours",
      field: "followUpAt",
      severity: "warning",
      message: "The follow-up falls outside your business hours. Make sure someone will be there to keep it.",
    });
  }
  const window = ctx.windowHours ?? 48;
  // Counted from when someone is there to keep it: an email on Friday night can be answered on
  // Monday, and the pane's own "end of next working day" must not be called too far.
  const from = withinHours(ctx.now, zone, hours) ? ctx.now : openingAfter(ctx.now, zone, hours);
  if (at.getTime() - from.getTime() > window * 3600 * 1000) {
    out.push({
      id: "follow-up-too-far",
      field: "followUpAt",
      severity: "warning",
      message: `The follow-up is more than ${window} hours away. An upset customer needs to hear back sooner.`,
    });
  }
  return out;
}

/**
 * Reviews any apology draft, generated or typed by hand, against what makes
 * apologies fail. Reads the draft's text, so it works whatever built it.
 */
export function reviewApology(draft: ApologyDraft, context: ReviewContext = {}): Finding[] {
  const text = (draft?.text ?? "").slice(0, 50000);
  const findings: Finding[] = [];
  const lanes = laneReadiness(text, context.ownSentences, context.confirmedFix);
  const apologyAt = indexOf(APOLOGY, text);
  const ownershipAt = indexOf(OWNERSHIP, text);

  // A missing lane blocks only where the reply would fail without it: no apology and no
  // ownership at all, or no date for the next update. Otherwise it is a strong warning, because
  // people own things and fix things in more ways than any list knows.
  if (!lanes.acknowledgment)
    findings.push({
      id: "missing-acknowledgment",
      field: "acknowledgment",
      severity: "blocker",
      message: "Say sorry for the specific problem, in plain words.",
    });
  else if (apologyAt === -1)
    findings.push({
      id: "missing-acknowledgment",
      field: "acknowledgment",
      severity: "warning",
      message: "There's no apology yet. Say sorry for the specific problem.",
    });
  if (!lanes.ownership)
    findings.push({
      id: "missing-ownership",
      field: "ownership",
      severity: "warning",
      message: "Own it: say plainly that this was your mistake or fell short of your standard.",
    });
  if (!lanes.fix)
    findings.push({
      id: "missing-fix",
      field: "fix",
      severity: "warning",
      message: "Say what is already being done to fix it: a replacement, a callback, a correction, a refund review or a return visit.",
    });
  // "As soon as you confirm it, it ships" is a condition, not a vague promise.
  const vague = VAGUE_TIMING.exec(text.replace(/\bas soon as (?!possible|(?:we|i) (?:can|have|hear|know|are able)\b)/gi, "once "));
  if (!lanes.nextUpdate) {
    findings.push({
      id: "missing-next-update",
      field: "nextUpdate",
      severity: vague || !TIME_WORDS.test(text) ? "blocker" : "warning",
      message: "Say who will update the customer, and by exactly when.",
    });
  }

  for (const [re, phrase] of VAGUE_APOLOGY) {
    const m = re.exec(text);
    if (m) {
      findings.push({
        id: "vague-apology",
        field: "acknowledgment",
        severity: lanes.nextUpdate && lanes.fix ? "warning" : "blocker",
        message: `"${phrase}" sounds like a form letter. Name what went wrong instead.`,
        fix: { label: "Remove the phrase", find: m[0], replace: "sorry about what happened" },
      });
      break;
    }
  }

  // Reasons before the business has said sorry or owned anything read as excuses.
  const firstOwn = [apologyAt, ownershipAt].filter((i) => i >= 0);
  const ownedAt = firstOwn.length ? Math.min(...firstOwn) : text.length;
  const excuse = EXCUSE.exec(text.slice(0, ownedAt));
  if (excuse) {
    findings.push({
      id: "explanation-before-ownership",
      field: "explanation",
      severity: "warning",
      message: `"${excuse[0].trim()}" explains before the reply owns the problem. Say sorry and own it first, then explain briefly.`,
    });
  }
  for (const [re, phrase] of BLAME) {
    if (re.test(text)) {
      findings.push({ id: "blames-customer", field: "draft", severity: "blocker", message: `"${phrase}" puts the blame on the customer. Leave it out.` });
      break;
    }
  }

  if (vague) {
    findings.push({
      id: "vague-timing",
      field: "nextUpdate",
      severity: "warning",
      message: `"${vague[0].trim()}" is not a time. Give an exact day and time the customer can hold you to.`,
    });
  }
  findings.push(...followUpFindings(context));

  if (RESTATE.test(text)) {
    findings.push({
      id: "asks-to-restate",
      field: "draft",
      severity: "warning",
      message: "Don't ask the customer to tell it all again; they already did. Ask only for the one detail you truly lack.",
    });
  }
  for (const [re, phrase] of AUTOPILOT) {
    const m = re.exec(text);
    if (m) {
      findings.push({
        id: "autopilot-phrase",
        field: "draft",
        severity: "warning",
        message: `"${phrase}" sounds automated. Say it the way you would on the phone.`,
        fix: { label: "Remove it", find: m[0], replace: "" },
      });
    }
  }

  const sensitive = context.sensitive ?? [];
  const liability = LIABILITY.exec(text);
  if (liability && sensitive.some((s) => s.kind !== "refund")) {
    findings.push({
      id: "admits-liability",
      field: "draft",
      severity: "blocker",
      message: `"${liability[0]}" admits legal fault or promises to pay for harm. On a case like this, say sorry and act, but get advice before you accept liability or promise payment.`,
    });
  }
  const allowed = (context.allowedCompensation ?? []).map((a) => a.toLowerCase());
  for (const [re, kind] of COMPENSATION) {
    if (re.test(text) && !allowed.includes(kind)) {
      findings.push({
        id: "compensation-outside-policy",
        field: "fix",
        severity: "warning",
        message: `This promises ${KIND_ARTICLE[kind] ?? kind}, which your settings don't allow in a first reply. Offer a review instead, or check your policy.`,
      });
      break;
    }
  }

  // Words in the draft itself can show a sensitive case the reading missed (not our own "refund review").
  const draftSays = /\b(?:lawyer|attorney|solicitor|legal action|court|injur\w*|hospital|allergic reaction)\b/i.exec(text);
  if (!sensitive.length && draftSays) {
    findings.push({
      id: "sensitive-matter",
      field: "draft",
      severity: "warning",
      message: `The draft mentions "${draftSays[0]}". Keep to the facts and get advice before you admit fault or promise money.`,
    });
  }
  if (sensitive.length) {
    const kinds = [...new Set(sensitive.map((s) => SENSITIVE_NOUN[s.kind] ?? s.kind))];
    findings.push({
      id: "sensitive-matter",
      field: "draft",
      severity: "warning",
      message: `This touches ${listOf(kinds)}. ${sensitive[0]!.reason}`,
    });
  }

  const language = context.customerLanguage;
  if (language && (text.match(/\S+/g) ?? []).length >= 12) {
    const replyLanguage = detectLanguage(text);
    if (replyLanguage !== language) {
      findings.push({
        id: "wrong-language",
        field: "draft",
        severity: "warning",
        message: `The customer wrote in ${LANGUAGE_NAME[language] ?? language}, and this reply is in ${LANGUAGE_NAME[replyLanguage] ?? replyLanguage}. Answer in their language if you can.`,
      });
    }
  }

  const wordCount = (text.match(/\S+/g) ?? []).length;
  if (wordCount > TOO_LONG_WORDS)
    findings.push({
      id: "too-long",
      field: "draft",
      severity: "warning",
      message: `At ${wordCount} words this is hard to read on a phone. Aim for under ${PHONE_WORDS}.`,
    });
  else if (wordCount > PHONE_WORDS)
    findings.push({
      id: "too-long",
      field: "draft",
      severity: "tip",
      message: `At ${wordCount} words this is long for a phone screen. Aim for under ${PHONE_WORDS}.`,
    });

  if (context.kindOnlyAcknowledgment && text.includes(context.kindOnlyAcknowledgment))
    findings.push({
      id: "kind-only-acknowledgment",
      field: "acknowledgment",
      severity: "tip",
      message: "This names only the kind of problem. Add what went wrong in the customer's terms, so they can see you read their email.",
    });
  if (greetingName(text) === false) findings.push({ id: "no-greeting-name", field: "greeting", severity: "warning", message: "Greet the customer by name." });
  if (lanes.nextUpdate && context.followUpOwner !== undefined && !context.followUpOwner.trim()) {
    findings.push({ id: "no-follow-up-owner", field: "nextUpdate", severity: "warning", message: "Name the person who will follow up." });
  }
  return findings;
}

const KIND_ARTICLE: Record<string, string> = {
  refund: "a refund",
  discount: "a discount",
  credit: "a credit or voucher",
  "free service": "free service",
  "payment of their costs": "to pay their costs",
};
const SENSITIVE_NOUN: Record<SensitiveMatter["kind"], string> = {
  refund: "a refund",
  chargeback: "a chargeback",
  legal: "legal steps",
  privacy: "personal data",
  "health-safety": "health and safety",
  "property-damage": "damage to property",
  regulated: "a regulated service",
};
const LANGUAGE_NAME: Record<string, string> = { en: "English", es: "Spanish", fr: "French", de: "German", it: "Italian", pt: "Portuguese", nl: "Dutch" };

function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

import type { ApologyDraft } from "../apology/types";
import type { BusinessHours } from "../followup/quickPicks";
import { DEFAULT_HOURS, withinHours } from "../followup/quickPicks";
import { validZone } from "../apology/formatTime";
import type { SensitiveMatter } from "../types";

export type Severity = "blocker" | "warning" | "tip";

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  /** A one-click fix: replace `find` in the draft with `replace`. */
  fix?: { label: string; find: string; replace: string };
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
}

export interface Readiness {
  acknowledgment: boolean;
  ownership: boolean;
  fix: boolean;
  nextUpdate: boolean;
}

const ACK = /\b(sorry|apologi[sz]e|apology|apologies)\b/i;
const OWNERSHIP =
  /\b(our (mistake|fault|error)|my (mistake|fault|error)|on (us|me) to|it'?s on (us|me)|we own|I own|take (full )?responsibility|fell short|falls? below|(not|isn'?t|wasn'?t) the (standard|service)|did not meet|didn'?t meet|should(n'?t| not) have happened|we got (this|it) wrong|I got (this|it) wrong|we let you down|I let you down|we dropped the ball|that'?s on us)\b/i;
const FIX =
  /\b(already|we'?re (preparing|correcting|booking|sending|fixing|replacing|refunding|reviewing)|we are (preparing|correcting|booking|sending|fixing|replacing|reviewing)|(I|we)'?ve (booked|arranged|passed|sent|scheduled|issued|corrected|fixed|started|asked)|(I|we) have (booked|arranged|passed|sent|scheduled|issued|corrected|fixed|started|asked)|replacement|return visit|re-?issued|redo|I'?ll call you|I will call you|telephone you|under review|being (corrected|replaced|fixed|prepared))\b/i;
const TIME_WORDS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(:\d\d)?\s?(am|pm)|\d{1,2}:\d\d|noon|midday)\b/i;
const NEXT_UPDATE = /\b(follow up|update you|next update|get back to you|be in touch|hear from (me|us)|write to you|call you|update)\b/i;

const VAGUE_APOLOGY: [RegExp, string][] = [
  [/sorry for (the|any) inconvenience/i, "sorry for the inconvenience"],
  [/\bsorry if\b/i, "sorry if"],
  [/\bany inconvenience\b/i, "any inconvenience"],
  [/\bwe regret any\b/i, "we regret any"],
  [/\bapologi[sz]e for any\b/i, "apologise for any"],
];
const EXCUSES: [RegExp, string][] = [
  [/\bunfortunately,? due to\b/i, "unfortunately due to"],
  [/\bas per our policy\b/i, "as per our policy"],
  [/\bour supplier\b/i, "our supplier"],
  [/\bbeyond our control\b/i, "beyond our control"],
  [/\bdue to (high|unexpected|unforeseen) (demand|volume|circumstances)\b/i, "due to high demand"],
];
const BLAME: [RegExp, string][] = [
  [/\byou should have\b/i, "you should have"],
  [/\byou (failed|forgot) to\b/i, "you failed to"],
  [/\bif you had\b/i, "if you had"],
];
const VAGUE_TIMING = /\b(soon|shortly|asap|as soon as possible|in due course|at (the|our) earliest( convenience)?|in the coming days|in a few days|when we can|at some point)\b/i;
const RESTATE =
  /\b(can|could|would) you (please )?(tell|explain to|let) (us|me) (know )?(what|how) (happened|went wrong)|(please )?(provide|send|give) (us|me) (more )?(details|information) (about|on|of) (what|the issue|the problem)|describe (the|your) (issue|problem)|can you (please )?explain what happened\b/i;
const AUTOPILOT: [RegExp, string][] = [
  [/\bvalued customer\b/i, "valued customer"],
  [/\bwe take (this|these|your \w+) (very |extremely )?seriously\b/i, "we take this very seriously"],
  [/\byour feedback is (very )?important\b/i, "your feedback is important"],
  [/\byour satisfaction is our (top |number one |#1 )?priority\b/i, "your satisfaction is our priority"],
  [/\b(please )?do not hesitate to\b/i, "do not hesitate to"],
  [/\brest assured\b/i, "rest assured"],
  [/\bwe strive to\b/i, "we strive to"],
];
const COMPENSATION: [RegExp, string][] = [
  [/\b(we|I)('ll| will| are going to| have) (give you |issue |process )?(a )?(full )?refund\b|\bfull refund\b|\bmoney back\b/i, "refund"],
  [/\b\d{1,3} ?(%|percent) (off|discount)\b|\bdiscount of\b|\b(we|I)('ll| will) (give|offer) you a discount\b/i, "discount"],
  [/\bvoucher\b|\bgift card\b|\bcredit of\b|\baccount credit\b/i, "credit"],
  [/\bfree of charge\b|\bon the house\b|\bcomplimentary\b|\bno charge\b|\bat no cost\b/i, "free service"],
];

const PHONE_WORDS = 180;
const TOO_LONG_WORDS = 300;

function indexOf(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Which of the four lanes the draft's text covers, whoever wrote it. */
export function laneReadiness(text: string): Readiness {
  return {
    acknowledgment: ACK.test(text),
    ownership: OWNERSHIP.test(text),
    fix: FIX.test(text),
    nextUpdate: TIME_WORDS.test(text) && NEXT_UPDATE.test(text),
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
    out.push({ id: "follow-up-in-past", severity: "blocker", message: "The follow-up time has already passed. Pick a time you can still keep." });
    return out;
  }
  if (!withinHours(at, validZone(ctx.timeZone ?? "UTC"), ctx.businessHours ?? DEFAULT_HOURS)) {
    out.push({ id: "follow-up-outside-hours", severity: "warning", message: "The follow-up falls outside your business hours. Make sure someone will be there to keep it." });
  }
  const window = ctx.windowHours ?? 48;
  if (at.getTime() - ctx.now.getTime() > window * 3600 * 1000) {
    out.push({ id: "follow-up-too-far", severity: "warning", message: `The follow-up is more than ${window} hours away. An upset customer needs to hear back sooner.` });
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
  const lanes = laneReadiness(text);

  if (!lanes.acknowledgment) findings.push({ id: "missing-acknowledgment", severity: "blocker", message: "Say sorry for the specific problem, in plain words." });
  if (!lanes.ownership) findings.push({ id: "missing-ownership", severity: "blocker", message: "Own it: say plainly that this fell short of your standard." });
  if (!lanes.fix) findings.push({ id: "missing-fix", severity: "blocker", message: "Name the fix that is already under way (replacement, callback, correction, refund review, redo)." });
  if (!lanes.nextUpdate) findings.push({ id: "missing-next-update", severity: "blocker", message: "Say who will update the customer, and by exactly when." });

  for (const [re, phrase] of VAGUE_APOLOGY) {
    const m = re.exec(text);
    if (m) {
      findings.push({
        id: "vague-apology",
        severity: lanes.nextUpdate && lanes.fix ? "warning" : "blocker",
        message: `"${phrase}" sounds like a form letter. Name what went wrong instead.`,
        fix: { label: "Remove the phrase", find: m[0], replace: "sorry about what happened" },
      });
      break;
    }
  }

  const ownershipAt = indexOf(OWNERSHIP, text);
  for (const [re, phrase] of EXCUSES) {
    const at = indexOf(re, text);
    if (at !== -1 && (ownershipAt === -1 || at < ownershipAt)) {
      findings.push({ id: "explanation-before-ownership", severity: "warning", message: `"${phrase}" explains before it owns the problem. Take ownership first, then explain briefly.` });
      break;
    }
  }
  for (const [re, phrase] of BLAME) {
    if (re.test(text)) {
      findings.push({ id: "blames-customer", severity: "blocker", message: `"${phrase}" puts the blame on the customer. Leave it out.` });
      break;
    }
  }

  const vague = VAGUE_TIMING.exec(text);
  if (vague) {
    findings.push({ id: "vague-timing", severity: "warning", message: `"${vague[0]}" is not a time. Give an exact day and time the customer can hold you to.` });
  }
  findings.push(...followUpFindings(context));

  if (RESTATE.test(text)) {
    findings.push({ id: "asks-to-restate", severity: "warning", message: "Don't ask the customer to explain again; they already told you. Ask only for the one detail you truly lack." });
  }
  for (const [re, phrase] of AUTOPILOT) {
    const m = re.exec(text);
    if (m) {
      findings.push({ id: "autopilot-phrase", severity: "warning", message: `"${phrase}" sounds automated. Say it the way you would on the phone.`, fix: { label: "Remove it", find: m[0], replace: "" } });
    }
  }

  const allowed = (context.allowedCompensation ?? []).map((a) => a.toLowerCase());
  for (const [re, kind] of COMPENSATION) {
    if (re.test(text) && !allowed.includes(kind)) {
      findings.push({ id: "compensation-outside-policy", severity: "warning", message: `This promises a ${kind}, which your settings don't allow in a first reply. Offer a review instead, or check your policy.` });
      break;
    }
  }

  const sensitive = context.sensitive ?? [];
  const draftSensitive = /\b(refund|chargeback|lawyer|attorney|legal|allerg\w*|injur\w*|privacy|personal data|insurance)\b/i.test(text);
  if (sensitive.length || draftSensitive) {
    const kinds = sensitive.map((s) => s.kind.replace("-", " and ")).join(", ");
    findings.push({
      id: "sensitive-matter",
      severity: "warning",
      message: `This touches ${kinds || "refunds, legal or safety matters"}. Rules differ by state: check refunds, regulated services, privacy and complaint-handling duties with your attorney or accountant before you promise anything.`,
    });
  }

  const wordCount = (text.match(/\S+/g) ?? []).length;
  if (wordCount > TOO_LONG_WORDS) findings.push({ id: "too-long", severity: "warning", message: `At ${wordCount} words this is hard to read on a phone. Aim for under ${PHONE_WORDS}.` });
  else if (wordCount > PHONE_WORDS) findings.push({ id: "too-long", severity: "tip", message: `At ${wordCount} words this is long for a phone screen. Aim for under ${PHONE_WORDS}.` });

  if (greetingName(text) === false) findings.push({ id: "no-greeting-name", severity: "warning", message: "Greet the customer by name." });
  if (lanes.nextUpdate && context.followUpOwner !== undefined && !context.followUpOwner.trim()) {
    findings.push({ id: "no-follow-up-owner", severity: "warning", message: "Name the person who will follow up." });
  }
  return findings;
}

import { DEFAULT_HOURS, quickPicks, type BusinessHours } from "../followup/quickPicks";
import type { ComplaintAnalysis } from "../types";
import { seedOf } from "./acknowledge";
import { DRAFT_LANGUAGES, type DraftLanguage } from "./language/types";
import { suggestMove } from "./recoveryMoves";
import type { ApologyInput, BusinessSettings, RecoveryMoveId } from "./types";

/** What the pane starts from: the composer's input, and the one-click suggestions beside it. */
export interface DraftSuggestion {
  /** "reply" when the email is not a complaint: a plain reply, no apology. */
  kind: "apology" | "reply";
  /** The customer's language when we can write in it, else English. */
  language: DraftLanguage;
  /** The draft as the pane first shows it. It states no fix and no time: the user gives those. */
  input: ApologyInput;
  /** The move that answers what the customer asked for, offered as one click. */
  suggestedMove: RecoveryMoveId;
  /** A follow-up time worth offering first (before the customer's deadline), or null. */
  suggestedFollowUpAt: Date | null;
}

export interface SuggestOptions {
  now: Date;
  /** Who follows up; the signer by default. */
  owner?: string;
  businessHours?: BusinessHours;
  originalSubject?: string;
}

/**
 * The default draft for an email, from the reading alone. It never states that anything is
 * booked, sent, refunded or scheduled, and carries no promise time: those come from the user,
 * who gets the suggested move and time as one-click choices.
 */
export function suggestDraft(analysis: ComplaintAnalysis, settings: BusinessSettings, options: SuggestOptions): DraftSuggestion {
  const kind = analysis.isComplaint ? "apology" : "reply";
  const language = (DRAFT_LANGUAGES as readonly string[]).includes(analysis.language) ? (analysis.language as DraftLanguage) : "en";
  const suggestedMove = suggestMove(analysis.failureType, analysis.requestedRemedy);
  const input: ApologyInput = {
    kind,
    customerFirstName: analysis.customerFirstName,
    summary: analysis.summary,
    reading:
      kind === "apology"
        ? {
            failureType: analysis.failureType,
            issues: analysis.issues,
            repeat: analysis.repeat,
            reference: analysis.references[0],
            object: analysis.issueObject ?? undefined,
            statement: analysis.statement,
            language: analysis.language,
            seed: seedOf(analysis.latestMessage),
            careful: analysis.sensitive.some((s) => s.kind === "health-safety"),
            also: analysis.alsoIssue,
          }
        : undefined,
    fix: { move: suggestedMove, detail: "", confirmed: false },
    nextUpdate: { owner: options.owner ?? settings.signerName, at: null },
    originalSubject: options.originalSubject,
    tone: settings.tone,
  };
  return { kind, language, input, suggestedMove, suggestedFollowUpAt: kind === "apology" ? suggestedTime(analysis, settings, options) : null };
}

/** The first time to offer: two hours before the customer's deadline when that comes first, else the end of today. */
function suggestedTime(analysis: ComplaintAnalysis, settings: BusinessSettings, options: SuggestOptions): Date | null {
  const deadline = analysis.customerDeadline?.date;
  const picks = quickPicks(options.now, settings.timeZone, deadline, options.businessHours ?? DEFAULT_HOURS);
  const allowed = picks.filter((p) => !deadline || p.at.getTime() <= deadline.getTime());
  return (allowed.find((p) => p.id === "end-of-today") ?? allowed[0])?.at ?? null;
}

import type { FailureType, RequestedRemedy } from "../types";
import type { RecoveryMoveId, Tone } from "./types";

export interface RecoveryMove {
  id: RecoveryMoveId;
  label: string;
  /** What the detail line asks for. */
  detailLabel: string;
  detailPlaceholder: string;
  /** The sentence for the fix lane, built from the detail the user gave. */
  sentence: (detail: string, tone: Tone) => string;
}

function clause(detail: string): string {
  return detail.trim().replace(/[.\s]+$/, "");
}

export const RECOVERY_MOVES: readonly RecoveryMove[] = [
  {
    id: "replacement",
    label: "Replacement",
    detailLabel: "What is replaced, and when it arrives",
    detailPlaceholder: "e.g. a corrected vegan tray, delivered by 11:30 AM",
    sentence: (d, tone) =>
      d.trim()
        ? `${tone === "formal" ? "We have already begun preparing a replacement" : "We're already preparing a replacement"}: ${clause(d)}.`
        : `${tone === "formal" ? "We have already begun preparing a replacement for you." : "We're already preparing a replacement for you."}`,
  },
  {
    id: "callback",
    label: "Callback",
    detailLabel: "When we will call",
    detailPlaceholder: "e.g. this afternoon before 4 PM",
    sentence: (d, tone) =>
      d.trim()
        ? `${tone === "formal" ? "I have arranged to telephone you" : "I'll call you"} ${clause(d)} to go through the fix with you.`
        : `${tone === "formal" ? "I have arranged to telephone you" : "I'll call you"} to go through the fix with you.`,
  },
  {
    id: "correction",
    label: "Correction",
    detailLabel: "What is being corrected",
    detailPlaceholder: "e.g. the invoice, re-issued without the duplicate charge",
    sentence: (d, tone) =>
      d.trim()
        ? `${tone === "formal" ? "We are correcting this now" : "We're correcting it now"}: ${clause(d)}.`
        : `${tone === "formal" ? "We are correcting the error now." : "We're correcting the mistake now."}`,
  },
  {
    id: "refund-review",
    label: "Refund review",
    detailLabel: "Who decides, and by when",
    detailPlaceholder: "e.g. our manager, Sam, by Thursday",
    sentence: (d, tone) =>
      d.trim()
        ? `${tone === "formal" ? "Your refund request is under review by" : "I've passed your refund request to"} ${clause(d)}${tone === "formal" ? "." : ", who is reviewing it now."}`
        : `${tone === "formal" ? "Your refund request is now under review." : "I've already passed your refund request on for review."}`,
  },
  {
    id: "service-redo",
    label: "Service redo",
    detailLabel: "When we come back",
    detailPlaceholder: "e.g. Saturday morning, at no charge",
    sentence: (d, tone) =>
      d.trim()
        ? `${tone === "formal" ? "We have scheduled a return visit to complete the work properly" : "We've booked a return visit to put the work right"}: ${clause(d)}.`
        : `${tone === "formal" ? "We are scheduling a return visit to complete the work properly." : "We're booking a return visit to put the work right."}`,
  },
  {
    id: "other",
    label: "Other",
    detailLabel: "What we are doing",
    detailPlaceholder: "Describe the step already under way",
    sentence: (d) => (d.trim() ? `${clause(d).charAt(0).toUpperCase()}${clause(d).slice(1)}.` : ""),
  },
];

export function recoveryMove(id: RecoveryMoveId): RecoveryMove {
  return RECOVERY_MOVES.find((m) => m.id === id) ?? RECOVERY_MOVES[RECOVERY_MOVES.length - 1]!;
}

/** The move that best answers what went wrong and what the customer asked for. */
export function suggestMove(failure: FailureType, remedy: RequestedRemedy): RecoveryMoveId {
  switch (remedy) {
    case "refund":
    case "discount":
      return "refund-review";
    case "replacement":
      return "replacement";
    case "redo":
      return "service-redo";
    case "callback":
    case "explanation":
      return "callback";
    default:
      break;
  }
  switch (failure) {
    case "quality":
      return "service-redo";
    case "execution":
      return "correction";
    case "communication":
    case "timing":
      return "callback";
    default:
      return "callback";
  }
}

import type { ComplaintAnalysis, RecoveryMoveId, Tone } from "../../core";
import { suggestMove } from "../../core";

/** Everything the user can edit. A lane left `undefined` follows our suggested wording. */
export interface PaneFields {
  summary: string;
  customerFirstName: string;
  acknowledgment?: string;
  ownership?: string;
  /** Optional short "what happened"; the draft places it after ownership. */
  explanation?: string;
  move: RecoveryMoveId;
  moveDetail: string;
  owner: string;
  /** The promised follow-up time, as an ISO string so it survives storage. */
  followUpAt: string | null;
  tone: Tone;
  replyMode: "reply" | "replyAll";
}

export type FieldAction =
  | { type: "set"; field: keyof PaneFields; value: PaneFields[keyof PaneFields] }
  | { type: "reset-lane"; lane: "acknowledgment" | "ownership" }
  | { type: "replace"; fields: PaneFields };

export function initialFields(analysis: ComplaintAnalysis, owner: string, tone: Tone, followUpAt: Date | null, deadlineText = ""): PaneFields {
  const move = suggestMove(analysis.failureType, analysis.requestedRemedy);
  return {
    summary: analysis.summary,
    customerFirstName: analysis.customerFirstName,
    move,
    moveDetail: deadlineText ? deadlineDetail(move, deadlineText) : "",
    owner,
    followUpAt: followUpAt ? followUpAt.toISOString() : null,
    tone,
    replyMode: "reply",
  };
}

/** The fix's detail line, pre-filled to meet the deadline the customer gave. */
function deadlineDetail(move: RecoveryMoveId, when: string): string {
  switch (move) {
    case "replacement":
      return `it will reach you before ${when}`;
    case "service-redo":
      return `before ${when}`;
    case "callback":
      return `well before ${when}`;
    default:
      return "";
  }
}

export function fieldsReducer(state: PaneFields, action: FieldAction): PaneFields {
  switch (action.type) {
    case "set":
      return { ...state, [action.field]: action.value };
    case "reset-lane": {
      const next = { ...state };
      delete next[action.lane];
      return next;
    }
    case "replace":
      return action.fields;
    default:
      return state;
  }
}

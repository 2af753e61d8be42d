import type { DraftLanguage, DraftSuggestion, RecoveryMoveId, Tone } from "../../core";

/** Everything the user can edit. A lane left `undefined` follows our suggested wording. */
export interface PaneFields {
  summary: string;
  customerFirstName: string;
  acknowledgment?: string;
  ownership?: string;
  /** Optional short "what happened"; the draft places it after ownership. */
  explanation?: string;
  move: RecoveryMoveId;
  /** False until the user picks a move or types a detail: until then the draft claims no fix. */
  moveConfirmed: boolean;
  moveDetail: string;
  owner: string;
  /** The promised follow-up time, as an ISO string so it survives storage. Null until the user picks one. */
  followUpAt: string | null;
  tone: Tone;
  language: DraftLanguage;
  replyMode: "reply" | "replyAll";
}

export type FieldAction =
  | { type: "set"; field: keyof PaneFields; value: PaneFields[keyof PaneFields] }
  | { type: "reset-lane"; lane: "acknowledgment" | "ownership" }
  | { type: "replace"; fields: PaneFields };

/** The pane's fields for a new email: the core's suggestion, with no fix chosen and no time. */
export function initialFields(suggestion: DraftSuggestion): PaneFields {
  const { input } = suggestion;
  return {
    summary: input.summary,
    customerFirstName: input.customerFirstName,
    move: suggestion.suggestedMove,
    moveConfirmed: false,
    moveDetail: "",
    owner: input.nextUpdate.owner,
    followUpAt: null,
    tone: input.tone ?? "warm",
    language: suggestion.language,
    replyMode: "reply",
  };
}

export function fieldsReducer(state: PaneFields, action: FieldAction): PaneFields {
  switch (action.type) {
    case "set": {
      const next = { ...state, [action.field]: action.value };
      // Choosing a move or typing what is being done is the user confirming the fix.
      if (action.field === "move" || (action.field === "moveDetail" && String(action.value).trim())) next.moveConfirmed = true;
      return next;
    }
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

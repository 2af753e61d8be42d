import { DRAFT_LANGUAGES, RECOVERY_MOVES, type DraftLanguage, type RecoveryMoveId, type Tone } from "../../core";
import type { PaneFields } from "./paneState";

const PREFIX = "make-it-right:draft:";
const MAX_DRAFTS = 30;
const TONES: Tone[] = ["warm", "neutral", "formal"];
const MAX_TEXT = 5000;

export interface LoadedDraft {
  fields: PaneFields;
  /** Parts of the stored draft that were unreadable and dropped, in words the pane can show. */
  dropped: string[];
}

// The words the pane uses for each field, for the message about what was reset.
const FIELD_WORDS: Record<string, string> = {
  summary: "the summary",
  customerFirstName: "the first name",
  acknowledgment: "the acknowledgment",
  ownership: "the ownership sentence",
  explanation: "what happened",
  move: "the fix",
  moveDetail: "the fix's detail",
  owner: "who follows up",
  followUpAt: "the follow-up time",
  tone: "the tone",
  language: "the draft language",
  replyMode: "who the reply goes to",
};

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, MAX_TEXT) : undefined);

/**
 * A stored draft read field by field against the fields a fresh draft would have: what is
 * readable is kept, what is not (an old format, a corrupted value) falls back and is named.
 */
export function validateDraft(raw: unknown, fresh: PaneFields): LoadedDraft | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const dropped: string[] = [];
  const pick = <T>(name: string, value: T | undefined, fallback: T, present = r[name] !== undefined): T => {
    if (value !== undefined) return value;
    if (present) dropped.push(name);
    return fallback;
  };
  const moveIds = RECOVERY_MOVES.map((m) => m.id) as string[];
  const at = typeof r.followUpAt === "string" && !isNaN(Date.parse(r.followUpAt)) ? new Date(r.followUpAt).toISOString() : undefined;
  const fields: PaneFields = {
    summary: pick("summary", text(r.summary), fresh.summary),
    customerFirstName: pick("customerFirstName", text(r.customerFirstName), fresh.customerFirstName),
    move: pick("move", moveIds.includes(r.move as string) ? (r.move as RecoveryMoveId) : undefined, fresh.move),
    // Drafts saved before the fix needed confirming had it chosen already.
    moveConfirmed: typeof r.moveConfirmed === "boolean" ? r.moveConfirmed : r.move !== undefined,
    moveDetail: pick("moveDetail", text(r.moveDetail), fresh.moveDetail),
    owner: pick("owner", text(r.owner), fresh.owner),
    followUpAt: r.followUpAt === null ? null : pick("followUpAt", at, fresh.followUpAt),
    tone: pick("tone", TONES.includes(r.tone as Tone) ? (r.tone as Tone) : undefined, fresh.tone),
    language: pick(
      "language",
      (DRAFT_LANGUAGES as readonly string[]).includes(r.language as string) ? (r.language as DraftLanguage) : undefined,
      "en",
      r.language !== undefined,
    ),
    replyMode: pick("replyMode", r.replyMode === "reply" || r.replyMode === "replyAll" ? r.replyMode : undefined, fresh.replyMode),
  };
  for (const lane of ["acknowledgment", "ownership", "explanation"] as const) {
    const v = text(r[lane]);
    if (v !== undefined) fields[lane] = v;
    else if (r[lane] !== undefined) dropped.push(lane);
  }
  return { fields, dropped: dropped.map((d) => FIELD_WORDS[d] ?? d) };
}

/**
 * Keeps what the user typed per conversation in the pane's local storage, so
 * closing the pane or switching emails never loses it. Storage can be blocked
 * (private windows, strict policies); then it quietly does nothing.
 */
export const draftStore = {
  load(key: string, fresh: PaneFields): LoadedDraft | null {
    try {
      const raw = window.localStorage.getItem(PREFIX + key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as { fields?: unknown };
      return validateDraft(parsed?.fields, fresh);
    } catch {
      return null;
    }
  },
  save(key: string, fields: PaneFields, savedAt: number): boolean {
    try {
      window.localStorage.setItem(PREFIX + key, JSON.stringify({ fields, savedAt }));
      this.prune();
      return true;
    } catch {
      return false;
    }
  },
  prune(): void {
    const entries: { key: string; savedAt: number }[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (!k || !k.startsWith(PREFIX)) continue;
      try {
        entries.push({ key: k, savedAt: (JSON.parse(window.localStorage.getItem(k) ?? "{}") as { savedAt?: number }).savedAt ?? 0 });
      } catch {
        entries.push({ key: k, savedAt: 0 });
      }
    }
    entries.sort((a, b) => b.savedAt - a.savedAt);
    for (const e of entries.slice(MAX_DRAFTS)) window.localStorage.removeItem(e.key);
  },
};

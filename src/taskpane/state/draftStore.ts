import type { PaneFields } from "./paneState";

const PREFIX = "make-it-right:draft:";
const MAX_DRAFTS = 30;

/**
 * Keeps what the user typed per conversation in the pane's local storage, so
 * closing the pane or switching emails never loses it. Storage can be blocked
 * (private windows, strict policies); then it quietly does nothing.
 */
export const draftStore = {
  load(key: string): PaneFields | null {
    try {
      const raw = window.localStorage.getItem(PREFIX + key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as { fields?: PaneFields };
      return parsed.fields && typeof parsed.fields.summary === "string" ? parsed.fields : null;
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

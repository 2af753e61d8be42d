import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { DraftSuggestion } from "../../core";
import type { Notice } from "../notices";
import { draftStore } from "./draftStore";
import { fieldsReducer, initialFields, type PaneFields } from "./paneState";

/**
 * The fields the user edits for one email: restored from this device when they started before
 * (field by field, a bad value dropped and named), saved as they type, and flushed at once when
 * the pane moves on (another email, another tab, the page closing), so nothing typed is lost.
 */
export function useDraftFields(draftKey: string, suggestion: DraftSuggestion, now: () => Date, notify: (n: Notice) => void) {
  const [saved] = useState(() => draftStore.load(draftKey, initialFields(suggestion)));
  const [fields, dispatch] = useReducer(fieldsReducer, undefined, () => saved?.fields ?? initialFields(suggestion));
  const first = useRef(fields);
  const pending = useRef<PaneFields | null>(null);
  const warned = useRef(false);

  const [initial] = useState<Notice[]>(() =>
    saved?.dropped.length
      ? [
          {
            id: "draft-repaired",
            intent: "warning",
            title: "Part of your saved draft couldn't be read.",
            body: `Your earlier text is back; we reset: ${saved.dropped.join(", ")}.`,
          },
        ]
      : [],
  );

  useEffect(() => {
    // A repaired draft already has its own notice, which says the text is back.
    if (saved && !saved.dropped.length)
      notify({ id: "restored", intent: "info", title: "Draft restored.", body: "You had started this apology earlier; your text is back." });
    // Once, when the pane opens on this email.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const flush = () => {
      if (pending.current) draftStore.save(draftKey, pending.current, now().getTime());
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [draftKey, now]);

  useEffect(() => {
    if (fields !== first.current) pending.current = fields;
    const t = setTimeout(() => {
      pending.current = null;
      if (draftStore.save(draftKey, fields, now().getTime())) return;
      // Try once more, then say so (once).
      setTimeout(() => {
        if (draftStore.save(draftKey, fields, now().getTime()) || warned.current) return;
        warned.current = true;
        notify({
          id: "autosave",
          intent: "warning",
          title: "Your draft isn't being saved on this device.",
          body: "The browser blocked storage. Keep the pane open until you've inserted the reply, or copy the draft.",
        });
      }, 1000);
    }, 300);
    return () => clearTimeout(t);
  }, [fields, draftKey, now, notify]);

  const set = useCallback(<K extends keyof PaneFields>(field: K, value: PaneFields[K]) => dispatch({ type: "set", field, value }), []);
  const resetLane = useCallback((lane: "acknowledgment" | "ownership") => dispatch({ type: "reset-lane", lane }), []);
  return { fields, set, resetLane, initialNotices: initial };
}

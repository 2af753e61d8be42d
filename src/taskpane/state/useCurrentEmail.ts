import { useCallback, useEffect, useRef, useState } from "react";
import type { CurrentItem, MailboxPort } from "../../core";
import { laterDeadline, readAndAnalyse, type Loaded } from "../workflows/readEmail";

/**
 * The open email, read and analysed, and read again when a pinned pane moves to another one.
 * `generation` changes on every read, so the apology view starts afresh for each email.
 */
export function useCurrentEmail(mailbox: MailboxPort, clock: () => Date, firstRead?: Promise<CurrentItem | null>) {
  const [state, setState] = useState<Loaded>({ kind: "loading" });
  const [generation, setGeneration] = useState(0);
  const pendingFirstRead = useRef(firstRead);

  const load = useCallback(async () => {
    setState((s) => (s.kind === "loading" ? s : { kind: "loading" }));
    const early = pendingFirstRead.current;
    pendingFirstRead.current = undefined;
    const loaded = await readAndAnalyse(mailbox, clock(), early);
    setState(loaded);
    if (loaded.kind !== "ready") return;
    setGeneration((g) => g + 1);
    // The date parser comes after first paint; only the email still open gets its deadline, and
    // what the user typed lives in the pane's fields, untouched.
    const deadline = await laterDeadline(loaded);
    if (deadline) setState((s) => (s.kind === "ready" && s.key === loaded.key ? { ...s, analysis: { ...s.analysis, customerDeadline: deadline } } : s));
  }, [mailbox, clock]);

  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    // Registered once per mailbox: a pinned pane re-reads when the user picks another email.
    mailbox.onItemChanged(() => void latestLoad.current());
  }, [mailbox]);
  return { state, generation, reload: load };
}

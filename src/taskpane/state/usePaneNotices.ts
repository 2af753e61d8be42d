import { useCallback, useState } from "react";
import { earlierComplaints, repeatComplaintMessage, type ComplaintAnalysis, type CurrentItem, type RecoveryRecord } from "../../core";
import { analysisNotices } from "../components/Notices";
import type { Notice } from "../notices";

/** What the user should know before writing: a repeat complaint first, then what the reading found. */
export function openingNotices(records: RecoveryRecord[], analysis: ComplaintAnalysis, openedAt: Date, item: CurrentItem): Notice[] {
  const repeat = repeatComplaintMessage(earlierComplaints(records, analysis.customerEmail, openedAt, item.conversationId));
  const first: Notice[] = repeat ? [{ id: "repeat", intent: "warning", title: repeat, body: "See Open promises for what was promised before." }] : [];
  return [...first, ...analysisNotices(analysis)];
}

/** One status area: the newest outcome first, at most four, each dismissable. */
export function usePaneNotices(initial: () => Notice[]) {
  const [notices, setNotices] = useState<Notice[]>(initial);
  const notify = useCallback((n: Notice) => setNotices((list) => [n, ...list.filter((x) => x.id !== n.id)].slice(0, 4)), []);
  const dismiss = useCallback((id: string) => setNotices((list) => list.filter((x) => x.id !== id)), []);
  return { notices, notify, dismiss };
}

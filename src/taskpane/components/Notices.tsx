import { MessageBar, MessageBarBody, MessageBarTitle, MessageBarActions, Button } from "@fluentui/react-components";
import { useState } from "react";
import type { ComplaintAnalysis } from "../../core";

import type { Notice } from "../notices";
export type { Notice } from "../notices";

/**
 * The status area. With `single`, only the newest message shows as a bar; earlier ones wait behind
 * "Show n earlier messages", so the area never grows into a stack.
 */
export function NoticeList({ notices, onDismiss, single }: { notices: Notice[]; onDismiss?: (id: string) => void; single?: boolean }) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [all, setAll] = useState(false);
  if (!notices.length) return null;
  // One-line cautions (folded) stay in view; of the rest, only the newest.
  const newest = notices.find((n) => !n.folded);
  const shown = single && !all ? notices.filter((n) => n.folded || n === newest) : notices;
  const hidden = notices.length - shown.length;
  return (
    <div aria-live="polite" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      {single && notices.length > 1 && (
        <Button size="small" appearance="transparent" style={{ alignSelf: "flex-start" }} aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? "Show only the latest message" : `Show ${hidden} earlier message${hidden === 1 ? "" : "s"}`}
        </Button>
      )}
      {shown.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{n.title}</MessageBarTitle> {!n.folded || open[n.id] ? n.body : null}
          </MessageBarBody>
          {(n.action || onDismiss || n.folded) && (
            <MessageBarActions>
              {n.folded && (
                <Button size="small" aria-expanded={!!open[n.id]} onClick={() => setOpen((o) => ({ ...o, [n.id]: !o[n.id] }))}>
                  {open[n.id] ? "Less" : "What to check"}
                </Button>
              )}
              {n.action && (
                <Button size="small" onClick={n.action.run}>
                  {n.action.label}
                </Button>
              )}
              {onDismiss && (
                <Button size="small" appearance="subtle" onClick={() => onDismiss(n.id)}>
                  Dismiss
                </Button>
              )}
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}

/** What the analysis wants the user to know before writing. */
export function analysisNotices(analysis: ComplaintAnalysis): Notice[] {
  const out: Notice[] = [];
  if (!analysis.latestMessage) {
    out.push({
      id: "empty",
      intent: "warning",
      title: "No message text found.",
      body: "This email has no text we could read. You can still write the apology yourself below.",
    });
  } else if (!analysis.isComplaint) {
    out.push({
      id: "not-complaint",
      intent: "info",
      title: "This doesn't read like a complaint.",
      body: "So the draft below is a plain reply, with no apology. Make It Right is for complaints: if this is one, write what went wrong in the summary and the acknowledgment.",
    });
  }
  if (analysis.sensitive.length) {
    out.push({
      id: "sensitive",
      intent: "warning",
      title: "Check before you promise.",
      body: analysis.sensitive.map((s) => s.reason).join(" "),
      // One line until the user opens it: the summary, not the caution, should fill the first screen.
      folded: true,
    });
  }
  if (analysis.truncated) {
    out.push({
      id: "truncated",
      intent: "info",
      title: "Very long email.",
      body: "Only the first part was read so the pane stays quick. Check the summary against the email.",
    });
  }
  return out;
}

import { Button, Field, Text, tokens } from "@fluentui/react-components";
import type { MailboxCapabilities, Readiness, ReplyMode } from "../../core";

import { Choice } from "./Choice";
import { LANE_NAMES } from "./laneNames";

interface Props {
  caps: MailboxCapabilities;
  replyMode: ReplyMode;
  onReplyMode: (mode: ReplyMode) => void;
  busy: "" | "reply" | "followup";
  blockers: number;
  /** The four lanes, shown here so they are on the first screen with the primary action. */
  readiness: Readiness;
  onInsert: () => void;
  onFollowUp: () => void;
  onCopy: () => void;
}

/** The pane's actions, kept in view at the bottom while the user scrolls through the draft. */
export function ActionsBar({ caps, replyMode, onReplyMode, busy, blockers, readiness, onInsert, onFollowUp, onCopy }: Props) {
  return (
    <div
      role="group"
      aria-label="Actions"
      style={{ display: "flex", flexDirection: "column", gap: 8, position: "sticky", bottom: 0, background: tokens.colorNeutralBackground2, padding: "8px 0" }}
    >
      {caps.canOpenReplyForm && (
        <Field label="Reply to">
          {(fieldProps) => (
            <Choice {...fieldProps} value={replyMode} onChange={(v) => onReplyMode(v === "replyAll" ? "replyAll" : "reply")}>
              <option value="reply">Sender only</option>
              <option value="replyAll">Everyone on the email</option>
            </Choice>
          )}
        </Field>
      )}
      <div aria-label="Four parts ready" role="group" style={{ display: "flex", gap: 8, flexWrap: "wrap", fontSize: 12 }}>
        {LANE_NAMES.map(({ key, short: name }) => (
          <span key={key} style={{ color: readiness[key] ? tokens.colorPaletteGreenForeground1 : tokens.colorPaletteRedForeground1 }}>
            {readiness[key] ? "✓" : "✗"} {name}
          </span>
        ))}
      </div>
      <Button appearance="primary" onClick={onInsert} disabled={busy !== ""}>
        Insert into reply
      </Button>
      {blockers > 0 && (
        <span style={{ fontSize: 12, color: tokens.colorPaletteRedForeground1 }}>
          {blockers === 1 ? "The coach has 1 thing to fix first." : `The coach has ${blockers} things to fix first.`} You can still insert.
        </span>
      )}
      <Button onClick={onFollowUp} disabled={busy !== ""}>
        Add follow-up to calendar
      </Button>
      {busy && (
        // Signing in or waiting out a busy Microsoft 365 can take seconds: say what's happening.
        <Text role="status" aria-live="polite" size={200}>
          {busy === "reply" ? "Opening the reply…" : caps.canCreateCalendarEvent ? "Adding the follow-up to your calendar…" : "Opening the appointment…"}
        </Text>
      )}
      <Button appearance="subtle" onClick={onCopy}>
        Copy draft
      </Button>
    </div>
  );
}

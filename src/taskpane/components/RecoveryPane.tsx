import { tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  EN,
  parseFollowUpTime,
  quickPicks,
  suggestDraft,
  type ComplaintAnalysis,
  type CurrentItem,
  type MailboxPort,
  type RecoveryRecord,
  type TeamSettings,
} from "../../core";
import { copyText } from "../clipboard";
import { useDateParser } from "../dateParser";
import { useLanguagePack } from "../languagePacks";
import { mark } from "../marks";
import { userTime } from "../userTime";
import type { Notice } from "../notices";
import { applyFinding } from "../state/applyFinding";
import { useCoachedDraft } from "../state/useCoachedDraft";
import { useDraftFields } from "../state/useDraftFields";
import { openingNotices, usePaneNotices } from "../state/usePaneNotices";
import { addFollowUp } from "../workflows/followUp";
import type { SaveRecords } from "../workflows/records";
import { copyDraft, insertDraft } from "../workflows/reply";
import { ActionsBar } from "./ActionsBar";
import { CoachPanel } from "./CoachPanel";
import { IssueSection } from "./IssueSection";
import { LanesSection } from "./LanesSection";
import { NoticeList } from "./Notices";
import { Preview } from "./Preview";

export { FOLLOW_UP_CATEGORY } from "../workflows/promises";

interface Props {
  mailbox: MailboxPort;
  item: CurrentItem;
  analysis: ComplaintAnalysis;
  settings: TeamSettings;
  /** When the pane opened on this item; quick picks are relative to it. */
  openedAt: Date;
  clock: () => Date;
  draftKey: string;
  records: RecoveryRecord[];
  saveRecords: SaveRecords;
}

const rule = { border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: "100%", margin: 0 };

/** One email's apology: what went wrong, the four lanes, the coach, the preview and the actions. */
export function RecoveryPane({ mailbox, item, analysis, settings, openedAt, clock, draftKey, records, saveRecords }: Props) {
  const picks = useMemo(
    () => quickPicks(openedAt, settings.timeZone, analysis.customerDeadline?.date, settings.businessHours),
    [openedAt, settings.timeZone, settings.businessHours, analysis],
  );
  // The core's default draft: no fix claimed and no time promised until the user gives them.
  const [suggestion] = useState(() =>
    suggestDraft(analysis, settings, { now: openedAt, owner: settings.signerName, businessHours: settings.businessHours, originalSubject: item.email.subject }),
  );
  // Notices raised while the draft loads reach the status area through this (set just below).
  const notifyRef = useRef<(n: Notice) => void>(() => undefined);
  const forward = useCallback((n: Notice) => notifyRef.current(n), []);
  const { fields, set, resetLane, initialNotices } = useDraftFields(draftKey, suggestion, clock, forward);
  const { notices, notify, dismiss } = usePaneNotices(() => [...initialNotices, ...openingNotices(records, analysis, openedAt, item)]);
  notifyRef.current = notify;
  const { pack: loadedPack, failed: packFailed } = useLanguagePack(fields.language);
  const pack = loadedPack ?? EN;
  useEffect(() => {
    if (packFailed) notify({ id: "language", intent: "warning", title: "That language couldn't be loaded.", body: "The draft stays in English for now." });
  }, [packFailed, notify]);
  const [busy, setBusy] = useState<"" | "reply" | "followup">("");
  const dates = useDateParser();
  // The summary is what a user checks first: paint it, then the rest a moment later.
  const [fullyShown, setFullyShown] = useState(false);
  useEffect(() => {
    mark("rendered");
    const id = setTimeout(() => setFullyShown(true), 0);
    return () => clearTimeout(id);
  }, []);

  const { lanes, draft, findings, readiness, followUpAt } = useCoachedDraft(fields, { item, suggestion, analysis, settings, pack, now: clock }, fullyShown);

  // After an action, focus moves to its outcome (a live region), so it is both seen and heard.
  const status = useRef<HTMLDivElement>(null);
  const run = async (kind: "reply" | "followup", work: () => Promise<Notice>) => {
    setBusy(kind);
    try {
      notify(await work());
      setTimeout(() => status.current?.focus(), 0);
    } finally {
      setBusy("");
    }
  };
  const insert = () => run("reply", () => insertDraft(mailbox, draft, fields.replyMode, copyText));
  const followUp = () =>
    run("followup", () =>
      addFollowUp({
        mailbox,
        item,
        analysis,
        records,
        ...fields,
        ...{ fix: lanes.fix, promise: lanes.nextUpdate, at: followUpAt },
        ...{ timeZone: settings.timeZone, now: clock(), save: saveRecords, copy: copyText },
      }),
    );

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
      <div ref={status} tabIndex={-1} role="region" aria-label="Status" style={{ outline: "none" }}>
        <NoticeList notices={notices} onDismiss={dismiss} single />
      </div>
      <IssueSection analysis={analysis} fields={fields} timeZone={settings.timeZone} set={set} />
      {fullyShown && (
        <>
          <hr className="mir-rule" style={rule} />
          <LanesSection
            fields={fields}
            lanes={lanes}
            picks={picks}
            promiseText={followUpAt ? `Promised: ${userTime(followUpAt, settings.timeZone)}` : ""}
            set={set}
            resetLane={resetLane}
            parseTime={(text) => (dates ? parseFollowUpTime(text, clock(), settings.timeZone, dates) : null)}
            formatTime={(at) => userTime(at, settings.timeZone)}
            timeZone={settings.timeZone}
            suggestion={suggestion}
            languageLoading={!loadedPack && !packFailed}
          />
          <hr className="mir-rule" style={rule} />
          <CoachPanel findings={findings} readiness={readiness} onApply={(f) => applyFinding(f, fields, lanes, set)} />
          <Preview text={draft.text} />
          <ActionsBar
            caps={mailbox.capabilities()}
            replyMode={fields.replyMode}
            onReplyMode={(m) => set("replyMode", m)}
            busy={busy}
            blockers={findings.filter((f) => f.severity === "blocker").length}
            readiness={readiness}
            onInsert={() => void insert()}
            onFollowUp={() => void followUp()}
            onCopy={() => void copyDraft(copyText, draft, "").then(notify)}
          />
        </>
      )}
    </div>
  );
}

import { Choice } from "./Choice";
import { mark } from "../marks";
import { Button, Field, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  buildFollowUpAppointment,
  composeApology,
  composeLanes,
  formatPromiseTime,
  parseFollowUpTime,
  laneReadiness,
  quickPicks,
  reviewApology,
  type ApologyInput,
  type DraftSuggestion,
  suggestDraft,
  EN,
  type TeamSettings,
  type RecoveryRecord,
  earlierComplaints,
  repeatComplaintMessage,
  upsertRecord,
  findPromise,
  type ComplaintAnalysis,
  type CurrentItem,
  type Finding,
  type MailboxPort,
  errorMessage,
} from "../../core";
import { copyText } from "../clipboard";
import { draftStore } from "../state/draftStore";
import { fieldsReducer, initialFields, type PaneFields } from "../state/paneState";
import { CoachPanel } from "./CoachPanel";
import { IssueSection } from "./IssueSection";
import { LanesSection } from "./LanesSection";
import { analysisNotices, NoticeList, type Notice } from "./Notices";
import { Preview } from "./Preview";
import { useDateParser } from "../dateParser";
import { useLanguagePack } from "../languagePacks";

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
  /** Stores the records; returns a notice when something went wrong. */
  saveRecords: (records: RecoveryRecord[]) => Promise<Notice | null>;
}

export const FOLLOW_UP_CATEGORY = "Make It Right: follow-up due";

function toInput(fields: PaneFields, item: CurrentItem, suggestion: DraftSuggestion, analysis: ComplaintAnalysis): ApologyInput {
  return {
    kind: suggestion.kind,
    customerFirstName: fields.customerFirstName,
    summary: fields.summary,
    // Our acknowledgment comes from the reading until the user writes their own summary.
    reading: fields.summary === analysis.summary ? suggestion.input.reading : undefined,
    acknowledgment: fields.acknowledgment,
    ownership: fields.ownership,
    explanation: fields.explanation,
    fix: { move: fields.move, detail: fields.moveDetail, confirmed: fields.moveConfirmed },
    nextUpdate: { owner: fields.owner, at: fields.followUpAt ? new Date(fields.followUpAt) : null },
    originalSubject: item.email.subject,
    tone: fields.tone,
  };
}

export function RecoveryPane({ mailbox, item, analysis, settings, openedAt, clock, draftKey, records, saveRecords }: Props) {
  const picks = useMemo(
    () => quickPicks(openedAt, settings.timeZone, analysis.customerDeadline?.date, settings.businessHours),
    [openedAt, settings.timeZone, settings.businessHours, analysis],
  );
  // The core's default draft for this email: no fix claimed and no time promised until the user gives them.
  const [suggestion] = useState(() =>
    suggestDraft(analysis, settings, { now: openedAt, owner: settings.signerName, businessHours: settings.businessHours, originalSubject: item.email.subject }),
  );
  // Read the saved draft once, field by field: a bad value is dropped, never a blank pane.
  const [saved] = useState(() => draftStore.load(draftKey, initialFields(suggestion)));
  const [fields, dispatch] = useReducer(fieldsReducer, undefined, () => saved?.fields ?? initialFields(suggestion));
  const initialFieldsRef = useRef(fields);
  const { pack: loadedPack, failed: packFailed } = useLanguagePack(fields.language);
  const pack = loadedPack ?? EN;
  const [notices, setNotices] = useState<Notice[]>(() => {
    // A repeat complaint changes how the user should answer, so it shows before anything is written.
    const repeat = repeatComplaintMessage(earlierComplaints(records, analysis.customerEmail, openedAt, item.conversationId));
    const first: Notice[] = repeat ? [{ id: "repeat", intent: "warning", title: repeat, body: "See Open promises for what was promised before." }] : [];
    const dropped: Notice[] = saved?.dropped.length
      ? [
          {
            id: "draft-repaired",
            intent: "warning",
            title: "Part of your saved draft couldn't be read.",
            body: `We kept the rest and reset: ${saved.dropped.join(", ")}.`,
          },
        ]
      : [];
    return [...first, ...dropped, ...analysisNotices(analysis)];
  });
  const [busy, setBusy] = useState<"" | "reply" | "followup">("");
  const dates = useDateParser();
  // The summary is what a user checks first: paint it, then the rest a moment later.
  const [fullyShown, setFullyShown] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setFullyShown(true), 0);
    return () => clearTimeout(id);
  }, []);
  const restored = useRef(saved !== null);
  useEffect(() => {
    if (packFailed)
      setNotices((n) => [
        {
          id: "language",
          intent: "warning",
          title: "That language couldn't be loaded.",
          body: "The draft stays in English. Check your connection and choose the language again.",
        },
        ...n.filter((x) => x.id !== "language"),
      ]);
  }, [packFailed]);

  const set = useCallback(<K extends keyof PaneFields>(field: K, value: PaneFields[K]) => dispatch({ type: "set", field, value }), []);
  const resetLane = useCallback((lane: "acknowledgment" | "ownership") => dispatch({ type: "reset-lane", lane }), []);

  useEffect(() => {
    mark("rendered");
    if (restored.current) {
      restored.current = false;
      setNotices((n) => [...n, { id: "restored", intent: "info", title: "Draft restored.", body: "You had started this apology earlier; your text is back." }]);
    }
  }, []);

  // Save as the user types, a moment after they pause; try once more, then say so (once).
  // A save still waiting when the pane moves on (another email, another tab, the page closing)
  // is written at once, so nothing typed is lost.
  const saveWarned = useRef(false);
  const pending = useRef<PaneFields | null>(null);
  useEffect(() => {
    const flush = () => {
      if (pending.current) draftStore.save(draftKey, pending.current, clock().getTime());
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [draftKey, clock]);
  useEffect(() => {
    if (fields !== initialFieldsRef.current) pending.current = fields;
    const t = setTimeout(() => {
      pending.current = null;
      if (draftStore.save(draftKey, fields, clock().getTime())) return;
      setTimeout(() => {
        if (draftStore.save(draftKey, fields, clock().getTime()) || saveWarned.current) return;
        saveWarned.current = true;
        setNotices((list) => [
          {
            id: "autosave",
            intent: "warning",
            title: "Your draft isn't being saved on this device.",
            body: "The browser blocked storage. Keep the pane open until you've inserted the reply, or copy the draft.",
          },
          ...list,
        ]);
      }, 1000);
    }, 300);
    return () => clearTimeout(t);
  }, [fields, draftKey, clock]);

  const input = useMemo(() => toInput(fields, item, suggestion, analysis), [fields, item, suggestion, analysis]);
  const lanes = useMemo(() => composeLanes(input, settings, pack), [input, settings, pack]);
  const draft = useMemo(() => composeApology(input, settings, pack), [input, settings, pack]);
  const ownSentences = useMemo(() => [settings.ownershipStatement, pack.tones[fields.tone].ownership], [settings.ownershipStatement, pack, fields.tone]);
  const confirmedFix = fields.moveConfirmed ? lanes.fix : "";
  const followUpAt = fields.followUpAt ? new Date(fields.followUpAt) : null;
  const findings = useMemo(
    () =>
      reviewApology(draft, {
        now: clock(),
        followUpAt,
        followUpOwner: fields.owner,
        timeZone: settings.timeZone,
        windowHours: settings.followUpWindowHours,
        businessHours: settings.businessHours,
        allowedCompensation: settings.allowedCompensation,
        sensitive: analysis.sensitive,
        customerLanguage: analysis.isComplaint ? analysis.language : undefined,
        customerDeadline: analysis.customerDeadline?.date ?? null,
        ownSentences,
        confirmedFix,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, fields.followUpAt, fields.owner, settings, analysis, ownSentences, confirmedFix],
  );
  const readiness = useMemo(() => laneReadiness(draft.text, ownSentences, confirmedFix), [draft.text, ownSentences, confirmedFix]);
  const promiseText = followUpAt ? `Promised: ${formatPromiseTime(followUpAt, settings.timeZone)}` : "";
  const caps = mailbox.capabilities();

  const notify = (n: Notice) => setNotices((list) => [n, ...list.filter((x) => x.id !== n.id)].slice(0, 4));
  const dismiss = (id: string) => setNotices((list) => list.filter((x) => x.id !== id));

  const copyDraft = async (why: string) => {
    const ok = await copyText(draft.text);
    notify(
      ok
        ? { id: "action", intent: "success", title: "Copied.", body: `${why} The apology is on your clipboard; paste it into your reply.` }
        : { id: "action", intent: "error", title: "Couldn't copy.", body: `${why} Select the preview text and copy it by hand; your draft stays here.` },
    );
  };

  const insert = async () => {
    if (!caps.canOpenReplyForm && !caps.canInsertIntoBody) {
      await copyDraft("This Outlook app can't open a reply from an add-in.");
      return;
    }
    setBusy("reply");
    try {
      const result = await mailbox.insertReply(draft, fields.replyMode);
      if (result.ok) notify({ id: "action", intent: "success", title: "Draft inserted.", body: result.message });
      else if (result.reason === "too-large" || result.reason === "unsupported")
        notify({
          id: "action",
          intent: "warning",
          title: "Not inserted.",
          body: result.message,
          action: { label: "Copy as plain text", run: () => void copyDraft("") },
        });
      else
        notify({
          id: "action",
          intent: "error",
          title: "Not inserted.",
          body: result.message,
          action: { label: "Copy instead", run: () => void copyDraft("") },
        });
    } catch (error) {
      notify({ id: "action", intent: "error", title: "Not inserted.", body: `Something went wrong (${errorMessage(error)}). Your draft is safe here.` });
    } finally {
      setBusy("");
    }
  };

  const addFollowUp = async () => {
    if (!followUpAt) {
      notify({ id: "followup", intent: "warning", title: "No follow-up time.", body: "Pick when you'll update the customer first." });
      return;
    }
    const appointment = buildFollowUpAppointment({
      customerName: analysis.customerDisplayName || fields.customerFirstName,
      customerEmail: analysis.customerEmail,
      summary: fields.summary,
      fix: lanes.fix,
      promise: lanes.nextUpdate,
      originalSubject: item.email.subject,
      receivedAt: item.email.receivedAt,
      at: followUpAt,
      timeZone: settings.timeZone,
    });
    const details = `${appointment.subject}\n${formatPromiseTime(appointment.start, settings.timeZone)}\n\n${appointment.body}`;
    const now = clock();
    const id = item.conversationId || item.itemId || `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    // The open promise for this email, if any: a new time moves its calendar event rather than adding a second.
    const found = findPromise(records, id, item.conversationId);
    const earlier = found?.status === "open" ? found : undefined;
    // The promise is tracked under Open promises whatever the calendar does.
    const track = (eventId?: string) =>
      saveRecords(
        upsertRecord(records, {
          id,
          customerName: analysis.customerDisplayName || fields.customerFirstName,
          customerEmail: analysis.customerEmail,
          subject: item.email.subject,
          itemId: item.itemId,
          conversationId: item.conversationId,
          summary: fields.summary,
          fix: lanes.fix,
          dueAt: followUpAt.toISOString(),
          createdAt: now.toISOString(),
          status: "open",
          eventId: eventId ?? earlier?.eventId,
        }),
      );
    if (!caps.canOpenAppointmentForm && !caps.canCreateCalendarEvent) {
      const ok = await copyText(details);
      const stored = await track();
      notify(
        stored ?? {
          id: "followup",
          intent: "warning",
          title: "Add it to your calendar by hand.",
          body: `${ok ? "This Outlook app can't open a new appointment from an add-in. The details are on your clipboard." : "This Outlook app can't open a new appointment from an add-in. Note the time shown above."} It's listed under Open promises.`,
        },
      );
      return;
    }
    setBusy("followup");
    try {
      const result = await mailbox.addFollowUp(appointment, earlier?.eventId);
      const stored = await track(result.ok ? result.eventId : undefined);
      if (!result.ok) {
        notify(
          stored ?? {
            id: "followup",
            intent: result.reason === "unsupported" ? "warning" : "error",
            title: "Not on your calendar yet.",
            body: `${result.message} The promise is listed under Open promises.`,
            action: { label: "Copy the details", run: () => void copyText(details) },
          },
        );
        return;
      }
      const tagged = caps.mode === "read" ? await mailbox.tagItem(FOLLOW_UP_CATEGORY) : null;
      const tagNote = tagged && !tagged.ok && tagged.reason !== "unsupported" ? ` ${tagged.message}` : "";
      notify(
        stored ?? {
          id: "followup",
          intent: result.fellBack ? "warning" : "success",
          title: result.fellBack ? "Opened the appointment form instead." : result.eventId ? "Follow-up on your calendar." : "Follow-up opened.",
          body: `${result.message} It's listed under Open promises.${tagNote}${appointment.shortened ? " The appointment's subject or notes were shortened to fit Outlook's limits." : ""}`,
        },
      );
    } finally {
      setBusy("");
    }
  };

  const applyFix = (f: Finding) => {
    if (f.time) {
      set("followUpAt", f.time.at.toISOString());
      return;
    }
    if (!f.fix) return;
    const { find, replace } = f.fix;
    for (const key of ["acknowledgment", "ownership", "explanation", "moveDetail", "summary"] as const) {
      const current =
        key === "acknowledgment"
          ? (fields.acknowledgment ?? lanes.acknowledgment)
          : key === "ownership"
            ? (fields.ownership ?? lanes.ownership)
            : (fields[key] ?? "");
      if (current.includes(find)) {
        set(
          key,
          current
            .replace(find, replace)
            .replace(/\s{2,}/g, " ")
            .trim(),
        );
        return;
      }
    }
  };

  const blockers = findings.filter((f) => f.severity === "blocker").length;
  const customerDisplay = [analysis.customerDisplayName, analysis.customerEmail ? `<${analysis.customerEmail}>` : ""].filter(Boolean).join(" ");
  const deadlineText = analysis.customerDeadline?.date
    ? formatPromiseTime(analysis.customerDeadline.date, settings.timeZone)
    : (analysis.customerDeadline?.text ?? "");

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
      <NoticeList notices={notices} onDismiss={dismiss} />
      <IssueSection analysis={analysis} fields={fields} customerDisplay={customerDisplay} deadlineText={deadlineText} set={set} />
      {fullyShown && (
        <>
          <hr className="mir-rule" style={{ border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: "100%", margin: 0 }} />
          <LanesSection
            fields={fields}
            lanes={lanes}
            picks={picks}
            promiseText={promiseText}
            set={set}
            resetLane={resetLane}
            parseTime={(text) => (dates ? parseFollowUpTime(text, clock(), settings.timeZone, dates) : null)}
            formatTime={(at) => formatPromiseTime(at, settings.timeZone)}
            timeZone={settings.timeZone}
            suggestion={suggestion}
            languageLoading={!loadedPack && !packFailed}
          />
          <hr className="mir-rule" style={{ border: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, width: "100%", margin: 0 }} />
          <CoachPanel findings={findings} readiness={readiness} onApply={applyFix} />
          <Preview text={draft.text} />
          <div
            role="group"
            aria-label="Actions"
            style={{
              display: "flex",
              flexDirection: "column",
              gap: 8,
              position: "sticky",
              bottom: 0,
              background: tokens.colorNeutralBackground2,
              padding: "8px 0",
            }}
          >
            {caps.canOpenReplyForm && (
              <Field label="Reply to">
                {(fieldProps) => (
                  <Choice {...fieldProps} value={fields.replyMode} onChange={(v) => set("replyMode", v === "replyAll" ? "replyAll" : "reply")}>
                    <option value="reply">Sender only</option>
                    <option value="replyAll">Everyone on the email</option>
                  </Choice>
                )}
              </Field>
            )}
            <Button appearance="primary" onClick={() => void insert()} disabled={busy !== ""}>
              Insert into reply
            </Button>
            {blockers > 0 && (
              <span style={{ fontSize: 12, color: tokens.colorPaletteRedForeground1 }}>
                {blockers === 1 ? "The coach has 1 thing to fix first." : `The coach has ${blockers} things to fix first.`} You can still insert.
              </span>
            )}
            <Button onClick={() => void addFollowUp()} disabled={busy !== ""}>
              Add follow-up to calendar
            </Button>
            {busy && (
              // Signing in or waiting out a busy Microsoft 365 can take seconds: say what's happening.
              <Text role="status" aria-live="polite" size={200}>
                {busy === "reply" ? "Opening the reply…" : caps.canCreateCalendarEvent ? "Adding the follow-up to your calendar…" : "Opening the appointment…"}
              </Text>
            )}
            <Button appearance="subtle" onClick={() => void copyDraft("")}>
              Copy draft
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

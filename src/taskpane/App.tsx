import { mark } from "./marks";
import { Button, FluentProvider, Text, tokens } from "@fluentui/react-components";
import { useOutlookTheme } from "./themes";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  offsetMinutes,
  buildFollowUpAppointment,
  DEFAULT_TEAM_SETTINGS,
  fitToBudget,
  markKept,
  openPromises,
  parseRecords,
  parseSettings,
  reschedule,
  type ComplaintAnalysis,
  type CurrentItem,
  type MailboxCapabilities,
  type MailboxPort,
  type OpenPromise,
  type RecoveryRecord,
  type TeamSettings,
  errorMessage,
} from "../core";
import { loadDateParser } from "./dateParser";
import { loadReader } from "./reader";
import { OpenPromises } from "./components/OpenPromises";
import { NoticeList, type Notice } from "./components/Notices";
import { FOLLOW_UP_CATEGORY, RecoveryPane } from "./components/RecoveryPane";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { SettingsView, type CalendarPath } from "./components/SettingsView";
import { Tabs } from "./components/Tabs";

function calendarPath(caps: MailboxCapabilities): CalendarPath {
  return caps.canCreateCalendarEvent ? "events" : caps.canOpenAppointmentForm ? "form" : "none";
}

/** The pane reads at most this much of an email, so a huge one never freezes it. */
export const PANE_MAX_CHARS = 300_000;

type Loaded =
  | { kind: "loading" }
  | { kind: "no-item" }
  | { kind: "error"; message: string }
  | { kind: "ready"; item: CurrentItem; analysis: ComplaintAnalysis; openedAt: Date; key: string };

export interface AppProps {
  mailbox: MailboxPort;
  clock?: () => Date;
  /** The first read, started before React renders so the two overlap. */
  firstRead?: Promise<CurrentItem | null>;
}

function initialSettings(mailbox: MailboxPort): TeamSettings {
  const owner = mailbox.owner();
  const base: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, signerName: owner.displayName };
  const { settings } = parseSettings(mailbox.loadSettings(), base);
  // The time zone always comes from the mailbox (or the browser), never from a shared file.
  return { ...settings, signerName: settings.signerName || owner.displayName, timeZone: mailbox.timeZone() };
}

function keyFor(item: CurrentItem): string {
  return item.conversationId || item.itemId || `${item.email.from.emailAddress}|${item.email.subject}`;
}

// One function for the life of the page: a new one each render would reload the pane forever.
const systemClock = () => new Date();

export function App({ mailbox, clock = systemClock, firstRead }: AppProps) {
  const { theme, kind: themeKind } = useOutlookTheme(mailbox);
  const [state, setState] = useState<Loaded>({ kind: "loading" });
  const [generation, setGeneration] = useState(0);
  const pendingFirstRead = useRef(firstRead);

  const load = useCallback(async () => {
    setState((s) => (s.kind === "loading" ? s : { kind: "loading" }));
    try {
      const early = pendingFirstRead.current;
      pendingFirstRead.current = undefined;
      const item = await (early ?? mailbox.readCurrentEmail());
      if (!item) {
        setState({ kind: "no-item" });
        return;
      }
      mark("email-read");
      const openedAt = clock();
      const zone = mailbox.timeZone();
      const offset = offsetMinutes(item.email.receivedAt ?? openedAt, zone);
      // Read at once without the date parser (fixed phrases like "by Friday" are still read), so
      // the summary is on screen without waiting for chrono and its language packs.
      const { readComplaint } = await loadReader();
      const analysis = readComplaint(item.email, { now: openedAt, mailboxOwner: mailbox.owner(), maxChars: PANE_MAX_CHARS, timeZoneOffsetMinutes: offset });
      mark("analysed");
      const key = keyFor(item);
      setState({ kind: "ready", item, analysis, openedAt, key });
      setGeneration((g) => g + 1);
      void fillDeadline(analysis, item, openedAt, offset, key);
    } catch (error) {
      setState({ kind: "error", message: errorMessage(error) });
    }
  }, [mailbox, clock]);

  /** Loads the date parser after first paint and fills in any date the fixed phrases missed. */
  const fillDeadline = async (analysis: ComplaintAnalysis, item: CurrentItem, openedAt: Date, offset: number, key: string) => {
    if (!analysis.isComplaint || !analysis.latestMessage) return;
    try {
      const [dates, { findDeadline }] = await Promise.all([loadDateParser(), loadReader()]);
      const deadline = findDeadline(analysis.latestMessage, analysis.language, item.email.receivedAt ?? openedAt, offset, dates);
      if (!deadline || deadline.date?.getTime() === analysis.customerDeadline?.date?.getTime()) return;
      // Only the email still open gets it; what the user typed lives in the pane's fields, untouched.
      setState((s) => (s.kind === "ready" && s.key === key ? { ...s, analysis: { ...s.analysis, customerDeadline: deadline } } : s));
    } catch {
      // Without the parser the fixed phrases' deadline stands; nothing to tell the user.
    }
  };

  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    // Registered once per mailbox: a pinned pane re-reads when the user picks another email.
    mailbox.onItemChanged(() => void latestLoad.current());
  }, [mailbox]);

  const [settings, setSettings] = useState<TeamSettings>(() => initialSettings(mailbox));
  const [tab, setTab] = useState<"apology" | "promises" | "settings">("apology");
  const [records, setRecords] = useState<RecoveryRecord[]>(() => parseRecords(mailbox.loadRecords()));
  const [promiseNotice, setPromiseNotice] = useState<Notice | null>(null);

  /** Stores the records: trims the oldest kept ones to fit, never drops an open one silently. */
  const saveRecords = async (next: RecoveryRecord[]): Promise<Notice | null> => {
    const fitted = fitToBudget(next);
    setRecords(fitted.records);
    if (fitted.overBudget) {
      return {
        id: "records",
        intent: "error",
        title: "Too many open promises to store.",
        body: "Outlook keeps 24 KB for them. Mark kept the ones you've honoured; this one is shown here until then.",
      };
    }
    const result = await mailbox.saveRecords(fitted.records);
    return result.ok ? null : { id: "records", intent: "error", title: "Follow-up not stored.", body: result.message };
  };

  const onOpenPromise = async (r: OpenPromise) => {
    const result = await mailbox.openItem(r.itemId ?? "");
    setPromiseNotice(result.ok ? null : { id: "open", intent: "warning", title: "Couldn't open the email.", body: result.message });
  };
  const onKept = async (r: OpenPromise) => {
    const problem = await saveRecords(markKept(records, r.id, clock()));
    // The "follow-up due" tag comes off the email too (Outlook lets an add-in change only the open one).
    const untagged = r.itemId && mailbox.untagItem ? await mailbox.untagItem(FOLLOW_UP_CATEGORY, r.itemId) : null;
    const tagNote = untagged && !untagged.ok ? ` ${untagged.message}` : "";
    setPromiseNotice(
      problem ?? {
        id: "kept",
        intent: "success",
        title: "Marked kept.",
        body: `Nice work keeping your word to ${r.customerName || r.customerEmail || "the customer"}.${tagNote}`,
      },
    );
  };
  const onReschedule = async (r: OpenPromise, at: Date) => {
    const caps = mailbox.capabilities();
    let eventId = r.eventId;
    let notice: Notice = { id: "rescheduled", intent: "success", title: "Rescheduled.", body: "Update your calendar entry to the new time." };
    // The calendar entry has to move too: the Graph event in place, or a new appointment to save.
    if (caps.canOpenAppointmentForm || caps.canCreateCalendarEvent) {
      const result = await mailbox.addFollowUp(
        buildFollowUpAppointment({
          customerName: r.customerName,
          customerEmail: r.customerEmail,
          summary: r.summary,
          fix: r.fix,
          promise: "",
          originalSubject: r.subject,
          at,
          timeZone: settings.timeZone,
        }),
        r.eventId,
      );
      if (result.ok && result.eventId) {
        eventId = result.eventId;
        notice = { id: "rescheduled", intent: "success", title: "Rescheduled.", body: result.message };
      } else if (result.ok) {
        notice = {
          id: "rescheduled",
          intent: result.fellBack ? "warning" : "success",
          title: "Rescheduled.",
          body: `${result.message} Remove the old entry from your calendar.`,
        };
      } else {
        notice = {
          id: "rescheduled",
          intent: "warning",
          title: "Rescheduled here, not in your calendar.",
          body: `${result.message} Move the calendar entry by hand.`,
        };
      }
    }
    const problem = await saveRecords(reschedule(records, r.id, at, eventId));
    setPromiseNotice(problem ?? notice);
  };

  const saveSettings = async (next: TeamSettings): Promise<Notice> => {
    const result = await mailbox.saveSettings(next);
    if (!result.ok) return { id: "settings", intent: "error", title: "Settings not saved.", body: result.message };
    setSettings({ ...next, timeZone: mailbox.timeZone() });
    return { id: "settings", intent: "success", title: "Saved.", body: result.message };
  };

  return (
    <FluentProvider
      theme={theme}
      style={{ minHeight: "100vh", background: tokens.colorNeutralBackground2, colorScheme: themeKind === "light" ? "light" : "dark" }}
    >
      <main style={{ padding: 12, maxWidth: 560, margin: "0 auto", display: "flex", flexDirection: "column", gap: 12 }}>
        <header>
          <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
            Make It Right
          </Text>
        </header>
        <Tabs
          label="Make It Right views"
          tabs={[
            { id: "apology", title: "Apology" },
            {
              id: "promises",
              title: (
                <>
                  Open promises <span aria-hidden="true">({openPromises(records, clock()).length})</span>
                </>
              ),
            },
            { id: "settings", title: "Settings" },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        <div role="tabpanel" id="panel-promises" aria-labelledby="tab-promises" hidden={tab !== "promises"}>
          {tab === "promises" && (
            <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
              {promiseNotice && <NoticeList notices={[promiseNotice]} onDismiss={() => setPromiseNotice(null)} />}
              <ErrorBoundary what="your open promises">
                <OpenPromises
                  records={records}
                  now={clock()}
                  timeZone={settings.timeZone}
                  canOpenEmail={mailbox.capabilities().platform !== "mobile"}
                  onOpen={(r) => void onOpenPromise(r)}
                  onKept={(r) => void onKept(r)}
                  onReschedule={(r, at) => void onReschedule(r, at)}
                />
              </ErrorBoundary>
            </div>
          )}
        </div>
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={tab !== "settings"}>
          {tab === "settings" && (
            <ErrorBoundary what="the settings">
              <SettingsView settings={settings} onSave={saveSettings} calendar={calendarPath(mailbox.capabilities())} />
            </ErrorBoundary>
          )}
        </div>
        {/* The apology stays mounted behind the settings tab, so nothing typed is lost. */}
        <div
          role="tabpanel"
          id="panel-apology"
          aria-labelledby="tab-apology"
          hidden={tab !== "apology"}
          style={{ display: tab === "apology" ? "flex" : "none", flexDirection: "column", gap: 12 }}
        >
          {state.kind === "loading" && (
            <Text role="status" aria-live="polite">
              Reading the email…
            </Text>
          )}
          {state.kind === "no-item" && (
            <NoticeList
              notices={[{ id: "no-item", intent: "info", title: "No email selected.", body: "Open the customer's email, and the pane will read it." }]}
            />
          )}
          {state.kind === "error" && (
            <>
              <NoticeList
                notices={[
                  {
                    id: "read-error",
                    intent: "error",
                    title: "Couldn't read this email.",
                    body: `Outlook said: ${state.message}. Try again, or reopen the email.`,
                  },
                ]}
              />
              <Button onClick={() => void load()}>Try again</Button>
            </>
          )}
          {state.kind === "ready" && (
            <ErrorBoundary what="the apology" key={`${state.key}#${generation}`}>
              <RecoveryPane
                key={`${state.key}#${generation}`}
                mailbox={mailbox}
                item={state.item}
                analysis={state.analysis}
                settings={settings}
                openedAt={state.openedAt}
                clock={clock}
                draftKey={state.key}
                records={records}
                saveRecords={saveRecords}
              />
            </ErrorBoundary>
          )}
        </div>
      </main>
    </FluentProvider>
  );
}

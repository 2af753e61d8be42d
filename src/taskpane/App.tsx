import { Button, FluentProvider, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { openPromises, type CurrentItem, type MailboxCapabilities, type MailboxPort, type TeamSettings } from "../core";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { NoticeList, type Notice } from "./components/Notices";
import { PromisesView } from "./components/PromisesView";
import { RecoveryPane } from "./components/RecoveryPane";
import { SettingsView, type CalendarPath } from "./components/SettingsView";
import { Tabs } from "./components/Tabs";
import { useCurrentEmail } from "./state/useCurrentEmail";
import { useRecords } from "./state/useRecords";
import { useOutlookTheme } from "./themes";
import { saveSettings } from "./workflows/settings";
import { readStoredData } from "./workflows/storedData";

function calendarPath(caps: MailboxCapabilities): CalendarPath {
  return caps.canCreateCalendarEvent ? "events" : caps.canOpenAppointmentForm ? "form" : "none";
}

export interface AppProps {
  mailbox: MailboxPort;
  clock?: () => Date;
  /** The first read, started before React renders so the two overlap. */
  firstRead?: Promise<CurrentItem | null>;
}

// One function for the life of the page: a new one each render would reload the pane forever.
const systemClock = () => new Date();

/** The pane: the apology for the open email, the open promises and the settings, in Outlook's theme. */
export function App({ mailbox, clock = systemClock, firstRead }: AppProps) {
  const { theme, kind: themeKind } = useOutlookTheme(mailbox);
  const { state, generation, reload } = useCurrentEmail(mailbox, clock, firstRead);
  const [stored] = useState(() => readStoredData(mailbox));
  const { records, save: saveRecords } = useRecords(mailbox, stored.records);
  const [settings, setSettings] = useState<TeamSettings>(stored.settings);
  const [storedNotice, setStoredNotice] = useState(stored.notice);
  const [tab, setTab] = useState<"apology" | "promises" | "settings">("apology");

  const onSaveSettings = async (next: TeamSettings): Promise<Notice> => {
    const { notice, settings: saved } = await saveSettings(mailbox, next);
    if (saved) setSettings(saved);
    return notice;
  };
  const openCount = openPromises(records, clock()).length;

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
        {storedNotice && <NoticeList notices={[storedNotice]} onDismiss={() => setStoredNotice(null)} />}
        <Tabs
          label="Make It Right views"
          tabs={[
            { id: "apology", title: "Apology" },
            {
              id: "promises",
              title: (
                <>
                  Open promises <span aria-hidden="true">({openCount})</span>
                </>
              ),
            },
            { id: "settings", title: "Settings" },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        <div role="tabpanel" id="panel-promises" aria-labelledby="tab-promises" hidden={tab !== "promises"}>
          {tab === "promises" && <PromisesView mailbox={mailbox} records={records} save={saveRecords} now={clock} timeZone={settings.timeZone} />}
        </div>
        <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={tab !== "settings"}>
          {tab === "settings" && (
            <ErrorBoundary what="the settings">
              <SettingsView settings={settings} onSave={onSaveSettings} calendar={calendarPath(mailbox.capabilities())} />
            </ErrorBoundary>
          )}
        </div>
        {/* The apology stays mounted behind the other tabs, so nothing typed is lost. */}
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
              <Button onClick={() => void reload()}>Try again</Button>
            </>
          )}
          {state.kind === "ready" && (
            <ErrorBoundary what="the apology" key={`${state.key}#${generation}`}>
              <RecoveryPane
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

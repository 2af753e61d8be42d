import { useEffect, useRef, useState } from "react";
import type { IncomingEmail } from "../../core";
import { OFFICE_THEMES, PROFILES, type ClientProfile, type FailurePoint } from "../bridge";
import { DEMO_OWNER, SAMPLES } from "../samples/samples";
import { MessageList, type Listed } from "./MessageList";
import { PasteBox } from "./PasteBox";
import { ReadingPane } from "./ReadingPane";
import { TopBar } from "./TopBar";
import { useDemoBridge } from "./useDemoBridge";

/** A simulated Outlook: an inbox, the reading pane, and the production task pane in a frame. */
export function DemoHost() {
  const [items, setItems] = useState<Listed[]>(SAMPLES);
  const [selectedId, setSelectedId] = useState(SAMPLES[0]!.itemId);
  // ?theme=black or ?theme=contrast opens the demo in that Office theme (browser tests use it).
  const [theme, setTheme] = useState(() => {
    const asked = new URLSearchParams(window.location.search).get("theme") ?? "";
    return asked in OFFICE_THEMES ? asked : "colorful";
  });
  const [profile, setProfile] = useState<ClientProfile>(PROFILES[0]!);
  const [zone, setZone] = useState("");
  const [mode, setMode] = useState<"read" | "compose">("read");
  const [composeType, setComposeType] = useState<"html" | "text">("html");
  const [failures, setFailures] = useState<Set<FailurePoint>>(new Set());
  const [paneKey, setPaneKey] = useState(0);
  // Outlook opens the pane once its own window is up; so does the demo, after the first paint.
  const [paneOpen, setPaneOpen] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setPaneOpen(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);

  const selected = items.find((i) => i.itemId === selectedId) ?? null;
  const selectRef = useRef<(id: string) => void>(() => undefined);
  const host = useDemoBridge({ selected, profile, zone, mode, composeType, failures, items, theme }, selectRef);
  const { state, itemHandlers, themeHandlers } = host;

  const reloadPane = () => {
    itemHandlers.current = [];
    themeHandlers.current = [];
    setPaneKey((k) => k + 1);
  };
  const select = (id: string) => {
    setSelectedId(id);
    // The pane may ask for the item before React re-renders; answer with the new one.
    state.current = { ...state.current, selected: state.current.items.find((i) => i.itemId === id) ?? null };
    host.setReply(null);
    host.setAppointment(null);
    // A pinned pane stays open and is told the item changed, as in Outlook.
    setTimeout(() => (itemHandlers.current.length ? itemHandlers.current.forEach((h) => h()) : reloadPane()), 0);
  };
  selectRef.current = select;

  const openPasted = (email: IncomingEmail) => {
    const id = `pasted-${Date.now()}`;
    const item: Listed = {
      ...email,
      mode: "read",
      itemId: id,
      conversationId: id,
      subject: email.subject || "(no subject)",
      to: [DEMO_OWNER],
      receivedAt: email.receivedAt ?? new Date(),
      preview: "Pasted email",
      client: "Pasted",
    };
    setItems((list) => [item, ...list]);
    state.current = { ...state.current, items: [item, ...state.current.items] };
    select(id);
  };

  return (
    <div className="outlook">
      <TopBar
        {...{ profile, theme, zone, mode, composeType, failures }}
        onProfile={(p) => (setProfile(p), reloadPane())}
        onTheme={(t) => {
          setTheme(t);
          state.current = { ...state.current, theme: t };
          // Outlook tells a pane that asked (Mailbox 1.14); older clients see it next time the pane opens.
          for (const h of themeHandlers.current) h();
        }}
        onZone={(z) => {
          setZone(z);
          state.current = { ...state.current, zone: z };
          reloadPane();
        }}
        onMode={(m) => (setMode(m), host.setReply(null), reloadPane())}
        onComposeType={(t) => (setComposeType(t), reloadPane())}
        onToggleFailure={(p) => setFailures((f) => (f.has(p) ? new Set([...f].filter((x) => x !== p)) : new Set([...f, p])))}
      />
      <MessageList items={items} selectedId={selectedId} tags={host.tags} onSelect={select}>
        <PasteBox onOpen={openPasted} />
      </MessageList>
      <ReadingPane selected={selected} reply={host.reply} appointment={host.appointment} />
      <aside className="pane" aria-label="Add-in task pane">
        {paneOpen && <iframe key={paneKey} title="Make It Right task pane" src="demo-pane.html" />}
      </aside>
    </div>
  );
}

import { useMemo, useRef, useState } from "react";
import { BRIDGE_KEY, OFFICE_THEMES, type AppointmentShown, type ClientProfile, type DemoBridge, type FailurePoint, type ReplyShown } from "../bridge";
import { DEMO_OWNER } from "../samples/samples";
import type { Listed } from "./MessageList";

// The demo mailbox's category list; Outlook only lets an add-in with ReadWriteItem use existing ones.
const MASTER_CATEGORIES = ["Make It Right: follow-up due"];

export interface HostState {
  selected: Listed | null;
  items: Listed[];
  profile: ClientProfile;
  zone: string;
  mode: "read" | "compose";
  composeType: "html" | "text";
  failures: Set<FailurePoint>;
  theme: string;
}

/**
 * The bridge the simulated Office in the pane's frame talks to. It is made once and reads the
 * host's latest state through a ref, so the pane always sees what the host shows.
 */
export function useDemoBridge(current: HostState, selectRef: { current: (id: string) => void }) {
  const state = useRef(current);
  state.current = current;
  const itemHandlers = useRef<(() => void)[]>([]);
  const themeHandlers = useRef<(() => void)[]>([]);
  const [reply, setReply] = useState<ReplyShown | null>(null);
  const [appointment, setAppointment] = useState<AppointmentShown | null>(null);
  const [tags, setTags] = useState<Record<string, string[]>>({});

  const bridge = useMemo<DemoBridge>(
    () => ({
      profile: () => state.current.profile,
      mailboxZone: () => state.current.zone,
      owner: () => DEMO_OWNER,
      currentItem: () => {
        const s = state.current.selected;
        if (!s) return null;
        // Phones have no compose-mode add-ins here; they always read.
        const compose = state.current.mode === "compose" && state.current.profile.id !== "mobile";
        return { ...s, mode: compose ? "compose" : "read", composeType: state.current.composeType };
      },
      shouldFail: (p) => state.current.failures.has(p),
      showReply: (r) => setReply(r),
      showAppointment: (a) => setAppointment(a),
      onItemChanged: (h) => void itemHandlers.current.push(h),
      openItem: (id) => {
        if (!state.current.items.some((i) => i.itemId === id)) return false;
        setTimeout(() => selectRef.current(id), 0);
        return true;
      },
      officeTheme: () => OFFICE_THEMES[state.current.theme]!.colors,
      onThemeChanged: (h) => void themeHandlers.current.push(h),
      untagItem: (id, category) => setTags((t) => ({ ...t, [id]: (t[id] ?? []).filter((c) => c !== category) })),
      tagItem: (id, category) => {
        if (!MASTER_CATEGORIES.includes(category)) return false;
        setTags((t) => ({ ...t, [id]: [...new Set([...(t[id] ?? []), category])] }));
        return true;
      },
    }),
    [selectRef],
  );
  // Set before the pane's frame can ask for it.
  (window as unknown as Record<string, DemoBridge>)[BRIDGE_KEY] = bridge;
  return { state, itemHandlers, themeHandlers, reply, setReply, appointment, setAppointment, tags };
}

import type { ReactNode } from "react";
import { MAILBOX_ZONES, OFFICE_THEMES, PROFILES, type ClientProfile, type FailurePoint } from "../bridge";

const FAILURES: { id: FailurePoint; label: string }[] = [
  { id: "read-body", label: "Reading the email fails" },
  { id: "reply-form", label: "Opening the reply fails" },
  { id: "insert-body", label: "Inserting into the reply fails" },
  { id: "appointment-form", label: "Opening the appointment fails" },
  { id: "save-settings", label: "Saving settings fails" },
];

function Pick({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  );
}

export interface TopBarProps {
  profile: ClientProfile;
  theme: string;
  zone: string;
  mode: "read" | "compose";
  composeType: "html" | "text";
  failures: Set<FailurePoint>;
  onProfile: (p: ClientProfile) => void;
  onTheme: (t: string) => void;
  onZone: (z: string) => void;
  onMode: (m: "read" | "compose") => void;
  onComposeType: (t: "html" | "text") => void;
  onToggleFailure: (f: FailurePoint) => void;
}

/** The simulated Outlook's settings: client, theme, mailbox zone, pane mode and failures. */
export function TopBar(p: TopBarProps) {
  return (
    <header className="topbar">
      <strong>Outlook</strong> <span className="sim">simulated for the Make It Right demo</span>
      <Pick label="Client" value={p.profile.id} onChange={(v) => p.onProfile(PROFILES.find((x) => x.id === v) ?? PROFILES[0]!)}>
        {PROFILES.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </Pick>
      <Pick label="Office theme" value={p.theme} onChange={p.onTheme}>
        {Object.entries(OFFICE_THEMES).map(([id, t]) => (
          <option key={id} value={id}>
            {t.label}
          </option>
        ))}
      </Pick>
      <Pick label="Mailbox time zone" value={p.zone} onChange={p.onZone}>
        <option value="">This computer's</option>
        {MAILBOX_ZONES.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </Pick>
      <Pick label="Pane opened on" value={p.mode} onChange={(v) => p.onMode(v === "compose" ? "compose" : "read")}>
        <option value="read">the received email</option>
        <option value="compose">a reply being written</option>
      </Pick>
      {p.mode === "compose" && (
        <Pick label="Reply format" value={p.composeType} onChange={(v) => p.onComposeType(v === "text" ? "text" : "html")}>
          <option value="html">HTML</option>
          <option value="text">Plain text</option>
        </Pick>
      )}
      <details className="failures">
        <summary>Simulate failures</summary>
        {FAILURES.map((f) => (
          <label key={f.id}>
            <input type="checkbox" checked={p.failures.has(f.id)} onChange={() => p.onToggleFailure(f.id)} /> {f.label}
          </label>
        ))}
      </details>
    </header>
  );
}

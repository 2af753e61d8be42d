import DOMPurify from "dompurify";
import { useEffect, useMemo, useRef, useState } from "react";
import { parseEmailInput } from "../../core";
import {
  BRIDGE_KEY,
  MAILBOX_ZONES,
  OFFICE_THEMES,
  PROFILES,
  type AppointmentShown,
  type ClientProfile,
  type DemoBridge,
  type FailurePoint,
  type ReplyShown,
  type SimItem,
} from "../bridge";
import { DEMO_OWNER, SAMPLES } from "../samples/samples";

type Listed = SimItem & { preview: string; client: string };

// The demo mailbox's category list; Outlook only lets an add-in with ReadWriteItem use existing ones.
const MASTER_CATEGORIES = ["Make It Right: follow-up due"];

const FAILURES: { id: FailurePoint; label: string }[] = [
  { id: "read-body", label: "Reading the email fails" },
  { id: "reply-form", label: "Opening the reply fails" },
  { id: "insert-body", label: "Inserting into the reply fails" },
  { id: "appointment-form", label: "Opening the appointment fails" },
  { id: "save-settings", label: "Saving settings fails" },
];

function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select"], FORBID_ATTR: ["style"] });
}

let whenFormat: Intl.DateTimeFormat | null = null;
function when(d: Date): string {
  whenFormat ??= new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return whenFormat.format(d);
}

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
  const [reply, setReply] = useState<ReplyShown | null>(null);
  const [appointment, setAppointment] = useState<AppointmentShown | null>(null);
  const [paneKey, setPaneKey] = useState(0);
  // Outlook opens the pane once its own window is up; so does the demo, after the first paint.
  const [paneOpen, setPaneOpen] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setPaneOpen(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);
  const [pasted, setPasted] = useState("");
  const [pasteError, setPasteError] = useState("");

  const selected = items.find((i) => i.itemId === selectedId) ?? null;
  const [tags, setTags] = useState<Record<string, string[]>>({});
  const state = useRef({ selected, profile, zone, mode, composeType, failures, items, theme });
  state.current = { selected, profile, zone, mode, composeType, failures, items, theme };
  const themeHandlers = useRef<(() => void)[]>([]);
  const itemHandlers = useRef<(() => void)[]>([]);
  // The bridge is made once; it reaches the latest select() through this ref.
  const selectRef = useRef<(id: string) => void>(() => undefined);

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
    [],
  );

  // Set before the pane's frame can ask for it.
  (window as unknown as Record<string, DemoBridge>)[BRIDGE_KEY] = bridge;

  const reloadPane = () => {
    itemHandlers.current = [];
    themeHandlers.current = [];
    setPaneKey((k) => k + 1);
  };

  const select = (id: string) => {
    setSelectedId(id);
    // The pane may ask for the item before React re-renders; answer with the new one.
    state.current = { ...state.current, selected: state.current.items.find((i) => i.itemId === id) ?? null };
    setReply(null);
    setAppointment(null);
    // A pinned pane stays open and is told the item changed, as in Outlook.
    setTimeout(() => {
      if (itemHandlers.current.length) itemHandlers.current.forEach((h) => h());
      else reloadPane();
    }, 0);
  };

  selectRef.current = select;

  const openPasted = (raw: string) => {
    if (!raw.trim()) {
      setPasteError("Paste an email first: raw .eml source, HTML or plain text.");
      return;
    }
    const email = parseEmailInput(raw, { displayName: "", emailAddress: "" });
    const id = `pasted-${Date.now()}`;
    const item: Listed = {
      mode: "read",
      itemId: id,
      conversationId: id,
      subject: email.subject || "(no subject)",
      from: email.from,
      to: [DEMO_OWNER],
      body: email.body,
      bodyFormat: email.bodyFormat,
      receivedAt: email.receivedAt ?? new Date(),
      preview: "Pasted email",
      client: "Pasted",
    };
    setPasteError("");
    setItems((list) => [item, ...list]);
    state.current = { ...state.current, items: [item, ...state.current.items] };
    select(id);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      setPasteError("That file is over 5 MB; open a smaller email.");
      return;
    }
    const text = await file.text();
    setPasted(text);
    openPasted(text);
  };

  const toggleFailure = (p: FailurePoint) =>
    setFailures((f) => {
      const next = new Set(f);
      if (next.has(p)) next.delete(p);
      else next.add(p);
      return next;
    });

  return (
    <div className="outlook">
      <header className="topbar">
        <strong>Outlook</strong> <span className="sim">simulated for the Make It Right demo</span>
        <label>
          Client{" "}
          <select
            value={profile.id}
            onChange={(e) => {
              setProfile(PROFILES.find((p) => p.id === e.target.value) ?? PROFILES[0]!);
              reloadPane();
            }}
          >
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Office theme{" "}
          <select
            value={theme}
            onChange={(e) => {
              setTheme(e.target.value);
              state.current = { ...state.current, theme: e.target.value };
              // Outlook tells a pane that asked (Mailbox 1.14); older clients see it next time the pane opens.
              for (const h of themeHandlers.current) h();
            }}
          >
            {Object.entries(OFFICE_THEMES).map(([id, t]) => (
              <option key={id} value={id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mailbox time zone{" "}
          <select
            value={zone}
            onChange={(e) => {
              setZone(e.target.value);
              state.current = { ...state.current, zone: e.target.value };
              reloadPane();
            }}
          >
            <option value="">This computer's</option>
            {MAILBOX_ZONES.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        <label>
          Pane opened on{" "}
          <select
            value={mode}
            onChange={(e) => {
              setMode(e.target.value === "compose" ? "compose" : "read");
              setReply(null);
              reloadPane();
            }}
          >
            <option value="read">the received email</option>
            <option value="compose">a reply being written</option>
          </select>
        </label>
        {mode === "compose" && (
          <label>
            Reply format{" "}
            <select
              value={composeType}
              onChange={(e) => {
                setComposeType(e.target.value === "text" ? "text" : "html");
                reloadPane();
              }}
            >
              <option value="html">HTML</option>
              <option value="text">Plain text</option>
            </select>
          </label>
        )}
        <details className="failures">
          <summary>Simulate failures</summary>
          {FAILURES.map((f) => (
            <label key={f.id}>
              <input type="checkbox" checked={failures.has(f.id)} onChange={() => toggleFailure(f.id)} /> {f.label}
            </label>
          ))}
        </details>
      </header>
      <nav className="list" aria-label="Messages">
        <ul>
          {items.map((i) => (
            <li key={i.itemId}>
              <button aria-current={i.itemId === selectedId} onClick={() => select(i.itemId)}>
                <span className="from">{i.from.displayName || i.from.emailAddress || "Unknown sender"}</span>
                <span className="subject">{i.subject}</span>
                <span className="client">{i.client}</span>
                {(tags[i.itemId] ?? []).map((t) => (
                  <span key={t} className="category">
                    {t}
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
        <div className="paste">
          <label htmlFor="paste-box">Paste an email</label>
          <textarea
            id="paste-box"
            value={pasted}
            rows={6}
            placeholder="Raw .eml source, HTML or plain text. You can also drop a file here."
            onChange={(e) => setPasted(e.target.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              void onFile(e.dataTransfer.files[0]);
            }}
          />
          <button onClick={() => openPasted(pasted)}>Open email</button>
          <label className="file">
            Or open a file{" "}
            <input type="file" accept=".eml,.html,.htm,.txt,message/rfc822,text/html,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
          {pasteError && <p role="alert">{pasteError}</p>}
        </div>
      </nav>
      <section className="reading" aria-label="Reading pane">
        {selected ? (
          <>
            <h1>{selected.subject}</h1>
            <p className="meta">
              {selected.from.displayName} &lt;{selected.from.emailAddress}&gt; · {when(selected.receivedAt)}
            </p>
            {selected.bodyFormat === "html" ? (
              <div className="body" dangerouslySetInnerHTML={{ __html: sanitize(selected.body) }} />
            ) : (
              <pre className="body">{selected.body}</pre>
            )}
          </>
        ) : (
          <p>Select a message.</p>
        )}
        <section className="form" role="region" aria-label="Reply draft">
          <h2>Reply</h2>
          {reply ? (
            <>
              <p className="meta">
                Opened by {reply.via} ({reply.mode === "replyAll" ? "reply all" : reply.mode === "compose" ? "inserted at the cursor" : "reply"}), to{" "}
                {selected?.from.emailAddress}
              </p>
              {reply.coercion === "html" ? (
                <div className="reply-body" dangerouslySetInnerHTML={{ __html: sanitize(reply.html) }} />
              ) : (
                <pre className="reply-body">{reply.html}</pre>
              )}
            </>
          ) : (
            <p className="empty">No reply open yet.</p>
          )}
        </section>
        <section className="form" role="region" aria-label="New appointment">
          <h2>New appointment</h2>
          {appointment ? (
            <dl>
              <dt>Subject</dt>
              <dd data-field="subject">{appointment.subject}</dd>
              <dt>Start</dt>
              <dd data-field="start">
                <time dateTime={appointment.start.toISOString()}>{when(appointment.start)}</time>
              </dd>
              <dt>End</dt>
              <dd data-field="end">
                <time dateTime={appointment.end.toISOString()}>{when(appointment.end)}</time>
              </dd>
              <dt>Attendees</dt>
              <dd data-field="attendees">{appointment.attendees === 0 ? "None (an appointment, not a meeting)" : appointment.attendees}</dd>
              <dt>Body</dt>
              <dd data-field="body">
                <pre>{appointment.body}</pre>
              </dd>
            </dl>
          ) : (
            <p className="empty">No appointment open yet.</p>
          )}
          {appointment && <p className="meta">Opened by {appointment.via}. In Outlook you would now press Save.</p>}
        </section>
      </section>
      <aside className="pane" aria-label="Add-in task pane">
        {paneOpen && <iframe key={paneKey} title="Make It Right task pane" src="demo-pane.html" />}
      </aside>
    </div>
  );
}

import { ToneField } from "./Choice";
import { Button, Field, Input, Text, tokens } from "@fluentui/react-components";
import { TextArea } from "./TextArea";
import { useState } from "react";
import {
  WEEKDAY_NAMES,
  COMPENSATION_KINDS,
  exportSettings,
  notASettingsFile,
  parseSettings,
  settingsBytes,
  SETTINGS_BUDGET_BYTES,
  type TeamSettings,
} from "../../core";
import { copyText } from "../clipboard";
import { NoticeList, type Notice } from "./Notices";

/** How follow-ups reach the calendar on this Outlook: straight in, through the form, or by hand. */
export type CalendarPath = "events" | "form" | "none";

const CALENDAR_NOTE: Record<CalendarPath, string> = {
  events: "Follow-ups go straight into your Outlook calendar, with a reminder 15 minutes before.",
  form: "Follow-ups open an Outlook appointment for you to save. One-click events with a reminder can be switched on by whoever set up Make It Right.",
  none: "This Outlook app can't add appointments from an add-in; the pane copies the details for you to add by hand.",
};

interface Props {
  settings: TeamSettings;
  calendar: CalendarPath;
  onSave: (settings: TeamSettings) => Promise<Notice>;
}

// A native checkbox: Fluent's costs bundle the pane can't spare, and this one is just as accessible.
function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label style={{ display: "inline-flex", alignItems: "center", gap: 4, marginRight: 10, padding: "4px 0" }}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        style={{ width: 16, height: 16, accentColor: tokens.colorBrandForeground1 }}
      />
      {label}
    </label>
  );
}

/** The team's standard: who signs, how ownership is worded, the tone, the follow-up window and policy. */
export function SettingsView({ settings, onSave, calendar }: Props) {
  const [form, setForm] = useState<TeamSettings>(settings);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importText, setImportText] = useState("");
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof TeamSettings>(key: K, value: TeamSettings[K]) => setForm((f) => ({ ...f, [key]: value }));
  const bytes = settingsBytes(form);

  const save = async (next: TeamSettings) => {
    setSaving(true);
    try {
      setNotice(await onSave(next));
    } finally {
      setSaving(false);
    }
  };

  const doImport = () => {
    const wrong = notASettingsFile(importText);
    if (wrong) {
      setNotice({ id: "import", intent: "error", title: "Not imported.", body: wrong });
      return;
    }
    const { settings: parsed, problems } = parseSettings(importText, form);
    setForm(parsed);
    setNotice({
      id: "import",
      intent: problems.length ? "warning" : "success",
      title: "Imported into the form.",
      body: `${problems.length ? `Some parts were skipped: ${problems.join(" ")} ` : ""}Check it, then save.`,
    });
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      {notice && notice.id !== "settings" && <NoticeList notices={[notice]} onDismiss={() => setNotice(null)} />}
      <Text as="h2" weight="semibold" size={400}>
        Your business
      </Text>
      <Field label="Business name">
        <Input value={form.businessName} onChange={(_, d) => set("businessName", d.value)} />
      </Field>
      <Field label="Signed by" hint="Shown under the sign-off; it defaults to your Outlook name.">
        <Input value={form.signerName} onChange={(_, d) => set("signerName", d.value)} />
      </Field>
      <Field label="Title">
        <Input value={form.signerTitle} placeholder="e.g. Owner" onChange={(_, d) => set("signerTitle", d.value)} />
      </Field>
      <Field label="Ownership statement" hint="Your own words for owning a mistake. Leave empty to use ours.">
        {(p) => <TextArea {...p} value={form.ownershipStatement} onChange={(v) => set("ownershipStatement", v)} />}
      </Field>
      <Field label="Sign-off" hint="e.g. Warm regards. Leave empty to match the tone.">
        <Input value={form.signOff} onChange={(_, d) => set("signOff", d.value)} />
      </Field>
      <ToneField label="Default tone" value={form.tone} onChange={(t) => set("tone", t)} />
      <Field label="Longest wait for the first update (hours)" hint="The coach warns when a follow-up is promised later than this.">
        <Input
          type="number"
          min={1}
          max={336}
          value={String(form.followUpWindowHours)}
          onChange={(_, d) => set("followUpWindowHours", Math.max(1, Math.min(336, Number(d.value) || 1)))}
        />
      </Field>
      <fieldset style={{ border: "none", margin: 0, padding: 0, minWidth: 0 }}>
        <legend>
          <Text weight="semibold">Business hours</Text>
        </legend>
        <div style={{ display: "flex", gap: 8 }}>
          <Field label="Opens (hour)">
            <Input
              type="number"
              min={0}
              max={23}
              value={String(form.businessHours.startHour)}
              onChange={(_, d) => set("businessHours", { ...form.businessHours, startHour: Math.max(0, Math.min(23, Number(d.value) || 0)) })}
            />
          </Field>
          <Field label="Closes (hour)">
            <Input
              type="number"
              min={1}
              max={24}
              value={String(form.businessHours.endHour)}
              onChange={(_, d) => set("businessHours", { ...form.businessHours, endHour: Math.max(1, Math.min(24, Number(d.value) || 24)) })}
            />
          </Field>
        </div>
        <div role="group" aria-label="Open on" style={{ display: "flex", flexWrap: "wrap" }}>
          {WEEKDAY_NAMES.map((name, day) => (
            <Check
              key={name}
              label={name}
              checked={form.businessHours.days.includes(day)}
              onChange={(on) =>
                set("businessHours", {
                  ...form.businessHours,
                  days: on ? [...form.businessHours.days, day].sort() : form.businessHours.days.filter((x) => x !== day),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <section aria-label="Calendar" style={{ display: "flex", flexDirection: "column", gap: 4 }}>
        <Text weight="semibold">Calendar</Text>
        <Text size={200}>{CALENDAR_NOTE[calendar]}</Text>
        <Text size={200}>Follow-up times and business hours use your mailbox's time zone ({settings.timeZone.replace(/_/g, " ")}).</Text>
      </section>
      <fieldset style={{ border: "none", margin: 0, padding: 0, minWidth: 0 }}>
        <legend>
          <Text weight="semibold">A first reply may promise</Text>
        </legend>
        {COMPENSATION_KINDS.map((kind) => (
          <Check
            key={kind}
            label={kind.charAt(0).toUpperCase() + kind.slice(1)}
            checked={form.allowedCompensation.includes(kind)}
            onChange={(on) => set("allowedCompensation", on ? [...form.allowedCompensation, kind] : form.allowedCompensation.filter((k) => k !== kind))}
          />
        ))}
      </fieldset>
      <Text size={200}>
        Uses {(bytes / 1024).toFixed(1)} KB of the {SETTINGS_BUDGET_BYTES / 1024} KB kept for settings in your mailbox.
      </Text>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={saving} onClick={() => void save(form)}>
          Save settings
        </Button>
        {/* The outcome of saving shows here, beside the button the user just pressed. */}
        <div role="status" aria-live="polite" style={{ alignSelf: "center", display: "flex", flexDirection: "column" }}>
          {saving && <Text size={200}>Saving…</Text>}
          {!saving && notice?.id === "settings" && (
            <>
              <Text
                size={200}
                weight="semibold"
                style={{ color: notice.intent === "error" ? tokens.colorPaletteRedForeground1 : tokens.colorPaletteGreenForeground1 }}
              >
                {notice.title}
              </Text>
              <Text size={200}>{notice.body}</Text>
            </>
          )}
        </div>
        <Button
          onClick={async () => {
            const ok = await copyText(exportSettings(form));
            setNotice(
              ok
                ? { id: "export", intent: "success", title: "Copied.", body: "Paste the settings into an email or a file to share them with your team." }
                : { id: "export", intent: "error", title: "Couldn't copy.", body: "Your browser blocked the clipboard." },
            );
          }}
        >
          Copy settings to share
        </Button>
      </div>
      <Field label="Import settings" hint="Paste settings a colleague shared, then press Import.">
        {(p) => <TextArea {...p} value={importText} onChange={setImportText} />}
      </Field>
      <Button disabled={!importText.trim()} onClick={doImport} style={{ alignSelf: "flex-start" }}>
        Import
      </Button>
    </div>
  );
}

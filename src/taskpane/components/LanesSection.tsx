import { Choice, ToneField } from "./Choice";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { TextArea } from "./TextArea";
import { useState } from "react";
import { RECOVERY_MOVES, recoveryMove, type ApologyLanes, type QuickPick, type RecoveryMoveId } from "../../core";
import type { PaneFields } from "../state/paneState";
import { fromLocalInputValue, timeFieldLabel, toLocalInputValue } from "../dateInput";

interface Props {
  fields: PaneFields;
  lanes: ApologyLanes;
  picks: QuickPick[];
  promiseText: string;
  set: <K extends keyof PaneFields>(field: K, value: PaneFields[K]) => void;
  resetLane: (lane: Lane) => void;
  /** Reads a typed time ("Friday 3pm") in the business's zone. */
  parseTime: (text: string) => Date | null;
  formatTime: (at: Date) => string;
  /** The mailbox's zone: the date field and quick picks read in it. */
  timeZone: string;
}

function TypedTime({ parseTime, formatTime, onUse }: { parseTime: (t: string) => Date | null; formatTime: (at: Date) => string; onUse: (at: Date) => void }) {
  const [text, setText] = useState("");
  const resolved = text.trim() ? parseTime(text) : null;
  const use = () => {
    if (!resolved) return;
    onUse(resolved);
    setText("");
  };
  return (
    <Field
      label="Or type a time"
      hint={text.trim() ? (resolved ? `Means ${formatTime(resolved)}.` : "Not a future time we can read. Try “Friday 3pm”.") : "e.g. Friday 3pm, tomorrow at 10"}
      validationState={text.trim() && !resolved ? "warning" : "none"}
    >
      <div style={{ display: "flex", gap: 6 }}>
        <Input
          value={text}
          style={{ flex: 1 }}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              use();
            }
          }}
        />
        <Button disabled={!resolved} onClick={use}>
          Use this time
        </Button>
      </div>
    </Field>
  );
}

const column = { display: "flex", flexDirection: "column", gap: 8 } as const;

type Lane = "acknowledgment" | "ownership";

/** An editable lane: our wording until the user types, with a way back to it. */
function LaneText({ label, hint, lane, fields, lanes, set, resetLane }: { label: string; hint: string; lane: Lane } & Pick<Props, "fields" | "lanes" | "set" | "resetLane">) {
  const value = fields[lane] ?? lanes[lane];
  const edited = fields[lane] !== undefined;
  const onChange = (v: string) => set(lane, v);
  const onReset = () => resetLane(lane);
  return (
    <Field label={label} hint={hint}>
      {(p) => (
        <>
          <TextArea {...p} value={value} rows={2} onChange={onChange} />
          {edited && (
            <Button size="small" appearance="transparent" onClick={onReset} style={{ alignSelf: "flex-start" }}>
              Use suggested wording
            </Button>
          )}
        </>
      )}
    </Field>
  );
}

export function LanesSection({ fields, lanes, picks, promiseText, set, resetLane, parseTime, formatTime, timeZone }: Props) {
  const move = recoveryMove(fields.move);
  const at = fields.followUpAt ? new Date(fields.followUpAt) : null;
  return (
    <section aria-labelledby="lanes-heading" style={column}>
      <Text as="h2" id="lanes-heading" weight="semibold" size={400}>
        Your apology, in four parts
      </Text>
      <LaneText label="1. Acknowledgment" hint="Name what went wrong, plainly." lane="acknowledgment" fields={fields} lanes={lanes} set={set} resetLane={resetLane} />
      <LaneText label="2. Ownership" hint="Own it before you explain anything." lane="ownership" fields={fields} lanes={lanes} set={set} resetLane={resetLane} />
      <Field label="What happened (optional)" hint="One short sentence, only if it helps. It goes after ownership, never before.">
        <Input value={fields.explanation ?? ""} onChange={(_, d) => set("explanation", d.value)} />
      </Field>
      <Field label="3. Fix in motion" hint="The step already under way.">
        {(fieldProps) => (
          <Choice {...fieldProps} value={fields.move} onChange={(v) => set("move", v as RecoveryMoveId)}>
          {RECOVERY_MOVES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Choice>
        )}
      </Field>
      <Field label={move.detailLabel}>
        <Input value={fields.moveDetail} placeholder={move.detailPlaceholder} onChange={(_, d) => set("moveDetail", d.value)} />
      </Field>
      <Text size={200} as="p" style={{ margin: 0 }}>
        {lanes.fix || "Describe the step you are taking."}
      </Text>
      <fieldset style={{ border: "none", padding: 0, margin: 0, ...column }}>
        <legend style={{ padding: 0, marginBottom: 4 }}>
          <Text weight="semibold">4. Next update</Text>
        </legend>
        <Field label="Who follows up">
          <Input value={fields.owner} onChange={(_, d) => set("owner", d.value)} />
        </Field>
        <Field label={timeFieldLabel("Follow-up time", timeZone)} validationState={at ? "none" : "error"} validationMessage={at ? undefined : "Pick the exact time you'll update the customer."}>
          <Input type="datetime-local" value={toLocalInputValue(at, timeZone)} onChange={(_, d) => set("followUpAt", fromLocalInputValue(d.value, timeZone)?.toISOString() ?? null)} />
        </Field>
        <div role="group" aria-label="Quick picks" style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
          {picks.map((p) => (
            <Button key={p.id} size="small" onClick={() => set("followUpAt", p.at.toISOString())}>
              {p.label}
            </Button>
          ))}
        </div>
        <TypedTime parseTime={parseTime} formatTime={formatTime} onUse={(at) => set("followUpAt", at.toISOString())} />
        {promiseText && (
          <Text size={200} as="p" style={{ margin: 0 }}>
            {promiseText}
          </Text>
        )}
      </fieldset>
      <ToneField label="Tone" value={fields.tone} onChange={(t) => set("tone", t)} />
    </section>
  );
}

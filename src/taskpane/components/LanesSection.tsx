import { Choice, ToneField } from "./Choice";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { TextArea } from "./TextArea";
import { useState } from "react";
import {
  DRAFT_LANGUAGES,
  DRAFT_LANGUAGE_NAMES,
  RECOVERY_MOVES,
  recoveryMove,
  type ApologyLanes,
  type DraftLanguage,
  type DraftSuggestion,
  type QuickPick,
  type RecoveryMoveId,
} from "../../core";
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
  /** The core's one-click suggestions: the move the customer asked for, and a first time to offer. */
  suggestion: DraftSuggestion;
  /** The chosen draft language is still loading (the draft shows in English meanwhile). */
  languageLoading: boolean;
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
      hint={
        text.trim() ? (resolved ? `Means ${formatTime(resolved)}.` : "Not a future time we can read. Try “Friday 3pm”.") : "e.g. Friday 3pm, tomorrow at 10"
      }
      validationState={text.trim() && !resolved ? "warning" : "none"}
    >
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
        <Input
          value={text}
          root={{ style: { flex: "1 1 160px", minWidth: 0 } }}
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
function LaneText({
  label,
  hint,
  lane,
  fields,
  lanes,
  set,
  resetLane,
}: { label: string; hint: string; lane: Lane } & Pick<Props, "fields" | "lanes" | "set" | "resetLane">) {
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

export function LanesSection({ fields, lanes, picks, promiseText, set, resetLane, parseTime, formatTime, timeZone, suggestion, languageLoading }: Props) {
  const move = recoveryMove(fields.move);
  const suggested = recoveryMove(suggestion.suggestedMove);
  const suggestedAt = suggestion.suggestedFollowUpAt?.getTime();
  const at = fields.followUpAt ? new Date(fields.followUpAt) : null;
  const laneProps = { fields, lanes, set, resetLane };
  return (
    <section aria-labelledby="lanes-heading" style={column}>
      <Text as="h2" id="lanes-heading" weight="semibold" size={400}>
        Your apology, in four parts
      </Text>
      <LaneText label="1. Acknowledgment" hint="Name what went wrong, plainly." lane="acknowledgment" {...laneProps} />
      <LaneText label="2. Ownership" hint="Own it before you explain anything." lane="ownership" {...laneProps} />
      <Field label="What happened (optional)" hint="One short sentence, only if it helps. It goes after ownership, never before.">
        <Input value={fields.explanation ?? ""} onChange={(_, d) => set("explanation", d.value)} />
      </Field>
      <Field
        label="3. Fix in motion"
        hint={
          fields.moveConfirmed
            ? "The step already under way."
            : "Nothing is said about a fix until you choose one: the draft never claims a step nobody has taken."
        }
      >
        {(fieldProps) => (
          <Choice {...fieldProps} value={fields.moveConfirmed ? fields.move : ""} onChange={(v) => v && set("move", v as RecoveryMoveId)}>
            {!fields.moveConfirmed && <option value="">Choose the step you are taking…</option>}
            {RECOVERY_MOVES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Choice>
        )}
      </Field>
      {!fields.moveConfirmed && suggestion.kind === "apology" && (
        <Button size="small" onClick={() => set("move", suggested.id)} style={{ alignSelf: "flex-start" }}>
          {`Use the suggestion: ${suggested.label}`}
        </Button>
      )}
      <Field label={move.detailLabel}>
        <Input value={fields.moveDetail} placeholder={move.detailPlaceholder} onChange={(_, d) => set("moveDetail", d.value)} />
      </Field>
      <Text size={200} as="p" style={{ margin: 0 }}>
        {lanes.fix || "Choose or describe the step you are taking."}
      </Text>
      <fieldset style={{ border: "none", padding: 0, margin: 0, minWidth: 0, ...column }}>
        <legend style={{ padding: 0, marginBottom: 4 }}>
          <Text weight="semibold">4. Next update</Text>
        </legend>
        <Field label="Who follows up">
          <Input value={fields.owner} onChange={(_, d) => set("owner", d.value)} />
        </Field>
        <Field
          label={timeFieldLabel("Follow-up time", timeZone)}
          validationState={at ? "none" : "warning"}
          validationMessage={at ? undefined : "Pick the exact time you'll update the customer. The highlighted pick is our suggestion."}
        >
          <Input
            type="datetime-local"
            value={toLocalInputValue(at, timeZone)}
            onChange={(_, d) => set("followUpAt", fromLocalInputValue(d.value, timeZone)?.toISOString() ?? null)}
          />
        </Field>
        <div role="group" aria-label="Quick picks" style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
          {picks.map((p) => (
            <Button
              key={p.id}
              size="small"
              appearance={p.at.getTime() === suggestedAt && !at ? "primary" : "secondary"}
              onClick={() => set("followUpAt", p.at.toISOString())}
            >
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
      <Field label="Draft language" hint={languageLoading ? "Loading that language…" : "The customer's language is chosen when we can write in it."}>
        {(fieldProps) => (
          <Choice {...fieldProps} value={fields.language} onChange={(v) => set("language", v as DraftLanguage)}>
            {DRAFT_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {DRAFT_LANGUAGE_NAMES[code]}
              </option>
            ))}
          </Choice>
        )}
      </Field>
    </section>
  );
}

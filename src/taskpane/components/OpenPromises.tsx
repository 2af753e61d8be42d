import { Button, Field, Input, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { userTime } from "../userTime";
import { openPromises, type OpenPromise, type RecoveryRecord } from "../../core";
import { fromLocalInputValue, timeFieldLabel, toLocalInputValue } from "../dateInput";
import { Tag } from "./Tag";

interface Props {
  records: RecoveryRecord[];
  now: Date;
  timeZone: string;
  canOpenEmail: boolean;
  onOpen: (record: OpenPromise) => void;
  onKept: (record: OpenPromise) => void;
  onReschedule: (record: OpenPromise, at: Date) => void;
}

/** Every promise still open, soonest first, so none is forgotten. */
export function OpenPromises({ records, now, timeZone, canOpenEmail, onOpen, onKept, onReschedule }: Props) {
  const list = openPromises(records, now);
  const [editing, setEditing] = useState<string | null>(null);
  const [newTime, setNewTime] = useState("");
  if (!list.length) {
    return <Text as="p">No open promises. When you add a follow-up to the calendar, it's listed here until you mark it kept.</Text>;
  }
  return (
    <ul aria-label="Open promises" style={{ listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: 10 }}>
      {list.map((r) => (
        <li
          key={r.id}
          style={{
            border: `1px solid ${r.overdue ? tokens.colorPaletteRedBorder1 : tokens.colorNeutralStroke2}`,
            background: r.overdue ? tokens.colorPaletteRedBackground1 : tokens.colorNeutralBackground1,
            borderRadius: 4,
            padding: 8,
            display: "flex",
            flexDirection: "column",
            gap: 4,
          }}
        >
          <Text weight="semibold">{r.customerName || r.customerEmail || "Customer"}</Text>
          <Text size={200}>{r.summary || r.subject}</Text>
          <div style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
            {r.overdue && <Tag tone="danger">Overdue</Tag>}
            <Text size={200}>Update due by {userTime(new Date(r.dueAt), timeZone)}</Text>
          </div>
          <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
            {canOpenEmail && r.itemId && (
              <Button size="small" onClick={() => onOpen(r)}>
                Open email
              </Button>
            )}
            <Button size="small" appearance="primary" onClick={() => onKept(r)}>
              Mark kept
            </Button>
            <Button
              size="small"
              onClick={() => {
                setEditing(editing === r.id ? null : r.id);
                setNewTime(toLocalInputValue(new Date(r.dueAt), timeZone));
              }}
            >
              Reschedule
            </Button>
          </div>
          {editing === r.id && (
            <div style={{ display: "flex", gap: 6, alignItems: "flex-end", flexWrap: "wrap" }}>
              <Field label={timeFieldLabel("New follow-up time", timeZone)}>
                <Input type="datetime-local" value={newTime} onChange={(_, d) => setNewTime(d.value)} />
              </Field>
              <Button
                size="small"
                disabled={!fromLocalInputValue(newTime, timeZone)}
                onClick={() => {
                  const at = fromLocalInputValue(newTime, timeZone);
                  if (at) onReschedule(r, at);
                  setEditing(null);
                }}
              >
                Save new time
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

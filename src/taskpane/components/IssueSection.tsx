import { userTime } from "../userTime";
import { Field, Input, Text } from "@fluentui/react-components";
import { TextArea } from "./TextArea";
import { Tag } from "./Tag";
import type { ComplaintAnalysis } from "../../core";
import type { PaneFields } from "../state/paneState";

const FAILURE_LABEL: Record<ComplaintAnalysis["failureType"], string> = {
  timing: "Timing",
  quality: "Quality",
  communication: "Communication",
  execution: "Execution",
  unknown: "Not sure",
};

const REMEDY_LABEL: Record<ComplaintAnalysis["requestedRemedy"], string> = {
  refund: "a refund",
  replacement: "a replacement",
  redo: "the work redone",
  callback: "a call",
  discount: "a discount or credit",
  explanation: "an explanation",
  none: "",
};

interface Props {
  analysis: ComplaintAnalysis;
  fields: PaneFields;
  /** The mailbox's zone, for the deadline. */
  timeZone: string;
  set: <K extends keyof PaneFields>(field: K, value: PaneFields[K]) => void;
}

export function IssueSection({ analysis, fields, timeZone, set }: Props) {
  const deadline = analysis.customerDeadline;
  const deadlineText = deadline?.date ? userTime(deadline.date, timeZone) : (deadline?.text ?? "");
  const customerDisplay = [analysis.customerDisplayName, analysis.customerEmail ? `<${analysis.customerEmail}>` : ""].filter(Boolean).join(" ");
  const remedy = REMEDY_LABEL[analysis.requestedRemedy];
  return (
    <section aria-labelledby="issue-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h2" id="issue-heading" weight="semibold" size={400}>
        What went wrong
      </Text>
      <Text size={200}>
        From <strong>{customerDisplay || "an unknown sender"}</strong>
      </Text>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }} aria-label="What the email says">
        <Tag tone={analysis.failureType === "unknown" ? "subtle" : "brand"}>{FAILURE_LABEL[analysis.failureType]}</Tag>
        {analysis.references.map((r) => (
          <Tag key={r} tone="outline">
            Ref {r}
          </Tag>
        ))}
        {remedy && <Tag tone="warning">Asks for {remedy}</Tag>}
        {deadlineText && <Tag tone="danger">Deadline: {deadlineText}</Tag>}
      </div>
      <Field label="Issue summary" hint="In plain words; it follows “I'm sorry that…”.">
        {(p) => <TextArea {...p} value={fields.summary} rows={3} onChange={(v) => set("summary", v)} />}
      </Field>
      <Field label="Customer's first name">
        <Input value={fields.customerFirstName} onChange={(_, d) => set("customerFirstName", d.value)} />
      </Field>
    </section>
  );
}

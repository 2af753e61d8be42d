import { Field } from "@fluentui/react-components";
import type { ReactNode, SelectHTMLAttributes } from "react";
import type { Tone } from "../../core";
import { nativeFieldStyle } from "./nativeFieldStyle";

// A native select styled like Fluent's: the same keyboard and screen-reader behaviour, less bundle.
// Inside a Fluent <Field>, pass it the field's props through a render function so the label points at it.
export function Choice({
  value,
  onChange,
  children,
  ...rest
}: { value: string; onChange: (value: string) => void; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value">) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)} style={{ ...nativeFieldStyle, height: 32, padding: "0 8px" }}>
      {children}
    </select>
  );
}

/** The tone picker, the same in the apology and in the settings. */
export function ToneField({ label, value, onChange }: { label: string; value: Tone; onChange: (tone: Tone) => void }) {
  return (
    <Field label={label}>
      {(fieldProps) => (
        <Choice {...fieldProps} value={value} onChange={(v) => onChange(v as Tone)}>
          <option value="warm">Warm</option>
          <option value="neutral">Neutral</option>
          <option value="formal">Formal</option>
        </Choice>
      )}
    </Field>
  );
}

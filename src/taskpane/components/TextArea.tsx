import type { TextareaHTMLAttributes } from "react";
import { nativeFieldStyle } from "./nativeFieldStyle";

// A native textarea styled like Fluent's. Fluent's Textarea costs about 2 KB of the
// pane's start-up budget; this behaves the same for keyboard and screen readers.
// Inside a Fluent <Field>, pass it the field's props through a render function.
// It grows with its text (field-sizing) where the web view supports that, so nothing hides behind a scrollbar.
export function TextArea({
  value,
  onChange,
  rows = 3,
  ...rest
}: { value: string; onChange: (value: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value">) {
  return (
    <textarea
      {...rest}
      rows={rows}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{
        ...nativeFieldStyle,
        padding: "5px 8px",
        lineHeight: "20px",
        resize: "vertical",
        boxSizing: "border-box",
        minHeight: 52,
        maxHeight: 240,
        fieldSizing: "content",
      }}
    />
  );
}

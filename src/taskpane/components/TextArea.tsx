import type { TextareaHTMLAttributes } from "react";

// A native textarea styled like Fluent's. Fluent's Textarea costs about 2 KB of the
// pane's start-up budget; this behaves the same for keyboard and screen readers.
// Inside a Fluent <Field>, pass it the field's props through a render function.
export function TextArea({ value, onChange, rows = 3, ...rest }: { value: string; onChange: (value: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value">) {
  return (
    <textarea
      {...rest}
      rows={rows}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="mir-textarea"
      style={{
        padding: "5px 8px",
        border: "1px solid #d1d1d1",
        borderBottomColor: "#616161",
        borderRadius: 4,
        background: "#fff",
        font: "inherit",
        fontSize: 14,
        lineHeight: "20px",
        color: "#242424",
        resize: "vertical",
        width: "100%",
        boxSizing: "border-box",
        minHeight: 52,
      }}
    />
  );
}

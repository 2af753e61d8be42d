import type { ReactNode } from "react";

// A plain label chip; Fluent's Badge costs more bundle than the pane can spare.
const TONES = {
  brand: { background: "#ebf3fc", color: "#0f6cbd", border: "1px solid #b4d6fa" },
  subtle: { background: "#f5f5f5", color: "#424242", border: "1px solid #e0e0e0" },
  outline: { background: "#fff", color: "#424242", border: "1px solid #c7c7c7" },
  warning: { background: "#fff9f5", color: "#8a3707", border: "1px solid #fdcfb4" },
  danger: { background: "#fdf3f4", color: "#b10e1c", border: "1px solid #eeacb2" },
} as const;

export function Tag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span style={{ ...TONES[tone], borderRadius: 10, padding: "1px 8px", fontSize: 12, lineHeight: "18px" }}>{children}</span>;
}

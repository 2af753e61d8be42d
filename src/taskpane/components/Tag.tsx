import { tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// A plain label chip; Fluent's Badge costs more bundle than the pane can spare.
const TONES = {
  brand: { background: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1, border: `1px solid ${tokens.colorBrandStroke2}` },
  subtle: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: `1px solid ${tokens.colorNeutralStroke2}` },
  outline: { background: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground2, border: `1px solid ${tokens.colorNeutralStroke1}` },
  warning: {
    background: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  danger: { background: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
} as const;

export function Tag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span style={{ ...TONES[tone], borderRadius: 10, padding: "1px 8px", fontSize: 12, lineHeight: "18px" }}>{children}</span>;
}

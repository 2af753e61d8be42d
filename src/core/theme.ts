/** Office's theme colours, as Office.context.officeTheme gives them ("#RRGGBB"). */
export interface ThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

export type ThemeKind = "light" | "dark" | "contrast";

function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * Which Fluent theme matches Outlook's: high contrast when the body colours are at the extremes
 * (pure black on white, or white or yellow on black, as Windows' contrast themes give), dark when
 * the background is dark, light otherwise (and when Outlook says nothing).
 */
export function themeKind(colors: ThemeColors | null | undefined): ThemeKind {
  const bg = luminance(colors?.bodyBackgroundColor);
  const fg = luminance(colors?.bodyForegroundColor);
  if (bg !== null && fg !== null) {
    const ratio = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
    if (ratio >= 19 && (bg === 0 || bg === 1)) return "contrast";
  }
  if (colors?.isDarkTheme === true) return "dark";
  if (bg !== null) return bg < 0.2 ? "dark" : "light";
  return "light";
}

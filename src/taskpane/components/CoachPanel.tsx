import { Button, Text, tokens } from "@fluentui/react-components";
import type { Finding, Readiness } from "../../core";
import { LANE_NAMES } from "./laneNames";

const SEVERITY_LABEL = { blocker: "Must fix", warning: "Check", tip: "Tip" } as const;
const SEVERITY_COLOR = {
  blocker: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  tip: tokens.colorNeutralForeground2,
} as const;

export function CoachPanel({ findings, readiness, onApply }: { findings: Finding[]; readiness: Readiness; onApply: (f: Finding) => void }) {
  return (
    <section aria-labelledby="coach-heading" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text as="h2" id="coach-heading" weight="semibold" size={400}>
        Coach
      </Text>
      <ul aria-label="Readiness" style={{ listStyle: "none", padding: 0, margin: 0, display: "flex", flexWrap: "wrap", gap: 8 }}>
        {LANE_NAMES.map(({ key, name }) => (
          <li key={key} style={{ color: readiness[key] ? tokens.colorPaletteGreenForeground1 : tokens.colorPaletteRedForeground1 }}>
            {readiness[key] ? "✓" : "✗"} {name}
          </li>
        ))}
      </ul>
      {findings.length === 0 ? (
        <Text size={200}>Nothing to fix. This apology has all four parts.</Text>
      ) : (
        <ul aria-label="Coach findings" style={{ paddingLeft: 18, margin: 0, display: "flex", flexDirection: "column", gap: 4 }}>
          {findings.map((f) => (
            <li key={`${f.id}-${f.message}`}>
              <Text size={200}>
                <strong style={{ color: SEVERITY_COLOR[f.severity] }}>{SEVERITY_LABEL[f.severity]}:</strong> {f.message}
              </Text>
              {(f.fix || f.time) && (
                <Button size="small" appearance="transparent" onClick={() => onApply(f)}>
                  {f.fix?.label ?? f.time?.label}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { ApologyLanes, Finding } from "../../core";
import type { PaneFields } from "./paneState";

type Set = <K extends keyof PaneFields>(field: K, value: PaneFields[K]) => void;

/** A finding's one-click fix, done in the field it belongs to (a lane, the fix's detail, the summary or the time). */
export function applyFinding(f: Finding, fields: PaneFields, lanes: ApologyLanes, set: Set): void {
  if (f.time) {
    set("followUpAt", f.time.at.toISOString());
    return;
  }
  if (!f.fix) return;
  const { find, replace } = f.fix;
  for (const key of ["acknowledgment", "ownership", "explanation", "moveDetail", "summary"] as const) {
    const current =
      key === "acknowledgment"
        ? (fields.acknowledgment ?? lanes.acknowledgment)
        : key === "ownership"
          ? (fields.ownership ?? lanes.ownership)
          : (fields[key] ?? "");
    if (current.includes(find)) {
      set(
        key,
        current
          .replace(find, replace)
          .replace(/\s{2,}/g, " ")
          .trim(),
      );
      return;
    }
  }
}

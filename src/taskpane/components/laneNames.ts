import type { Readiness } from "../../core";

/** The four parts, in order: the coach's name for each, and the short one for the action bar. */
export const LANE_NAMES: { key: keyof Readiness; name: string; short: string }[] = [
  { key: "acknowledgment", name: "Acknowledgment", short: "Sorry" },
  { key: "ownership", name: "Ownership", short: "Owned" },
  { key: "fix", name: "Fix in motion", short: "Fix" },
  { key: "nextUpdate", name: "Next update", short: "Update" },
];

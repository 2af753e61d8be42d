// Runs in the pane's frame, before the production pane bundle, in place of office.js.
import { BRIDGE_KEY, type DemoBridge } from "../bridge";
import { createSimulatedOffice } from "./createOffice";

function findBridge(): DemoBridge | null {
  try {
    const parent = window.parent as unknown as Record<string, DemoBridge | undefined>;
    return parent && parent !== (window as unknown) ? (parent[BRIDGE_KEY] ?? null) : null;
  } catch {
    return null;
  }
}

const bridge = findBridge();
if (bridge) {
  (window as unknown as { Office: unknown }).Office = createSimulatedOffice(bridge);
}
performance.mark("mir:sim-loaded");

import { withTimeout } from "./withTimeout";

export type OfficeStart = { kind: "outlook" } | { kind: "not-outlook"; host: string } | { kind: "no-office" };

/**
 * Waits for Office.js. Outside Outlook (a plain browser tab) onReady still
 * resolves, with no host, so the pane can explain itself instead of breaking.
 */
export function startOffice(timeoutMs = 8000): Promise<OfficeStart> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ kind: "no-office" });
  return withTimeout(Office.onReady(), timeoutMs, "Office.js didn't start.").then(
    (info): OfficeStart => {
      if (info.host === Office.HostType.Outlook && Office.context?.mailbox) return { kind: "outlook" };
      return { kind: "not-outlook", host: info.host ? String(info.host) : "" };
    },
    (): OfficeStart => ({ kind: "no-office" }),
  );
}

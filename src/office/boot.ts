export type OfficeStart =
  | { kind: "outlook" }
  | { kind: "not-outlook"; host: string }
  | { kind: "no-office" };

/**
 * Waits for Office.js. Outside Outlook (a plain browser tab) onReady still
 * resolves, with no host, so the pane can explain itself instead of breaking.
 */
export function startOffice(timeoutMs = 8000): Promise<OfficeStart> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ kind: "no-office" });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "no-office" }), timeoutMs);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        if (info.host === Office.HostType.Outlook && Office.context?.mailbox) resolve({ kind: "outlook" });
        else resolve({ kind: "not-outlook", host: info.host ? String(info.host) : "" });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ kind: "no-office" });
      });
  });
}

import { fitToBudget, type MailboxPort, type RecoveryRecord } from "../../core";
import type { Notice } from "../notices";

const UNSTORED = "make-it-right:unstored-records";

/** Records the mailbox could not take, kept on this device so a reload doesn't lose them. */
function keepOnDevice(records: RecoveryRecord[] | null): void {
  try {
    if (records) window.localStorage.setItem(UNSTORED, JSON.stringify(records));
    else window.localStorage.removeItem(UNSTORED);
  } catch {
    // Storage blocked: the notice already says the promise isn't stored.
  }
}

/** Records kept on this device after the mailbox refused them (merged in when the pane opens). */
export function recordsOnDevice(): unknown {
  try {
    return JSON.parse(window.localStorage.getItem(UNSTORED) ?? "null");
  } catch {
    return null;
  }
}

/** Stores the records: trims the oldest kept ones to fit, never drops an open one silently. */
export async function storeRecords(mailbox: MailboxPort, next: RecoveryRecord[]): Promise<{ records: RecoveryRecord[]; problem: Notice | null }> {
  const fitted = fitToBudget(next);
  if (fitted.overBudget) {
    keepOnDevice(fitted.records);
    return {
      records: fitted.records,
      problem: {
        id: "records",
        intent: "error",
        title: "Too many open promises to store.",
        body: "Outlook keeps 24 KB for them. Mark kept the ones you've honoured; until then this one is kept on this device only.",
      },
    };
  }
  const result = await mailbox.saveRecords(fitted.records);
  keepOnDevice(result.ok ? null : fitted.records);
  return { records: fitted.records, problem: result.ok ? null : { id: "records", intent: "error", title: "Follow-up not stored.", body: result.message } };
}

export type SaveRecords = (records: RecoveryRecord[]) => Promise<Notice | null>;

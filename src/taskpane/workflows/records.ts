import { fitToBudget, type MailboxPort, type RecoveryRecord } from "../../core";
import type { Notice } from "../notices";

/** Stores the records: trims the oldest kept ones to fit, never drops an open one silently. */
export async function storeRecords(mailbox: MailboxPort, next: RecoveryRecord[]): Promise<{ records: RecoveryRecord[]; problem: Notice | null }> {
  const fitted = fitToBudget(next);
  if (fitted.overBudget) {
    return {
      records: fitted.records,
      problem: {
        id: "records",
        intent: "error",
        title: "Too many open promises to store.",
        body: "Outlook keeps 24 KB for them. Mark kept the ones you've honoured; this one is shown here until then.",
      },
    };
  }
  const result = await mailbox.saveRecords(fitted.records);
  return { records: fitted.records, problem: result.ok ? null : { id: "records", intent: "error", title: "Follow-up not stored.", body: result.message } };
}

export type SaveRecords = (records: RecoveryRecord[]) => Promise<Notice | null>;

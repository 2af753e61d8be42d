import { useState } from "react";
import type { MailboxPort, RecoveryRecord } from "../../core";
import type { Notice } from "../notices";
import { storeRecords } from "../workflows/records";

/** The follow-up records, as stored with the mailbox, and a save that says when something went wrong. */
export function useRecords(mailbox: MailboxPort, initial: RecoveryRecord[]) {
  const [records, setRecords] = useState<RecoveryRecord[]>(initial);
  const save = async (next: RecoveryRecord[]): Promise<Notice | null> => {
    const { records: stored, problem } = await storeRecords(mailbox, next);
    setRecords(stored);
    return problem;
  };
  return { records, save };
}

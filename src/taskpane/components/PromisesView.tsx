import { useState } from "react";
import type { MailboxPort, RecoveryRecord } from "../../core";
import type { Notice } from "../notices";
import type { SaveRecords } from "../workflows/records";
import { keepPromise, openPromisedEmail, reschedulePromise } from "../workflows/promises";
import { ErrorBoundary } from "./ErrorBoundary";
import { NoticeList } from "./Notices";
import { OpenPromises } from "./OpenPromises";

interface Props {
  mailbox: MailboxPort;
  records: RecoveryRecord[];
  save: SaveRecords;
  now: () => Date;
  timeZone: string;
}

/** The Open promises tab: the list, and the outcome of the last thing done to it. */
export function PromisesView({ mailbox, records, save, now, timeZone }: Props) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      {notice && <NoticeList notices={[notice]} onDismiss={() => setNotice(null)} />}
      <ErrorBoundary what="your open promises">
        <OpenPromises
          records={records}
          now={now()}
          timeZone={timeZone}
          canOpenEmail={mailbox.capabilities().platform !== "mobile"}
          onOpen={(r) => void openPromisedEmail(mailbox, r).then(setNotice)}
          onKept={(r) => void keepPromise(mailbox, records, r, now(), save).then(setNotice)}
          onReschedule={(r, at) => void reschedulePromise(mailbox, records, r, at, timeZone, save).then(setNotice)}
        />
      </ErrorBoundary>
    </div>
  );
}

// Composition root: the only place where the Office adapter meets the pane.
import "./evalMark";
import { createRoot } from "react-dom/client";
import { startOffice } from "../office/boot";
import { createOfficeMailbox } from "../office/officeMailbox";
import { readCurrentEmail } from "../office/readEmail";
import { mailboxTimeZone } from "../office/timeZone";
import { supportsMailbox } from "../office/requirements";
import { App } from "../taskpane/App";
import { NotInOutlook } from "../taskpane/NotInOutlook";
import { loadReader } from "../taskpane/reader";

async function main() {
  // Marks let `npm run bench` see where start-up time goes.
  performance.mark("mir:start");
  // Fetched now, while Office starts; the pane awaits it only when it has an email to read.
  loadReader().catch(() => undefined);
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const start = await startOffice();
  performance.mark("mir:office-ready");
  if (start.kind !== "outlook") {
    root.render(<NotInOutlook reason={start.kind} />);
    return;
  }
  if (!supportsMailbox("1.1")) {
    root.render(<NotInOutlook reason="unsupported" />);
    return;
  }
  // Reading the email and resolving the mailbox's time zone run side by side.
  const firstRead = readCurrentEmail();
  firstRead.catch(() => undefined); // the pane reports it; this only avoids an unhandled rejection
  const mailbox = createOfficeMailbox(await mailboxTimeZone());
  root.render(<App mailbox={mailbox} firstRead={firstRead} />);
}

void main();

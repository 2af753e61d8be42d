// Composition root: the only place where the Office adapter meets the pane.
import { createRoot } from "react-dom/client";
import { startOffice } from "../office/boot";
import { createOfficeMailbox } from "../office/officeMailbox";
import { supportsMailbox } from "../office/requirements";
import { App } from "../taskpane/App";
import { NotInOutlook } from "../taskpane/NotInOutlook";

async function main() {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const start = await startOffice();
  if (start.kind !== "outlook") {
    root.render(<NotInOutlook reason={start.kind} />);
    return;
  }
  if (!supportsMailbox("1.1")) {
    root.render(<NotInOutlook reason="unsupported" />);
    return;
  }
  root.render(<App mailbox={createOfficeMailbox()} />);
}

void main();

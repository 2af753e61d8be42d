// The reader's entry for the pane's separate "reader" script: everything that reads an email.
export { readComplaint } from "./analysis/analyzeComplaint";
export { findDeadline } from "./analysis/deadline";

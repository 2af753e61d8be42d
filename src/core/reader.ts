// The reader's entry for the pane's separate "reader" script: everything that reads an email.
export { readComplaint } from "./analysis/analyzeComplaint";
export { findDeadline } from "./analysis/deadline";
// The coach reads the draft, and there is no draft before the reading: it travels with the reader.
export { laneReadiness, reviewApology } from "./coach/reviewApology";

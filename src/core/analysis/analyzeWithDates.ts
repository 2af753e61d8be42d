import type { ComplaintAnalysis, IncomingEmail } from "../types";
import { readComplaint, type AnalyzeOptions } from "./analyzeComplaint";
import { chronoDates } from "./chronoDates";

/**
 * Reads a complaint email with every date the customer wrote understood (chrono and its language
 * packs). The pane calls readComplaint first, without the date parser, so the summary is on screen
 * at once, and fills the deadline when the parser has loaded (see src/taskpane).
 */
export function analyzeComplaint(input: IncomingEmail, options: AnalyzeOptions = {}): ComplaintAnalysis {
  return readComplaint(input, { dates: chronoDates, ...options });
}

export type { ComplaintAnalysis, FailureType, IncomingEmail, MailboxOwner, RequestedRemedy, SensitiveMatter } from "./types";
export { analyzeComplaint } from "./analysis/analyzeWithDates";
export { readComplaint } from "./analysis/analyzeComplaint";
export type { AnalyzeOptions, ReaderModels } from "./analysis/analyzeComplaint";
export { findDeadline } from "./analysis/deadline";
export type { DateParser, DateMention, Deadline } from "./analysis/deadline";
export { apologyFromLanes, composeApology, composeLanes, DEFAULT_SETTINGS } from "./apology/composeApology";
export type { ApologyDraft, ApologyInput, ApologyLanes, BusinessSettings, ReadingFacts, RecoveryMoveId, Tone } from "./apology/types";
export { RECOVERY_MOVES, recoveryMove, suggestMove } from "./apology/recoveryMoves";
export type { RecoveryMove } from "./apology/recoveryMoves";
export { suggestDraft } from "./apology/suggestDraft";
export type { DraftSuggestion, SuggestOptions } from "./apology/suggestDraft";
export { acknowledge, acknowledgmentIsSpecific } from "./apology/acknowledge";
export { EN } from "./apology/language/en";
export { DRAFT_LANGUAGES, DRAFT_LANGUAGE_NAMES, allOwnership } from "./apology/language/types";
export type { DraftLanguage, LanguagePack } from "./apology/language/types";
export { escapeHtml } from "./apology/escapeHtml";
export { dateTimeFormat, formatPromiseTime, validZone } from "./apology/formatTime";
export { reviewApology, laneReadiness } from "./coach/reviewApology";
export type { Finding, FindingField, ReviewContext, Readiness, Severity } from "./coach/reviewApology";
export { quickPicks, withinHours, DEFAULT_HOURS } from "./followup/quickPicks";
export { parseFollowUpTime } from "./followup/parseWhen";
export { wallTime, zonedDate, offsetMinutes, WEEKDAY_NAMES } from "./followup/zone";
export type { QuickPick, BusinessHours } from "./followup/quickPicks";
export { buildFollowUpAppointment, utf8Bytes, clip, APPOINTMENT_SUBJECT_MAX, APPOINTMENT_BODY_MAX_BYTES, FOLLOW_UP_MINUTES } from "./followup/appointment";
export type { FollowUpAppointment, FollowUpInput } from "./followup/appointment";
export { parseEmailInput } from "./text/eml";
export { htmlToText } from "./text/htmlToText";
export type { MailboxPort, MailboxCapabilities, OperationResult, FollowUpResult, ReplyMode, CurrentItem } from "./mailboxPort";
export {
  parseSettings,
  notASettingsFile,
  exportSettings,
  settingsBytes,
  DEFAULT_TEAM_SETTINGS,
  COMPENSATION_KINDS,
  ROAMING_LIMIT_BYTES,
  SETTINGS_BUDGET_BYTES,
} from "./settings";
export type { TeamSettings, SettingsParse } from "./settings";
export {
  parseRecords,
  findPromise,
  upsertRecord,
  markKept,
  reschedule,
  fitToBudget,
  openPromises,
  earlierComplaints,
  repeatComplaintMessage,
  recordsBytes,
  RECORDS_BUDGET_BYTES,
} from "./followup/records";
export type { RecoveryRecord, OpenPromise } from "./followup/records";
export { errorMessage } from "./errorMessage";
export { themeKind } from "./theme";
export type { ThemeColors, ThemeKind } from "./theme";

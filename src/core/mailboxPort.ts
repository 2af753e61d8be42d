import type { ThemeColors } from "./theme";
import type { ApologyDraft } from "./apology/types";
import type { FollowUpAppointment } from "./followup/appointment";
import type { IncomingEmail, MailboxOwner } from "./types";
import type { TeamSettings } from "./settings";
import type { RecoveryRecord } from "./followup/records";

export type ReplyMode = "reply" | "replyAll";

export interface MailboxCapabilities {
  /** Read mode shows a received message; compose mode is a reply being written. */
  mode: "read" | "compose" | "none";
  /** The reply form can be opened (read mode, not on phones). */
  canOpenReplyForm: boolean;
  /** The draft can go into the body being written (compose mode). */
  canInsertIntoBody: boolean;
  /** A new appointment form can be opened (read mode, not on phones). */
  canOpenAppointmentForm: boolean;
  /** Events go straight into the calendar, with a reminder (Microsoft Graph, set up by the organisation). */
  canCreateCalendarEvent: boolean;
  platform: "web" | "windows" | "mac" | "mobile" | "browser" | "unknown";
}

export interface CurrentItem {
  email: IncomingEmail;
  itemId?: string;
  conversationId?: string;
}

export type OperationResult =
  { ok: true; message: string } | { ok: false; reason: "too-large" | "unsupported" | "failed" | "no-item" | "cancelled"; message: string };

export type FollowUpResult =
  | {
      ok: true;
      message: string;
      /** The calendar event made or moved, when it went straight into the calendar. */
      eventId?: string;
      /** True when the one-click path failed and the appointment form was opened instead. */
      fellBack?: boolean;
    }
  | Extract<OperationResult, { ok: false }>;

/**
 * What the pane needs from a mailbox. Outlook (src/office), the simulated host
 * and test doubles all provide it, so the pane never touches Office directly.
 */
export interface MailboxPort {
  capabilities(): MailboxCapabilities;
  owner(): MailboxOwner;
  /** IANA time zone the user works in. */
  timeZone(): string;
  readCurrentEmail(): Promise<CurrentItem | null>;
  insertReply(draft: ApologyDraft, mode: ReplyMode): Promise<OperationResult>;
  /** Puts the follow-up on the calendar; `eventId` moves the event made earlier for the same promise. */
  addFollowUp(appointment: FollowUpAppointment, eventId?: string): Promise<FollowUpResult>;
  /** Called when a pinned pane moves to another item. */
  onItemChanged(handler: () => void): void;
  /** The team's settings as stored with the mailbox (raw; parse with parseSettings), or null. */
  loadSettings(): unknown;
  saveSettings(settings: TeamSettings): Promise<OperationResult>;
  /** Follow-up records stored with the mailbox (raw; parse with parseRecords). */
  loadRecords(): unknown;
  saveRecords(records: RecoveryRecord[]): Promise<OperationResult>;
  /** Opens another email by id (read mode). */
  openItem(itemId: string): Promise<OperationResult>;
  /** Tags the open email with a category. */
  tagItem(category: string): Promise<OperationResult>;
  /** Removes a category from the open email when it is `itemId` (add-ins can only change the open one). */
  untagItem?(category: string, itemId: string): Promise<OperationResult>;
  /** Outlook's theme colours, or null where the client gives none. */
  theme?(): ThemeColors | null;
  /** Called when the user changes Outlook's theme (Mailbox 1.14; elsewhere never). */
  onThemeChanged?(handler: (colors: ThemeColors | null) => void): void;
}

import type { MailboxCapabilities, MailboxPort, ThemeColors } from "../core";
import { createFollowUpAdder, type GraphLoader } from "./addFollowUp";
import { graphSettings } from "./graph/graphSettings";
import { insertReply } from "./insertReply";
import { readCurrentEmail } from "./readEmail";
import { loadRecords, loadSettings, saveRecords, saveSettings } from "./roamingStore";
import { openItem, tagItem, untagItem } from "./itemActions";
import { isComposeMode, platformName } from "./requirements";
import { browserTimeZone } from "./timeZone";

function capabilities(canCreateCalendarEvent: boolean): MailboxCapabilities {
  const item = Office.context.mailbox?.item as Office.MessageRead | Office.MessageCompose | null | undefined;
  const platform = platformName();
  const mobile = platform === "mobile";
  if (!item) return { mode: "none", canOpenReplyForm: false, canInsertIntoBody: false, canOpenAppointmentForm: false, canCreateCalendarEvent, platform };
  const compose = isComposeMode(item);
  return {
    mode: compose ? "compose" : "read",
    canOpenReplyForm: !compose && !mobile && typeof (item as Office.MessageRead).displayReplyForm === "function",
    canInsertIntoBody: compose,
    canOpenAppointmentForm: !compose && !mobile && typeof Office.context.mailbox.displayNewAppointmentForm === "function",
    canCreateCalendarEvent,
    platform,
  };
}

/**
 * The Mailbox port backed by Office.js. `timeZone` is the mailbox's zone,
 * resolved once at start-up (see mailboxTimeZone).
 */
export function createOfficeMailbox(timeZone: string = browserTimeZone(), loadGraph?: GraphLoader): MailboxPort {
  // Fixed for the life of the pane (build setting and client), so read once, not on every render.
  const graph = graphSettings();
  return {
    capabilities: () => capabilities(graph !== null),
    owner: () => ({
      displayName: Office.context.mailbox?.userProfile?.displayName ?? "",
      emailAddress: Office.context.mailbox?.userProfile?.emailAddress ?? "",
    }),
    timeZone: () => timeZone,
    readCurrentEmail,
    insertReply,
    addFollowUp: createFollowUpAdder(graph, loadGraph),
    loadSettings,
    saveSettings,
    loadRecords,
    saveRecords,
    openItem,
    tagItem,
    untagItem,
    theme: () => {
      try {
        return (Office.context.officeTheme as ThemeColors | undefined) ?? null;
      } catch {
        return null;
      }
    },
    onThemeChanged: (handler) => {
      try {
        const type = (Office.EventType as unknown as Record<string, string>).OfficeThemeChanged ?? "officeThemeChanged";
        Office.context.mailbox?.addHandlerAsync?.(type as unknown as Office.EventType, (event: { officeTheme?: ThemeColors }) =>
          handler(event?.officeTheme ?? null),
        );
      } catch {
        // Before Mailbox 1.14 the theme is read once, when the pane opens.
      }
    },
    onItemChanged: (handler) => {
      try {
        Office.context.mailbox?.addHandlerAsync?.(Office.EventType.ItemChanged, handler);
      } catch {
        // Older clients have no pinning; the pane simply closes with the item.
      }
    },
  };
}

import { errorMessage, type OperationResult } from "../core";
import { officeCall } from "./asyncCall";
import { isComposeMode, platformName, supportsMailbox } from "./requirements";

/** Opens a message by its id (read mode), for "open the email" from the promises list. */
export async function openItem(itemId: string): Promise<OperationResult> {
  const mailbox = Office.context.mailbox;
  if (!mailbox || typeof mailbox.displayMessageForm !== "function" || platformName() === "mobile") {
    return { ok: false, reason: "unsupported", message: "This Outlook app can't open another email from an add-in. Search for it by subject." };
  }
  try {
    mailbox.displayMessageForm(itemId);
    return { ok: true, message: "Opened the email." };
  } catch (error) {
    return { ok: false, reason: "failed", message: `Outlook couldn't open that email (${errorMessage(error)}). It may have been moved or deleted.` };
  }
}

/**
 * Tags the open email with a category (Mailbox 1.8). With ReadWriteItem the
 * category must already exist in the user's list; if it doesn't, say how to add it.
 */
export async function tagItem(category: string): Promise<OperationResult> {
  const item = Office.context.mailbox?.item as Office.MessageRead | null | undefined;
  if (!item || isComposeMode(item) || !supportsMailbox("1.8") || !item.categories) {
    return { ok: false, reason: "unsupported", message: "This Outlook app can't tag emails from an add-in." };
  }
  try {
    await officeCall<void>((cb) => item.categories.addAsync([category], cb));
    return { ok: true, message: `Tagged the email "${category}".` };
  } catch (error) {
    return {
      ok: false,
      reason: "failed",
      message: `The email wasn't tagged (${errorMessage(error)}). Create a category named "${category}" in Outlook to have it added next time.`,
    };
  }
}

/**
 * Removes the category from the open email when it is the one the promise belongs to. Add-ins
 * can change only the open item, so for any other email the pane says how to remove it by hand.
 */
export async function untagItem(category: string, itemId: string): Promise<OperationResult> {
  const item = Office.context.mailbox?.item as Office.MessageRead | null | undefined;
  const byHand = { ok: false as const, reason: "unsupported" as const, message: `Remove the "${category}" category from that email in Outlook.` };
  if (!item || isComposeMode(item) || !supportsMailbox("1.8") || !item.categories || item.itemId !== itemId) return byHand;
  try {
    await officeCall<void>((cb) => item.categories.removeAsync([category], cb));
    return { ok: true, message: `Removed "${category}" from the email.` };
  } catch (error) {
    return { ok: false, reason: "failed", message: `Outlook couldn't remove "${category}" (${errorMessage(error)}). Remove it from the email by hand.` };
  }
}

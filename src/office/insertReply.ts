import { utf8Bytes, type ApologyDraft, type OperationResult, type ReplyMode, errorMessage } from "../core";
import { officeCall } from "./asyncCall";
import { isComposeMode, platformName, supportsMailbox } from "./requirements";

/** Outlook refuses a reply form whose HTML body is over 32 KB, by throwing. */
export const REPLY_HTML_MAX_BYTES = 32 * 1024;

async function insertIntoCompose(item: Office.MessageCompose, draft: ApologyDraft): Promise<OperationResult> {
  const type = await officeCall<Office.CoercionType>((cb) => item.body.getTypeAsync(cb));
  const isHtml = String(type).toLowerCase() === String(Office.CoercionType.Html).toLowerCase();
  const coercionType = isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
  const data = isHtml ? draft.html : draft.text;
  if (supportsMailbox("1.2")) {
    // At the cursor; with no cursor in the body Outlook puts it at the top, above the quoted email.
    await officeCall<void>((cb) => item.body.setSelectedDataAsync(data, { coercionType }, cb));
  } else {
    await officeCall<void>((cb) => item.body.prependAsync(data, { coercionType }, cb));
  }
  return { ok: true, message: `The apology is in your reply${isHtml ? "" : " as plain text"}. Read it over, then send.` };
}

async function openReplyForm(item: Office.MessageRead, draft: ApologyDraft, mode: ReplyMode): Promise<OperationResult> {
  if (utf8Bytes(draft.html) > REPLY_HTML_MAX_BYTES) {
    return { ok: false, reason: "too-large", message: "The draft is over Outlook's 32 KB limit for a reply form. Shorten it, or copy it as plain text." };
  }
  const form = { htmlBody: draft.html };
  if (supportsMailbox("1.9")) {
    const call = mode === "replyAll" ? item.displayReplyAllFormAsync : item.displayReplyFormAsync;
    if (typeof call === "function") {
      await officeCall<void>((cb) => call.call(item, form, cb));
      return { ok: true, message: "Outlook opened the reply with your apology in it. Read it over, then send." };
    }
  }
  const legacy = mode === "replyAll" ? item.displayReplyAllForm : item.displayReplyForm;
  // The older call throws synchronously instead of reporting an error.
  legacy.call(item, form);
  return { ok: true, message: "Outlook opened the reply with your apology in it. Read it over, then send." };
}

/** Puts the draft into the reply: the reply form in read mode, the cursor in compose mode. */
export async function insertReply(draft: ApologyDraft, mode: ReplyMode): Promise<OperationResult> {
  const item = Office.context.mailbox?.item as Office.MessageRead | Office.MessageCompose | null | undefined;
  if (!item) return { ok: false, reason: "no-item", message: "No email is open. Select the customer's email, then try again." };
  try {
    if (isComposeMode(item)) return await insertIntoCompose(item as Office.MessageCompose, draft);
    const read = item as Office.MessageRead;
    if (platformName() === "mobile" || typeof read.displayReplyForm !== "function") {
      return { ok: false, reason: "unsupported", message: "This Outlook app can't open a reply form from an add-in." };
    }
    return await openReplyForm(read, draft, mode);
  } catch (error) {
    return {
      ok: false,
      reason: "failed",
      message: `Outlook could not open the reply (${errorMessage(error)}). Your draft is safe here; try again or copy it.`,
    };
  }
}

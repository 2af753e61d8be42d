import { errorMessage, type ApologyDraft, type MailboxPort, type ReplyMode } from "../../core";
import type { Notice } from "../notices";

/** Puts text on the clipboard; false when the browser refuses. */
export type Copy = (text: string) => Promise<boolean>;

export async function copyDraft(copy: Copy, draft: ApologyDraft, why: string): Promise<Notice> {
  return (await copy(draft.text))
    ? { id: "action", intent: "success", title: "Copied.", body: `${why} The apology is on your clipboard; paste it into your reply.`.trim() }
    : { id: "action", intent: "error", title: "Couldn't copy.", body: `${why} Select the preview text and copy it by hand; your draft stays here.`.trim() };
}

/** Inserts the draft into a reply (or at the cursor of one being written); copies it where Outlook can't. */
export async function insertDraft(mailbox: MailboxPort, draft: ApologyDraft, mode: ReplyMode, copy: Copy): Promise<Notice> {
  const caps = mailbox.capabilities();
  if (!caps.canOpenReplyForm && !caps.canInsertIntoBody) return copyDraft(copy, draft, "This Outlook app can't open a reply from an add-in.");
  try {
    const result = await mailbox.insertReply(draft, mode);
    if (result.ok) return { id: "action", intent: "success", title: "Draft inserted.", body: result.message };
    // Too big or not possible here: plain text is the way on. Anything else failed: copy and paste.
    const expected = result.reason === "too-large" || result.reason === "unsupported";
    const copyInstead = { label: expected ? "Copy as plain text" : "Copy instead", run: () => void copyDraft(copy, draft, "") };
    return { id: "action", intent: expected ? "warning" : "error", title: "Not inserted.", body: result.message, action: copyInstead };
  } catch (error) {
    return { id: "action", intent: "error", title: "Not inserted.", body: `Something went wrong (${errorMessage(error)}). Your draft is safe here.` };
  }
}

import { errorMessage, offsetMinutes, type ComplaintAnalysis, type CurrentItem, type Deadline, type MailboxPort } from "../../core";
import { loadDateParser } from "../dateParser";
import { mark } from "../marks";
import { loadReader } from "../reader";

/** The pane reads at most this much of an email, so a huge one never freezes it. */
export const PANE_MAX_CHARS = 300_000;

export type Loaded =
  | { kind: "loading" }
  | { kind: "no-item" }
  | { kind: "error"; message: string }
  | { kind: "ready"; item: CurrentItem; analysis: ComplaintAnalysis; openedAt: Date; key: string; offset: number };

/** Which saved draft belongs to an email: its conversation, else its id, else sender and subject. */
export function keyFor(item: CurrentItem): string {
  return item.conversationId || item.itemId || `${item.email.from.emailAddress}|${item.email.subject}`;
}

/**
 * Reads the open email and the complaint in it, without the date parser (fixed phrases like "by
 * Friday" are still read), so the summary is on screen without waiting for chrono.
 */
export async function readAndAnalyse(mailbox: MailboxPort, now: Date, early?: Promise<CurrentItem | null>): Promise<Loaded> {
  try {
    const item = await (early ?? mailbox.readCurrentEmail());
    if (!item) return { kind: "no-item" };
    mark("email-read");
    const offset = offsetMinutes(item.email.receivedAt ?? now, mailbox.timeZone());
    const { readComplaint } = await loadReader();
    const analysis = readComplaint(item.email, { now, mailboxOwner: mailbox.owner(), maxChars: PANE_MAX_CHARS, timeZoneOffsetMinutes: offset });
    mark("analysed");
    return { kind: "ready", item, analysis, openedAt: now, key: keyFor(item), offset };
  } catch (error) {
    return { kind: "error", message: errorMessage(error) };
  }
}

/** After first paint: the deadline with the full date parser, or null when it adds nothing. */
export async function laterDeadline(loaded: Extract<Loaded, { kind: "ready" }>): Promise<Deadline | null> {
  const { analysis, item, openedAt, offset } = loaded;
  if (!analysis.isComplaint || !analysis.latestMessage) return null;
  try {
    const [dates, { findDeadline }] = await Promise.all([loadDateParser(), loadReader()]);
    const deadline = findDeadline(analysis.latestMessage, analysis.language, item.email.receivedAt ?? openedAt, offset, dates);
    return deadline && deadline.date?.getTime() !== analysis.customerDeadline?.date?.getTime() ? deadline : null;
  } catch {
    // Without the parser the fixed phrases' deadline stands; nothing to tell the user.
    return null;
  }
}

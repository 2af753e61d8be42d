import type { IncomingEmail, MailboxOwner } from "../types";
import { htmlToText, tidyText, QUOTE_MARK } from "./htmlToText";
import { cutQuotedHistory, extractReply, readForwardedPart, unquote } from "./quotes";
import { cutSignature } from "./signature";

export interface LatestMessage {
  text: string;
  /** Who wrote the complaint: the sender, or the original sender of a colleague's forward. */
  customer: { displayName: string; emailAddress: string };
  signOffName: string;
  forwardedByColleague: boolean;
  /** The customer's own note forwarded someone else's message; this is that message. */
  forwardedContext: string;
  truncated: boolean;
}

/** Enough for any real complaint; keeps analysis of a pathological email bounded. */
export const DEFAULT_MAX_CHARS = 1_000_000;
/** Text beyond this is never the customer's latest words; stop reading there. */
export const MAX_TEXT_CHARS = 200_000;

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at === -1 ? "" : address.slice(at + 1).toLowerCase();
}

function isColleague(sender: string, owner?: MailboxOwner, colleagueDomains: string[] = []): boolean {
  const d = domainOf(sender);
  if (!d) return false;
  if (owner && domainOf(owner.emailAddress) === d) return true;
  return colleagueDomains.some((c) => c.toLowerCase() === d);
}

/** Text of the email, quotes of earlier messages marked, whatever its format. */
export function emailToText(body: string, format: "html" | "text", maxTextChars = MAX_TEXT_CHARS): string {
  if (format === "html") return htmlToText(body, maxTextChars);
  return tidyText(body.length > maxTextChars ? body.slice(0, maxTextChars) : body);
}

/** Very short notes that only pass a message along ("FYI", "see below"). */
function isPassAlongNote(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return true;
  if (t.length > 200) return false;
  return /^(hi|hello|hey|fyi|see below|please see below|see the email below|forwarding|can you (look|take a look|handle)|please (handle|look)|another one|complaint below|heads up)\b/i.test(t) || t.split(" ").length <= 6;
}

/** The newest words in a quoted or forwarded body, unquoting ">" lines first. */
function quotedLatest(body: string): string {
  return cutQuotedHistory(body.startsWith(">") ? unquote(body) : body).latest;
}

export function extractLatestMessage(
  email: IncomingEmail,
  options: { mailboxOwner?: MailboxOwner; colleagueDomains?: string[]; maxChars?: number } = {},
): LatestMessage {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const raw = typeof email.body === "string" ? email.body : "";
  const body = raw.length > max ? raw.slice(0, max) : raw;
  const text = emailToText(body, email.bodyFormat === "html" ? "html" : "text");
  const truncated = raw.length > max || text.length > MAX_TEXT_CHARS;
  const sender = {
    displayName: email.from?.displayName ?? "",
    emailAddress: email.from?.emailAddress ?? "",
  };

  const first = extractReply(text);
  let latest = first.latest;
  let customer = sender;
  let forwardedByColleague = false;
  let forwardedContext = "";

  if (first.boundary === "forward" || (first.boundary === "reply" && /^(fwd?|tr|wg|rv)\s*:/i.test(email.subject ?? ""))) {
    const part = readForwardedPart(first.rest);
    const colleague = isColleague(sender.emailAddress, options.mailboxOwner, options.colleagueDomains);
    if (colleague || isPassAlongNote(latest)) {
      // A colleague passed the customer's email on: the complaint is the forwarded message.
      forwardedByColleague = colleague || !!part.from;
      if (part.from && (part.from.displayName || part.from.emailAddress)) customer = part.from;
      latest = quotedLatest(part.body);
    } else {
      forwardedContext = cutQuotedHistory(part.body).latest;
    }
  } else if (!latest && first.boundary !== "none") {
    // Nothing above the quote (bottom-posting or an inline reply): use what follows it.
    latest = quotedLatest(readForwardedPart(first.rest).body);
  }

  const sig = cutSignature(latest.split(QUOTE_MARK).join(""));
  return {
    text: sig.body,
    customer,
    signOffName: sig.signOffName,
    forwardedByColleague,
    forwardedContext,
    truncated,
  };
}

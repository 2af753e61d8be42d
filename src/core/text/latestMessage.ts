import type { IncomingEmail, MailboxOwner } from "../types";
import { removeBanners } from "./banners";
import { htmlToText, tidyText, QUOTE_MARK } from "./htmlToText";
import { FORWARD_SUBJECT } from "./quoteHeaders";
import { cutQuotedHistory, extractReply, readForwardedPart, unquote, type ForwardedPart } from "./quotes";
import { cutSignature } from "./signature";
import { readWebForm } from "./webForm";

export interface LatestMessage {
  text: string;
  /** Who wrote the complaint: the sender, or the original sender of a colleague's forward. */
  customer: { displayName: string; emailAddress: string };
  signOffName: string;
  forwardedByColleague: boolean;
  /**
   * The earlier message under the customer's own words, when it carries the substance: a chase
   * ("Still waiting for a reply to this") over their first complaint, or a message they forwarded.
   */
  forwardedContext: string;
  /** The name the business's quoted earlier message greeted the customer by ("Hi Ngozi,"). */
  greetedAs: string;
  /** The message came through a website's contact form. */
  fromWebForm: boolean;
  truncated: boolean;
}

/** Enough for any real complaint; keeps analysis of a pathological email bounded. */
export const DEFAULT_MAX_CHARS = 1_000_000;
/** Text beyond this is never the customer's latest words; stop reading there. */
export const MAX_TEXT_CHARS = 200_000;

// Addresses anyone can have: sharing one of these domains with the mailbox makes nobody a colleague.
const FREE_MAIL =
  /^(gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|zoho|yandex|hey|fastmail|orange|laposte|free|sfr|wanadoo|btinternet|sky|comcast|verizon|att|sbcglobal|libero|virgilio|t-online|freenet|bigpond|optusnet|shaw|rogers|telus|qq|163|126|naver|seznam|wp|o2|interia|ukr|rambler|bluewin|telenet|ziggo|kpnmail|xs4all|tiscali|alice|terra|uol|bol|hotmail|msn)\./i;

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at === -1 ? "" : address.slice(at + 1).toLowerCase();
}

function isColleague(sender: string, owner?: MailboxOwner, colleagueDomains: string[] = []): boolean {
  const d = domainOf(sender);
  if (!d) return false;
  if (colleagueDomains.some((c) => c.toLowerCase() === d)) return true;
  if (!owner) return false;
  if (owner.emailAddress.toLowerCase() === sender.toLowerCase()) return true;
  return domainOf(owner.emailAddress) === d && !FREE_MAIL.test(d);
}

const sameAddress = (a?: string, b?: string) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

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
  return (
    /^(hi|hello|hey|fyi|see below|please see below|see the email below|forwarding|can you (look|take a look|handle)|please (handle|look)|another one|complaint below|heads up)\b/i.test(
      t,
    ) || t.split(" ").length <= 6
  );
}

/** A short nudge about an earlier message: "Still waiting for a reply to this", "Any update?". */
const CHASE =
  /\b(still waiting|still no (reply|response|answer|word)|any (update|news|reply)|following up|follow(ing)? up on|chasing|second (time|request|email)|third (time|request|email)|(no|not had a|haven'?t had a|haven'?t received a) (reply|response|answer)|haven'?t heard|forwarding (this|my|it) again|sending (this|it) again|see (my )?(email|message) below|toujours (pas|en attente)|sigo esperando|todavía no|aún no|warte (immer )?noch|immer noch keine|ancora nessuna|nog steeds|ainda não|ainda aguardo)\b/i;

/** The newest words in a quoted or forwarded body, unquoting ">" lines first. */
function quotedLatest(body: string): string {
  const text = /^\s*>/.test(body) ? unquote(body) : body;
  return removeBanners(extractReply(text).latest);
}

/**
 * Follows a colleague's forward down to the customer's message: a forward of a forward, or a
 * forward of a reply thread, ends at the first sender outside the business.
 */
function customerPart(rest: string, owner: MailboxOwner | undefined, colleagueDomains: string[] | undefined): ForwardedPart {
  let part = readForwardedPart(rest);
  for (let depth = 0; depth < 4; depth++) {
    if (!part.from || !isColleague(part.from.emailAddress, owner, colleagueDomains)) break;
    const inner = cutQuotedHistory(/^\s*>/.test(part.body) ? unquote(part.body) : part.body);
    if (inner.boundary === "none") break;
    part = readForwardedPart(inner.rest);
  }
  return part;
}

export function extractLatestMessage(
  email: IncomingEmail,
  options: { mailboxOwner?: MailboxOwner; colleagueDomains?: string[]; maxChars?: number } = {},
): LatestMessage {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const raw = typeof email.body === "string" ? email.body : "";
  const body = raw.length > max ? raw.slice(0, max) : raw;
  let text = removeBanners(emailToText(body, email.bodyFormat === "html" ? "html" : "text"));
  const truncated = raw.length > max || text.length > MAX_TEXT_CHARS;
  const sender = {
    displayName: email.from?.displayName ?? "",
    emailAddress: email.from?.emailAddress ?? "",
  };
  let customer = sender;

  // A website's contact form: the message field is the customer's words.
  const form = readWebForm(text);
  if (form) {
    text = form.message;
    customer = { displayName: form.name, emailAddress: form.email };
  }

  const first = extractReply(text);
  let latest = first.latest;
  let forwardedByColleague = false;
  let forwardedContext = "";
  const subjectSaysForward = FORWARD_SUBJECT.test(email.subject ?? "");

  if (first.boundary === "forward" || (first.boundary === "reply" && subjectSaysForward)) {
    const colleague = isColleague(sender.emailAddress, options.mailboxOwner, options.colleagueDomains);
    const part = colleague ? customerPart(first.rest, options.mailboxOwner, options.colleagueDomains) : readForwardedPart(first.rest);
    const ownEarlierMail = !!part.from && sameAddress(part.from.emailAddress, sender.emailAddress);
    if (colleague || (!ownEarlierMail && isPassAlongNote(latest) && !!part.from)) {
      // A colleague passed the customer's email on: the complaint is the forwarded message.
      forwardedByColleague = colleague || !!part.from;
      if (part.from && (part.from.displayName || part.from.emailAddress)) customer = part.from;
      latest = quotedLatest(part.body);
    } else {
      forwardedContext = quotedLatest(part.body);
    }
  } else if (first.boundary === "reply" && latest && latest.length < 600 && CHASE.test(latest)) {
    // A chase over the customer's own earlier complaint: that complaint is the substance.
    const part = readForwardedPart(first.rest);
    if (!part.from || sameAddress(part.from.emailAddress, sender.emailAddress) || sameAddress(part.from.displayName, sender.displayName)) {
      forwardedContext = quotedLatest(part.body);
    }
  } else if (!latest && first.boundary !== "none") {
    // Nothing of their own above or below the quote: read what was quoted.
    latest = quotedLatest(readForwardedPart(first.rest).body);
  }

  const sig = cutSignature(latest.split(QUOTE_MARK).join(""));
  let greetedAs = "";
  if (first.boundary !== "none" && !forwardedByColleague) {
    const part = readForwardedPart(first.rest);
    const fromBusiness = !part.from || isColleague(part.from.emailAddress, options.mailboxOwner, options.colleagueDomains) || !part.from.emailAddress;
    const hello =
      /^\s*>?\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buenos días|bonjour|hallo|liebe[rs]?|ciao|buongiorno|olá|oi|beste)\s+([\p{Lu}][\p{L}'-]{1,30})\s*[,!:]/iu.exec(
        part.body.slice(0, 300),
      );
    if (fromBusiness && hello) greetedAs = hello[1]!;
  }
  return {
    text: sig.body,
    customer,
    signOffName: sig.signOffName,
    forwardedByColleague,
    forwardedContext: forwardedContext ? cutSignature(forwardedContext).body : "",
    greetedAs,
    fromWebForm: !!form,
    truncated,
  };
}

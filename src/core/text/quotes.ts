import { QUOTE_MARK, RULE_MARK } from "./htmlToText";

/** Lines longer than this are never quote headers; skipping them keeps hostile input linear. */
const MAX_HEADER_LINE = 400;

const ORIGINAL_MESSAGE =
  /^[\s>*_-]*-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|originalmeddelande|opprinnelig melding|alkuperäinen viesti|original meddelelse|oprindelig besked|oprindelig meddelelse|ursprungligt meddelande|wiadomość oryginalna|исходное сообщение)\s*-{2,}[\s*_-]*$/i;
const FORWARD_MARK =
  /^[\s>*_-]*(-{2,}\s*(forwarded message|message transféré|mensaje reenviado|weitergeleitete nachricht|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht)\s*-{2,}|begin forwarded message\s*:|début du message réexpédié\s*:|anfang der weitergeleiteten nachricht\s*:)[\s*_-]*$/i;
const ON_WROTE_START = /^[\s-]*(on|le|am|el|il|em|op|den|på|w dniu|dnia|dne|el día|in data|в)\s/i;
// German and Dutch put the name after the verb ("Am ... schrieb Bob <bob@x>:"); Polish adds "(a)".
const QUOTE_VERB = "wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|skrev|napisał|kirjoitti|написал|napsal|írta";
const ON_WROTE_END = new RegExp(`(${QUOTE_VERB})[^:\\n]{0,200}:\\s*\\**\\s*$`, "i");
// Zoho: "---- On <date> <address> wrote ----"; some clients drop the colon after "wrote".
const ON_WROTE_BARE = new RegExp(`(${QUOTE_VERB})\\s*(-{2,})?\\s*$`, "i");
// Clients that only write a date and an address: "2017-11-24 16:32 GMT+01:00 Bob <bob@x.com>:".
const DATED_ADDRESS_HEADER = /\d.{0,200}[\w.+-]+@[\w-]+\.[\w.-]+>?\)?\s*:\s*$/;
const VERB_WITH_ADDRESS = new RegExp(`[\\w.+-]+@[\\w-]+\\.[\\w.-]+>?\\)?\\s*(${QUOTE_VERB})[^:\\n]{0,40}:\\s*$`, "i");
const HEADER_FIELD =
  /^\s*\*?\s*(from|de|von|da|van|från|fra|od|lähettäjä|от|message du|message from)\s*\*?\s*:\s*\*?\s*\S/i;
const ANY_FIELD =
  /^\s*\*?\s*(from|de|von|da|van|från|fra|od|от|to|à|an|para|a|cc|sent|date|envoyé|gesendet|enviado|fecha|datum|subject|objet|betreff|asunto|отправлено|кому|тема)\s*\*?\s*:/i;
const SENT_FIELD =
  /^\s*\*?\s*(sent|date|envoyé|gesendet|enviado|fecha|datum|inviato|data|verzonden|skickat|sendt|lähetetty|отправлено|to|à|an|para|a|aan|till|til|subject|objet|betreff|asunto|oggetto|assunto|onderwerp|ämne|emne)\s*\*?\s*:/i;
const UNDERSCORES = /^\s*_{8,}\s*$/;

export interface QuoteCut {
  /** The text above the first quoted part. */
  latest: string;
  /** The quoted or forwarded text below it (header included), or "" when none. */
  rest: string;
  /** What kind of boundary was found. */
  boundary: "none" | "reply" | "forward";
}

function isOnWroteHeader(lines: string[], i: number): number {
  const line = lines[i]!;
  if (line.length > MAX_HEADER_LINE || !ON_WROTE_START.test(line)) return 0;
  if (/\d/.test(line) && ON_WROTE_BARE.test(line)) return 1;
  // Gmail and Outlook wrap a long "On ... wrote:" line over up to three lines.
  let joined = line;
  for (let k = 0; k < 3 && i + k < lines.length; k++) {
    if (k > 0) {
      const next = lines[i + k]!;
      if (next.length > MAX_HEADER_LINE || next.trim() === "") return 0;
      joined += " " + next;
    }
    if (ON_WROTE_END.test(joined)) return k + 1;
  }
  return 0;
}

const DATE_OR_SUBJECT =
  /^\s*\*?\s*(sent|date|envoyé|gesendet|enviado|fecha|datum|dato|inviato|data|verzonden|skickat|sendt|subject|objet|sujet|betreff|asunto|oggetto|assunto|emne|ämne|aihe|отправлено|дата|тема)\s*\*?\s*:/i;

/** A line with a date and an address that ends in ":", alone or split before its ">:". Returns lines used. */
function datedAddressHeader(lines: string[], i: number): number {
  const line = lines[i]!;
  if (line.length > MAX_HEADER_LINE || !line.includes("@")) return 0;
  if (DATED_ADDRESS_HEADER.test(line) || VERB_WITH_ADDRESS.test(line)) return 1;
  const next = lines[i + 1];
  if (next !== undefined && /^\s*>?\s*:\s*$/.test(next) && /\d/.test(line)) return 2;
  return 0;
}

function isFieldBlock(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (line.length > MAX_HEADER_LINE || !HEADER_FIELD.test(line)) return false;
  // A From: line only counts when a date or subject field follows it closely.
  for (let k = 1; k <= 6 && i + k < lines.length; k++) {
    const next = lines[i + k]!;
    if (next.length > MAX_HEADER_LINE) return false;
    if (DATE_OR_SUBJECT.test(next)) return true;
  }
  return false;
}

/**
 * Reads lines on demand, so finding a boundary near the top of a huge email
 * never splits the rest of it.
 */
class LazyLines {
  private readonly starts: number[] = [0];
  private done = false;
  constructor(private readonly text: string) {}
  private extendTo(k: number): void {
    while (!this.done && this.starts.length <= k + 1) {
      const from = this.starts[this.starts.length - 1]!;
      const nl = this.text.indexOf("\n", from);
      if (nl === -1) {
        this.starts.push(this.text.length + 1);
        this.done = true;
      } else this.starts.push(nl + 1);
    }
  }
  get(k: number): string | undefined {
    this.extendTo(k);
    if (k + 1 >= this.starts.length) return undefined;
    return this.text.slice(this.starts[k]!, this.starts[k + 1]! - 1);
  }
  offset(k: number): number {
    this.extendTo(k);
    return Math.min(this.starts[k] ?? this.text.length, this.text.length);
  }
}

function asArray(lines: LazyLines, i: number, count: number): string[] {
  const out: string[] = [];
  for (let k = i; k < i + count; k++) {
    const l = lines.get(k);
    if (l === undefined) break;
    out.push(l);
  }
  return out;
}

/**
 * Finds where quoted or forwarded history begins and splits the text there.
 * Works line by line with anchored, bounded patterns, so its cost is linear.
 */
export function cutQuotedHistory(text: string): QuoteCut {
  const lines = new LazyLines(text);
  let sawContent = false;
  for (let i = 0; ; i++) {
    const line = lines.get(i);
    if (line === undefined) break;
    const trimmed = line.trim();
    let boundary: QuoteCut["boundary"] = "none";
    if (trimmed === QUOTE_MARK) boundary = "reply";
    else if (trimmed === RULE_MARK) {
      // A rule starts quoted history only when a header block follows it.
      const next = asArray(lines, i + 1, 3).find((l) => l.trim());
      if (next && ANY_FIELD.test(next)) boundary = "reply";
    }
    else if (line.length <= MAX_HEADER_LINE) {
      // The next few lines are only read when this one could start a header.
      if (FORWARD_MARK.test(line)) boundary = "forward";
      else if (ORIGINAL_MESSAGE.test(line)) boundary = "reply";
      else if (ON_WROTE_START.test(line) && isOnWroteHeader(asArray(lines, i, 3), 0) > 0) boundary = "reply";
      else if (HEADER_FIELD.test(line) && isFieldBlock(asArray(lines, i, 7), 0)) boundary = "reply";
      else if (UNDERSCORES.test(line) && HEADER_FIELD.test(lines.get(i + 1) ?? "")) boundary = "reply";
      else if (sawContent && line.includes("@") && datedAddressHeader(asArray(lines, i, 2), 0) > 0) {
        boundary = "reply";
        // "pe 11.10.2019 klo 13.27 John Doe" on the line before belongs to the same header.
        const above = i > 0 ? lines.get(i - 1) ?? "" : "";
        if (above.trim() && above.length < 120 && /\d/.test(above) && !/[.!?]\s*$/.test(above)) i--;
      }
      else if (sawContent && /^\s*>/.test(line)) boundary = "reply";
    }
    if (boundary !== "none") {
      // A rule of dashes, underscores or equals signs just above the header belongs to it.
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const above = (lines.get(k) ?? "").trim();
        if (/^[-_=*]{4,}$/.test(above)) i = k;
        else if (above) break;
      }
      const rest = text.slice(lines.offset(i));
      // A subject line of "Fwd:" above a forwarded header block means the same.
      const kind = boundary === "reply" && /^\s*\*?\s*(subject|objet|betreff|asunto)\s*:\s*(fwd?|tr|wg|rv)\s*:/im.test(rest.slice(0, 800)) && !sawContent ? "forward" : boundary;
      return { latest: withoutRules(text.slice(0, lines.offset(i))).trim(), rest, boundary: kind };
    }
    if (trimmed) sawContent = true;
  }
  return { latest: withoutRules(text).trim(), rest: "", boundary: "none" };
}

function withoutRules(text: string): string {
  return text.includes(RULE_MARK) ? text.split(RULE_MARK).join("") : text;
}

/**
 * The customer's reply: the text above the quote, or, for a bottom-posted
 * reply ("On ... wrote:", quoted lines, then the answer), the text below it.
 */
export function extractReply(text: string): QuoteCut {
  const cut = cutQuotedHistory(text);
  if (cut.latest || cut.boundary === "none") return cut;
  const lines = cut.rest.split("\n");
  let i = 0;
  // Skip the header itself, then the ">" quoted block.
  while (i < lines.length && i < 4 && !/^\s*>/.test(lines[i]!) && !(i > 0 && lines[i]!.trim() === "")) i++;
  const quotedStart = i;
  while (i < lines.length && (/^\s*>/.test(lines[i]!) || lines[i]!.trim() === "")) i++;
  if (i > quotedStart && i < lines.length) {
    const below = cutQuotedHistory(lines.slice(i).join("\n"));
    if (below.latest) return { latest: below.latest, rest: cut.rest, boundary: cut.boundary };
  }
  return cut;
}

export interface ForwardedPart {
  from: { displayName: string; emailAddress: string } | null;
  subject: string;
  body: string;
}

const FROM_VALUE = /^\s*\*?\s*(?:from|de|von|da|van|från|fra|od)\s*\*?\s*:\s*\*?\s*(.*)$/i;
const SUBJECT_VALUE = /^\s*\*?\s*(?:subject|objet|betreff|asunto|oggetto|assunto|onderwerp)\s*\*?\s*:\s*\*?\s*(.*)$/i;

/** Parses "Jane Doe <jane@x.com>", "jane@x.com", "Doe, Jane [mailto:jane@x.com]". */
export function parseAddress(value: string): { displayName: string; emailAddress: string } {
  const quoted = /^\s*"((?:[^"\\]|\\.){0,300})"\s*<([^<>\s]{1,320})>\s*$/.exec(value);
  if (quoted) return { displayName: quoted[1]!.replace(/\\(.)/g, "$1").trim(), emailAddress: quoted[2]! };
  const v = value.replace(/\*+/g, "").trim();
  const email = /([A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24})/.exec(v);
  const emailAddress = email ? email[1]! : "";
  let name = v
    .replace(/<[^>]{0,300}>/g, "")
    .replace(/\[mailto:[^\]]{0,300}\]/gi, "")
    .replace(emailAddress, "")
    .replace(/["']/g, "")
    .trim();
  if (/^\(?\)?$/.test(name)) name = "";
  return { displayName: name, emailAddress };
}

/** Reads the header block of a forwarded or quoted message and returns its sender and body. */
export function readForwardedPart(rest: string): ForwardedPart {
  const lines = rest.split("\n");
  let i = 0;
  // Skip the marker line itself.
  while (i < lines.length && (lines[i]!.trim() === "" || lines[i]!.trim() === QUOTE_MARK || FORWARD_MARK.test(lines[i]!) || ORIGINAL_MESSAGE.test(lines[i]!) || UNDERSCORES.test(lines[i]!))) i++;
  let from: ForwardedPart["from"] = null;
  let subject = "";
  let headerLines = 0;
  for (; i < lines.length && headerLines < 12; i++) {
    const line = lines[i]!;
    if (line.length > MAX_HEADER_LINE) break;
    const f = FROM_VALUE.exec(line);
    const s = SUBJECT_VALUE.exec(line);
    if (f) from = parseAddress(f[1]!);
    else if (s) subject = s[1]!.trim();
    else if (!SENT_FIELD.test(line) && !(line.trim() === "" && headerLines === 0)) break;
    headerLines++;
  }
  const body = lines.slice(i).join("\n").trim();
  return { from, subject, body };
}

/** Removes one level of ">" quoting, for text quoted by the customer's client. */
export function unquote(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/^\s?>\s?/, ""))
    .join("\n");
}

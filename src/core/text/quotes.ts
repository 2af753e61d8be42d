import { QUOTE_MARK, RULE_MARK } from "./htmlToText";
import {
  ADDRESS_WROTE,
  ATTRIBUTION_START,
  DATE_OR_SUBJECT,
  ADDRESS_COLON_END,
  FORWARD_MARK,
  FORWARD_SUBJECT,
  FROM_FIELD,
  FROM_VALUE,
  MAX_HEADER_LINE,
  ORIGINAL_MESSAGE,
  OTHER_FIELD,
  RULE_LINE,
  SUBJECT_FIELD,
  UNDERSCORES,
  WROTE_BARE,
  WROTE_END,
} from "./quoteHeaders";

export interface QuoteCut {
  /** The text above the first quoted part. */
  latest: string;
  /** The quoted or forwarded text below it (header included), or "" when none. */
  rest: string;
  /** What kind of boundary was found. */
  boundary: "none" | "reply" | "forward";
}

/** Reads lines on demand, so finding a boundary near the top of a huge email never splits the rest. */
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
    if (k < 0) return undefined;
    this.extendTo(k);
    if (k + 1 >= this.starts.length) return undefined;
    return this.text.slice(this.starts[k]!, this.starts[k + 1]! - 1);
  }
  offset(k: number): number {
    this.extendTo(k);
    return Math.min(this.starts[k] ?? this.text.length, this.text.length);
  }
}

const short = (line: string | undefined): line is string => line !== undefined && line.length <= MAX_HEADER_LINE;
const hasDigit = (s: string) => /\d/.test(s);
/**
 * A date, then an address ending in a colon ("2016-03-03 17:21 GMT+01:00 Bob <bob@x.com>:").
 * Cheap checks first: 20,000 header-like lines once took 100 ms here when every one ran a pattern.
 */
const datedAddress = (s: string) => {
  const end = s.trimEnd();
  const last = end[end.length - 1];
  if ((last !== ":" && last !== "：") || (!s.includes("@") && !/mailto:/i.test(s))) return false;
  const m = ADDRESS_COLON_END.exec(s);
  return m !== null && /\d/.test(s.slice(Math.max(0, m.index - 251), m.index));
};

/**
 * An attribution line ("On <date>, Bob <bob@x.com> wrote:"), possibly wrapped over up to three
 * lines. Returns how many lines above `i` belong to it too (0, or 1 when the date sits above).
 */
function attributionAt(lines: LazyLines, i: number): { found: boolean; above: number } {
  const line = lines.get(i)!;
  const none = { found: false, above: 0 };
  if (ATTRIBUTION_START.test(line)) {
    if (hasDigit(line) && WROTE_BARE.test(line)) return { found: true, above: 0 };
    let joined = line;
    for (let k = 0; k < 3; k++) {
      if (k > 0) {
        const next = lines.get(i + k);
        if (!short(next) || next.trim() === "") return none;
        joined += " " + next.trim();
      }
      if (WROTE_END.test(joined) || (hasDigit(joined) && datedAddress(joined))) return { found: true, above: 0 };
    }
    return none;
  }
  // No opening word: a date and an address that end in ":", or a line ending in "wrote:" with a date.
  if (hasDigit(line) && (datedAddress(line) || (WROTE_END.test(line) && /[<@(]/.test(line)))) return { found: true, above: 0 };
  const next = lines.get(i + 1);
  // Wrapped before the address's end: "2016-03-03 17:21 GMT+01:00 Bob <bob@x.com" / ">:".
  if (hasDigit(line) && line.includes("@") && short(next) && /^\s*[>)\]]?\s*[:：]\s*$/.test(next)) return { found: true, above: 0 };
  if (ADDRESS_WROTE.test(line)) {
    // "Bob <bob@x.com> wrote:" under "On Mon, 3 Mar 2025 at 10:00," or "pe 11.10.2019 klo 13.27".
    const up = lines.get(i - 1);
    const dateAbove = short(up) && up.trim() !== "" && up.length < 120 && hasDigit(up) && !/[.!?]\s*$/.test(up);
    return { found: true, above: dateAbove ? 1 : 0 };
  }
  return none;
}

/** A "From:" line with a date or subject field close below it. */
function fieldBlockAt(lines: LazyLines, i: number): boolean {
  if (!FROM_FIELD.test(lines.get(i)!)) return false;
  for (let k = 1; k <= 6; k++) {
    const next = lines.get(i + k);
    if (!short(next)) return false;
    if (DATE_OR_SUBJECT.test(next)) return true;
  }
  return false;
}

/** What kind of boundary line `i` starts, and how many lines above it belong to the header. */
function boundaryAt(lines: LazyLines, i: number, sawContent: boolean): { kind: QuoteCut["boundary"]; above: number } {
  const line = lines.get(i)!;
  const trimmed = line.trim();
  const none = { kind: "none" as const, above: 0 };
  if (trimmed === QUOTE_MARK) return { kind: "reply", above: 0 };
  if (trimmed === RULE_MARK) {
    // A rule starts quoted history only when a header block follows it.
    for (let k = 1; k <= 3; k++) {
      const next = lines.get(i + k);
      if (next === undefined) break;
      const t = next.trim();
      if (!t || t === QUOTE_MARK || t === RULE_MARK) continue;
      return FROM_FIELD.test(next) || OTHER_FIELD.test(next) ? { kind: "reply", above: 0 } : none;
    }
    return none;
  }
  if (line.length > MAX_HEADER_LINE) return none;
  if (FORWARD_MARK.test(line)) return { kind: "forward", above: 0 };
  if (ORIGINAL_MESSAGE.test(line)) return { kind: "reply", above: 0 };
  if (fieldBlockAt(lines, i)) return { kind: "reply", above: 0 };
  if (UNDERSCORES.test(line) && FROM_FIELD.test(lines.get(i + 1) ?? "")) return { kind: "reply", above: 0 };
  if (hasDigit(line) || /wrote|schrieb|écrit|escribió|scritto|escreveu|schreef|skrev/i.test(line) || line.includes("@")) {
    const a = attributionAt(lines, i);
    if (a.found) return { kind: "reply", above: a.above };
  }
  if (sawContent && /^\s*>/.test(line)) return { kind: "reply", above: 0 };
  return none;
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
    const found = boundaryAt(lines, i, sawContent);
    if (found.kind !== "none") {
      let start = i - found.above;
      // A rule of dashes, underscores or equals signs just above the header belongs to it.
      for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
        const above = (lines.get(k) ?? "").trim();
        if (RULE_LINE.test(above)) start = k;
        else if (above) break;
      }
      const rest = text.slice(lines.offset(start));
      const kind = found.kind === "reply" && !sawContent && forwardedSubject(rest) ? "forward" : found.kind;
      return { latest: withoutMarks(text.slice(0, lines.offset(start))).trim(), rest, boundary: kind };
    }
    if (line.trim() && line.trim() !== RULE_MARK) sawContent = true;
  }
  return { latest: withoutMarks(text).trim(), rest: "", boundary: "none" };
}

/** A "Subject: Fwd: ..." line in the header block just below a boundary. */
function forwardedSubject(rest: string): boolean {
  const head = rest.slice(0, 800).split("\n");
  return head.some((l) => {
    const m = l.length <= MAX_HEADER_LINE ? SUBJECT_FIELD.exec(l) : null;
    return !!m && FORWARD_SUBJECT.test(m[1]!);
  });
}

function withoutMarks(text: string): string {
  return text.includes(RULE_MARK) ? text.split(RULE_MARK).join("") : text;
}

const isQuoted = (l: string) => /^\s*>/.test(l);

/**
 * The customer's reply: the text above the quote, or, for a reply written below the quote or
 * between its lines, the customer's own lines there.
 */
export function extractReply(text: string): QuoteCut {
  const cut = cutQuotedHistory(text);
  if (cut.latest || cut.boundary === "none") return cut;
  const lines = cut.rest.split("\n");
  let i = 0;
  // Skip the header itself (up to four lines, ending at the first quoted line or blank line).
  while (i < lines.length && i < 4 && !isQuoted(lines[i]!) && !(i > 0 && lines[i]!.trim() === "")) i++;
  if (!lines.slice(i).some(isQuoted)) return cut;
  // Everything not quoted below the header, up to the next header: a bottom or inline reply.
  const own: string[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isQuoted(l)) {
      if (own.length && own[own.length - 1] !== "") own.push("");
      continue;
    }
    own.push(l);
  }
  const below = cutQuotedHistory(own.join("\n").trim());
  if (below.latest) return { latest: below.latest, rest: cut.rest, boundary: cut.boundary };
  return cut;
}

export interface ForwardedPart {
  from: { displayName: string; emailAddress: string } | null;
  subject: string;
  body: string;
}

/** Parses "Jane Doe <jane@x.com>", "jane@x.com", "Doe, Jane [mailto:jane@x.com]". */
export function parseAddress(value: string): { displayName: string; emailAddress: string } {
  const quoted = /^\s*"((?:[^"\\]|\\.){0,300})"\s*<([^<>\s]{1,320})>\s*$/.exec(value);
  if (quoted) return { displayName: quoted[1]!.replace(/\\(.)/g, "$1").trim(), emailAddress: quoted[2]!.replace(/^mailto:/i, "") };
  const v = value.replace(/\*+/g, "").trim();
  const email = /([A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24})/.exec(v);
  const emailAddress = email ? email[1]! : "";
  let name = v
    .replace(/<[^>]{0,300}>/g, "")
    .replace(/\[mailto:[^\]]{0,300}\]/gi, "")
    .replace(/\(mailto:[^)]{0,300}\)/gi, "")
    .replace(emailAddress, "")
    .replace(/["'()]/g, "")
    .trim();
  if (/^\(?\)?$/.test(name)) name = "";
  return { displayName: name, emailAddress };
}

const isMarker = (l: string) => {
  const t = l.trim();
  return (
    t === "" ||
    t === QUOTE_MARK ||
    t === RULE_MARK ||
    UNDERSCORES.test(l) ||
    RULE_LINE.test(t) ||
    (l.length <= MAX_HEADER_LINE && (FORWARD_MARK.test(l) || ORIGINAL_MESSAGE.test(l)))
  );
};

/** Reads the header block of a forwarded or quoted message and returns its sender and body. */
export function readForwardedPart(rest: string): ForwardedPart {
  const lines = rest.split("\n");
  let i = 0;
  while (i < lines.length && isMarker(lines[i]!)) i++;
  let from: ForwardedPart["from"] = null;
  let subject = "";
  const first = lines[i] ?? "";
  if (first.length <= MAX_HEADER_LINE && !FROM_FIELD.test(first) && !OTHER_FIELD.test(first)) {
    // An attribution line ("On ..., Bob <bob@x.com> wrote:") instead of a field block.
    const m = /([^,<>]{0,80})\s*[<([]?(?:mailto:)?([\w.+'-]{1,64}@[\w-]+\.[\w.-]+)/.exec(first);
    if (m && /\d/.test(first)) {
      from = {
        displayName: m[1]!
          .replace(/^.*\b(at|um|à|alle|às|om|kl\.?)\s+[\d:.]+\s*(am|pm|uhr)?\s*/i, "")
          .replace(/^[\s,]+|[\s,"']+$/g, "")
          .trim(),
        emailAddress: m[2]!,
      };
      i++;
      while (i < lines.length && i < 3 && !/[:：]\s*$/.test(lines[i - 1]!)) i++;
      while (i < lines.length && isMarker(lines[i]!)) i++;
    }
    return { from, subject, body: lines.slice(i).join("\n").trim() };
  }
  let headerLines = 0;
  for (; i < lines.length && headerLines < 14; i++) {
    const line = lines[i]!;
    if (line.length > MAX_HEADER_LINE) break;
    const f = FROM_VALUE.exec(line);
    const s = SUBJECT_FIELD.exec(line);
    if (f && !from) from = parseAddress(f[1]!);
    else if (s) subject = s[1]!.trim();
    else if (OTHER_FIELD.test(line)) {
      /* another field of the block */
    } else if (line.trim() === "" && headerLines === 0) {
      /* blank line before the block */
    } else if (headerLines > 0 && !line.trim()) {
      i++;
      break;
    } else if (headerLines > 0 && /^\s+\S/.test(line) === false && !/[:：]/.test(line) && /^[\w"'<]/.test(line) && lines[i - 1]!.trim().endsWith(",")) {
      /* a wrapped recipient list */
    } else break;
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

import { decodeEntities } from "./entities";

/**
 * A line that marks where a mail client started quoting earlier mail. The
 * quote stripper cuts there; it never appears in real text (it holds control
 * characters that HTML text cannot carry through our whitespace folding).
 */
export const QUOTE_MARK = "\u0001quote\u0001";
/** A horizontal rule: a quote boundary only when a header block follows it. */
export const RULE_MARK = "\u0001rule\u0001";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// Whole subtrees that never hold words the customer wrote.
const SKIP_CONTENT = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "math", "object", "iframe", "xml"]);
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "body",
  "html",
]);
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre"]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
  end: number;
}

const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attribute(attrs: string, name: string): string | undefined {
  if (!attrs) return undefined;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrs)) !== null) {
    if (m[1]!.toLowerCase() === name) return decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return undefined;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 95 || c === 45;
}

/** Reads one tag starting at `<`; returns null when it is not a tag (a lone "<" in text). */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html.charCodeAt(i) === 47; // "/"
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  if (i === nameStart) return null;
  const name = html.slice(nameStart, i).toLowerCase();
  // Find the closing ">" outside quotes. Most tags have no quote before it: one indexOf then.
  let j = html.indexOf(">", i);
  if (j !== -1) {
    const segment = html.slice(i, j);
    if (segment.includes('"') || segment.includes("'")) {
      let quote = 0;
      for (j = i; j < html.length; j++) {
        const c = html.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) {
          quote = c;
        } else if (c === 62) {
          break;
        }
      }
    }
  }
  if (j === -1 || j >= html.length) {
    // Unterminated tag: treat the rest as one tag with no attributes we trust.
    return { name, closing, selfClosing: false, attrs: "", end: html.length };
  }
  const attrs = html.slice(i, j);
  return { name, closing, selfClosing: attrs.endsWith("/"), attrs, end: j + 1 };
}

function isHidden(attrs: string): boolean {
  if (!attrs) return false;
  if (/(^|\s)hidden(\s|=|$)/i.test(attrs)) return true;
  const style = attribute(attrs, "style");
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style)) return true;
  return false;
}

/** Elements that mail clients wrap around quoted history. */
function startsQuote(name: string, attrs: string): boolean {
  if (!attrs) return false;
  const cls = (attribute(attrs, "class") ?? "").toLowerCase();
  const id = (attribute(attrs, "id") ?? "").toLowerCase();
  if (name === "blockquote") {
    return /cite/i.test(attribute(attrs, "type") ?? "") || /gmail_quote|yahoo_quoted|moz-cite/.test(cls);
  }
  if (/\bgmail_quote\b|gmail_quote_container|gmail_attr|yahoo_quoted|moz-cite-prefix|protonmail_quote|zmail_extra|\boutlookmessageheader\b/.test(cls)) {
    return true;
  }
  if (
    id === "divrplyfwdmsg" ||
    id === "appendonsend" ||
    id === "x_divrplyfwdmsg" ||
    id === "mail-editor-reference-message-container" ||
    id === "isforwardcontent" ||
    id === "isreplycontent"
  ) {
    return true;
  }
  if (name === "div" || name === "p" || name === "hr") {
    // Outlook desktop separates the quoted message with a top border.
    const style = (attribute(attrs, "style") ?? "").toLowerCase();
    if (/border-top\s*:\s*solid\s*(#e1e1e1|#b5c4df)/.test(style) || /border:none;\s*border-top:solid/.test(style.replace(/\s+/g, ""))) return true;
  }
  if (name === "hr" && (id === "stopspelling" || id === "x_stopspelling")) return true;
  return false;
}

class TextSink {
  // String concatenation builds a rope in V8, cheaper here than an array of tiny parts.
  private out = "";
  private pendingNewlines = 0;
  private pendingSpace = false;
  private pendingCell = false;
  private atLineStart = true;

  text(t: string): void {
    if (!t) return;
    if (this.pendingNewlines > 0) {
      if (this.out) this.out += this.pendingNewlines >= 2 ? "\n\n" : "\n";
      this.pendingNewlines = 0;
      this.pendingSpace = false;
      this.pendingCell = false;
      this.atLineStart = true;
    }
    if (this.pendingCell && !this.atLineStart) this.out += "\t";
    else if (this.pendingSpace && !this.atLineStart) this.out += " ";
    this.pendingSpace = false;
    this.pendingCell = false;
    this.out += t;
    this.atLineStart = false;
  }
  space(): void {
    this.pendingSpace = true;
  }
  /** Between table cells: a tab, so "Name" and "Jane" in a form's row stay apart. */
  cell(): void {
    this.pendingCell = true;
  }
  newline(count: 1 | 2): void {
    if (!this.out) return;
    if (count > this.pendingNewlines) this.pendingNewlines = count;
  }
  lineBreak(): void {
    if (!this.out) return;
    this.pendingNewlines = Math.min(2, this.pendingNewlines + 1);
  }
  raw(line: string): void {
    this.newline(1);
    this.text(line);
    this.newline(1);
  }
  get length(): number {
    return this.out.length;
  }
  toString(): string {
    return this.out;
  }
}

/**
 * Converts an email's HTML to readable plain text in one linear pass: blocks
 * become lines, lists get bullets, links keep their address, entities are
 * decoded, and hidden or non-text content is dropped. Where a client's quoted
 * history begins, a QUOTE_MARK line is written so the caller can cut there.
 */
/** How much text between two tags is decoded at a time. */
const TEXT_PIECE = 65_536;

export function htmlToText(html: string, maxTextChars = Infinity): string {
  const sink = new TextSink();
  const stack: string[] = [];
  // How many of each element are open, so a close tag with no open match costs O(1), not a scan
  // of the whole stack (nested unmatched end tags were quadratic).
  const open = new Map<string, number>();
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const popTo = (at: number) => {
    for (let k = stack.length - 1; k >= at; k--) {
      const name = stack[k]!;
      open.set(name, open.get(name)! - 1);
    }
    stack.length = at;
  };
  let skipUntilDepth = -1;
  let pre = 0;
  const links: { href: string }[] = [];
  let linkText = "";
  let i = 0;
  const n = html.length;

  const emitText = (raw: string) => {
    // Zero-width characters (a BOM, zero-width spaces) carry nothing and hide blank lines.
    const decoded = decodeEntities(raw).replace(/[\ufeff\u200b]/g, "");
    if (pre > 0) {
      const lines = decoded.split(/\r?\n/);
      lines.forEach((line, idx) => {
        if (idx > 0) sink.newline(1);
        if (line) sink.text(line);
      });
      if (links.length) linkText += decoded;
      return;
    }
    // One linear pass folds every run of whitespace to a single space.
    const folded = decoded.replace(/[ \t\r\n\f\u00a0]+/g, " ");
    const lead = folded.charCodeAt(0) === 32;
    const trail = folded.length > 1 && folded.charCodeAt(folded.length - 1) === 32;
    if (lead) sink.space();
    const core = folded.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (core) sink.text(core);
    if (trail) sink.space();
    if (links.length) linkText += decoded;
  };

  while (i < n) {
    // Past the cap nothing more is read: a complaint never needs this much text.
    if (sink.length > maxTextChars) break;
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      // A long run of text is taken in pieces, so the cap also holds inside it (1 MB of entities
      // with no tag once decoded whole). A piece never ends inside an entity.
      while (i < textEnd && sink.length <= maxTextChars) {
        let end = Math.min(textEnd, i + TEXT_PIECE);
        if (end < textEnd) {
          const amp = html.lastIndexOf("&", end);
          if (amp > end - 40 && amp > i && html.indexOf(";", amp) >= end) end = amp;
        }
        if (skipUntilDepth === -1) emitText(html.slice(i, end));
        i = end;
      }
      i = textEnd;
      if (lt === -1) break;
    }
    // Comments and doctype / conditional blocks.
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      const close = html.indexOf(">", i);
      i = close === -1 ? n : close + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      if (skipUntilDepth === -1) emitText("<");
      i++;
      continue;
    }
    i = tag.end;
    const { name } = tag;

    if (!tag.closing && SKIP_CONTENT.has(name) && !tag.selfClosing) {
      // Jump straight to the matching close tag: these never nest in mail.
      const lower = `</${name}`;
      let close = i;
      for (;;) {
        close = html.indexOf("</", close);
        if (close === -1) break;
        if (html.slice(close, close + lower.length).toLowerCase() === lower) break;
        close += 2;
      }
      if (close === -1) {
        i = n;
      } else {
        const gt = html.indexOf(">", close);
        i = gt === -1 ? n : gt + 1;
      }
      continue;
    }

    if (tag.closing) {
      // Pop to the matching open element (tolerates unclosed children).
      if (!open.get(name)) continue;
      const at = stack.lastIndexOf(name);
      popTo(at);
      if (skipUntilDepth !== -1) {
        if (at <= skipUntilDepth) skipUntilDepth = -1;
        else continue;
      }
      if (name === "pre") pre = Math.max(0, pre - 1);
      if (name === "a" && links.length) {
        const link = links.pop()!;
        const shown = linkText.trim();
        const bare = link.href.replace(/^mailto:/i, "");
        if (link.href && /^(https?:|mailto:)/i.test(link.href) && shown !== bare && shown !== link.href && shown.length > 0) {
          sink.space();
          sink.text(`(${bare})`);
        }
        linkText = "";
      }
      if (BLOCK.has(name)) sink.newline(PARAGRAPH.has(name) ? 2 : 1);
      else if (name === "td" || name === "th") sink.cell();
      continue;
    }

    if (skipUntilDepth !== -1) {
      if (!VOID.has(name) && !tag.selfClosing) push(name);
      continue;
    }

    if (startsQuote(name, tag.attrs)) {
      sink.raw(QUOTE_MARK);
    }
    if (isHidden(tag.attrs) && !VOID.has(name) && !tag.selfClosing) {
      skipUntilDepth = stack.length;
      push(name);
      continue;
    }

    if (name === "br") {
      sink.lineBreak();
      continue;
    }
    if (name === "img") {
      const alt = attribute(tag.attrs, "alt");
      if (alt && alt.trim()) emitText(alt);
      continue;
    }
    if (name === "hr") {
      sink.raw(RULE_MARK);
      continue;
    }
    if (BLOCK.has(name)) sink.newline(PARAGRAPH.has(name) ? 2 : 1);
    if (name === "li") sink.text("• ");
    if (name === "pre") pre++;
    if (name === "a") {
      links.push({ href: (attribute(tag.attrs, "href") ?? "").trim() });
      linkText = "";
    }
    if (!VOID.has(name) && !tag.selfClosing) push(name);
  }
  // The sink already folds spaces and blank lines; only bullets with no text leave a trailing space.
  return sink.toString().replace(/• \n/g, "•\n");
}

/** Trims each line and folds runs of blank lines, so text from any client looks alike. */
export function tidyText(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    // trim() is linear; a "[ \t]+$" pattern would be quadratic on long runs of spaces.
    const t = line.trim();
    if (!t) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push("");
    blank = false;
    out.push(t);
  }
  return out.join("\n");
}

import type { IncomingEmail } from "../types";
import { parseAddress } from "./quotes";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Map([...B64].map((c, i) => [c, i] as const));

function base64ToBytes(input: string): Uint8Array {
  const clean = input.replace(/[^A-Za-z0-9+/]/g, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of clean) {
    value = (value << 6) | (B64_INDEX.get(c) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

// Made on first use: some runtimes (jsdom) only provide TextEncoder to code that runs later.
let utf8: TextEncoder | null = null;

function qpToBytes(input: string, underscoresAreSpaces = false): Uint8Array {
  const text = input.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === "_" && underscoresAreSpaces) {
      out.push(32);
    } else {
      const code = c.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else for (const b of (utf8 ??= new TextEncoder()).encode(c)) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || "utf-8", { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Decodes RFC 2047 words such as =?UTF-8?B?...?= in a header. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,2000})\?=/g, (_, charset: string, enc: string, data: string) =>
      decodeBytes(enc.toUpperCase() === "B" ? base64ToBytes(data) : qpToBytes(data, true), charset),
    );
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, "\n");
  const end = text.indexOf("\n\n");
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? "" : text.slice(end + 2);
  const headers = new Map<string, string>();
  let current = "";
  for (const line of head.split("\n")) {
    if (/^[ \t]/.test(line) && current) {
      headers.set(current, `${headers.get(current)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    current = line.slice(0, colon).trim().toLowerCase();
    headers.set(current, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string, name: string): string {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return m ? (m[1] ?? m[2] ?? "") : "";
}

function decodeBody(part: Part): string {
  const type = part.headers.get("content-type") ?? "text/plain";
  const charset = param(type, "charset") || "utf-8";
  const enc = (part.headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (enc === "base64") return decodeBytes(base64ToBytes(part.body), charset);
  if (enc === "quoted-printable") return decodeBytes(qpToBytes(part.body), charset);
  return part.body;
}

/** Finds the best body in a MIME tree: HTML first (or plain text first, when asked), then the other. */
function findBody(part: Part, depth = 0, prefer: "html" | "text" = "html"): { body: string; format: "html" | "text" } | null {
  const type = (part.headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/") && depth < 8) {
    const boundary = param(part.headers.get("content-type") ?? "", "boundary");
    if (!boundary) return null;
    const pieces = part.body.split(`--${boundary}`).slice(1);
    const parts = pieces.filter((p) => !p.startsWith("--")).map((p) => splitPart(p.replace(/^\r?\n/, "")));
    const found = parts.map((p) => findBody(p, depth + 1, prefer)).filter((x): x is NonNullable<typeof x> => !!x);
    return found.find((f) => f.format === prefer) ?? found[0] ?? null;
  }
  if (type.startsWith("text/html")) return { body: decodeBody(part), format: "html" };
  if (type.startsWith("text/plain") || !type) return { body: decodeBody(part), format: "text" };
  return null;
}

function looksLikeEml(raw: string): boolean {
  const head = raw.slice(0, 4000);
  return (
    /^(from|subject|date|to|received|return-path|mime-version|message-id|delivered-to)\s*:/im.test(head.split(/\r?\n\r?\n/)[0] ?? "") &&
    /^(from|subject)\s*:/im.test(head)
  );
}

/**
 * Turns whatever a person pastes or drops (a raw .eml, HTML or plain text)
 * into the email the analysis reads.
 */
export function parseEmailInput(raw: string, fallbackFrom?: { displayName: string; emailAddress: string }, prefer: "html" | "text" = "html"): IncomingEmail {
  const input = typeof raw === "string" ? raw : "";
  const from = fallbackFrom ?? { displayName: "", emailAddress: "" };
  if (looksLikeEml(input)) {
    const top = splitPart(input);
    const body = findBody(top, 0, prefer) ?? { body: top.body, format: "text" as const };
    const date = top.headers.get("date");
    const received = date ? new Date(date) : undefined;
    return {
      subject: decodeHeader(top.headers.get("subject") ?? ""),
      from: top.headers.has("from") ? parseAddress(decodeHeader(top.headers.get("from")!)) : from,
      body: body.body,
      bodyFormat: body.format,
      receivedAt: received && !isNaN(received.getTime()) ? received : undefined,
    };
  }
  const isHtml = /<(html|body|div|p|br|table|span|blockquote)[\s>/]/i.test(input.slice(0, 20000));
  return { subject: "", from, body: input, bodyFormat: isHtml ? "html" : "text" };
}

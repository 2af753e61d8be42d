const MAX_LINE = 300;

// "-- " (the standard), a bare "--", an em dash, or a rule of underscores before a list footer.
const DELIMITER = /^(-{2,} ?|—|_{2,})\s*$/;
// "Sent from my iPhone", "Get Outlook for iOS<https://aka.ms/...>", and their kin in other languages.
// Only short lines count, so a sentence that happens to start "Sent from" is left alone.
// A sentence ("Sent from my desk, which is easier") has punctuation; an app's line does not.
const MOBILE =
  /^(sent from|sent (via|with)|via mobile|get outlook for|envoyé de mon|envoyé depuis|von meinem|gesendet von|enviado desde|enviado do meu|enviado de mi|inviato da|sendt fra min|skickat från|verzonden met|lähetetty)\b[^,.!?<]{0,50}(<[^>\s]{0,200}>)?\.?\s*$/i;
const VALEDICTION =
  /^(thanks|thank you|thanks again|many thanks|thanks so much|thank you so much|regards|best|best regards|kind regards|warm regards|warmly|all the best|cheers|sincerely|yours|yours sincerely|yours truly|respectfully|cordialement|bien cordialement|merci|bien à vous|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|mfg|gruß|grüße|danke|saludos|un saludo|atentamente|gracias|muchas gracias|cordiali saluti|saluti|grazie|atenciosamente|obrigad[oa]|met vriendelijke groet)\s*[,.!]*\s*$/i;
const VALEDICTION_HEAD = /^(thanks|thank you|many thanks|regards|best|best regards|kind regards|cheers|sincerely|merci|danke|gracias|saludos|cordialement)$/i;

/** "Thanks, Jane" on one line: the sign-off word, then a name. */
function valedictionWithName(line: string): string {
  const m = /^([^,!.-]{2,20})[,!.-]\s*(.+)$/.exec(line);
  if (!m || !VALEDICTION_HEAD.test(m[1]!.trim())) return "";
  return looksLikeName(m[2]!);
}
const DISCLAIMER =
  /^(this (e-?mail|message|communication)( and any (files|attachments))?\s+(is|are|may|contains?)|confidentiality (notice|note)|disclaimer\s*:|the information (contained )?in this (e-?mail|message)|if you (are not|have received this) (the intended|in error)|please consider the environment)/i;
const CONTACT =
  /^(\+?[\d ()./-]{7,}\d|(tel|phone|mobile|cell|fax|t|m|p|w|e)\.?\s*[:.]?\s*[+\d(][\d ()./-]{5,}|(www\.|https?:\/\/)\S+|[\w.+-]+@[\w-]+\.[\w.]+|.*\|.*\|.*)\s*$/i;

export interface SignatureCut {
  body: string;
  /** The text cut away, kept so a name can be read from it. */
  signature: string;
  /** A name found in a sign-off ("Thanks, Jane" or the line below "Regards"). */
  signOffName: string;
}

function looksLikeName(line: string): string {
  const t = line.trim().replace(/^[-–—~]\s*/, "");
  if (t.length > 40 || t.length < 2) return "";
  if (!/^[A-ZÀ-ÖØ-Þ][\p{L}'.-]*(\s+[A-ZÀ-ÖØ-Þ][\p{L}'.-]*){0,3}$/u.test(t)) return "";
  return t;
}

/** Where the hard markers start: the "-- " delimiter, "Sent from my phone" lines, disclaimers. */
function hardSignatureLine(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE) continue;
    if ((DELIMITER.test(line) && i > 0) || MOBILE.test(line.trim()) || (DISCLAIMER.test(line.trim()) && i > 0)) return i;
  }
  return lines.length;
}

function lastParagraph(lines: string[], end: number): { start: number } | null {
  let e = end;
  while (e > 0 && !lines[e - 1]!.trim()) e--;
  if (e === 0) return null;
  let s = e;
  while (s > 0 && lines[s - 1]!.trim()) s--;
  return { start: s };
}

/** Cuts only what is certainly a signature (delimiter, phone line, disclaimer), keeping sign-offs. */
export function cutHardSignature(text: string): string {
  const lines = text.split("\n");
  const cut = hardSignatureLine(lines);
  return cut === 0 ? text.trim() : lines.slice(0, cut).join("\n").trim();
}

/**
 * Cuts the signature from the end of a message: the "-- " delimiter, "Sent
 * from my phone" lines, a closing sign-off with the name under it, contact
 * blocks and legal disclaimers.
 */
export function cutSignature(text: string): SignatureCut {
  const lines = text.split("\n");
  let signOffName = "";
  // Hard markers: everything below them is signature.
  let cut = hardSignatureLine(lines);

  // A sign-off near the end: "Thanks," then a name, or "Thanks, Jane".
  const searchFrom = Math.max(0, cut - 12);
  for (let i = cut - 1; i >= searchFrom; i--) {
    const line = lines[i]!.trim();
    if (line.length > 60) continue;
    const withName = valedictionWithName(line);
    if (withName && i > 0) {
      signOffName = withName;
      cut = i;
      break;
    }
    if (VALEDICTION.test(line) && i > 0) {
      // Only a sign-off if what follows is short (a name and contact lines).
      const below = lines.slice(i + 1, cut).filter((l) => l.trim());
      if (below.length <= 6) {
        signOffName = below.length ? looksLikeName(below[0]!) : "";
        cut = i;
        break;
      }
    }
  }

  // Trailing contact lines and a bare name left above them.
  let end = cut;
  while (end > 1) {
    const line = lines[end - 1]!.trim();
    if (!line) {
      end--;
      continue;
    }
    if (line.length <= MAX_LINE && CONTACT.test(line)) {
      end--;
      continue;
    }
    break;
  }
  if (end < cut) {
    // A name line right above a contact block is part of the signature.
    const nameLine = lines[end - 1]?.trim() ?? "";
    const name = looksLikeName(nameLine);
    if (name && end - 1 > 0) {
      if (!signOffName) signOffName = name;
      end--;
    }
    cut = end;
  } else {
    // "...please fix it.\n\nJane": a lone name after a blank line.
    let last = cut - 1;
    while (last > 0 && !lines[last]!.trim()) last--;
    const name = looksLikeName(lines[last] ?? "");
    const above = lines[last - 1]?.trim() ?? "";
    if (name && last >= 1 && (!above || /[.!?]$/.test(above)) && name.split(/\s+/).length <= 3) {
      if (!signOffName) signOffName = name;
      cut = last;
    }
  }

  // A last paragraph that is a name over a title, company or address lines is a signature too.
  const block = lastParagraph(lines, cut);
  if (block && block.start > 0) {
    const blockLines = lines.slice(block.start, cut).map((l) => l.trim()).filter(Boolean);
    const name = looksLikeName(blockLines[0] ?? "");
    if (name && blockLines.length >= 2 && blockLines.length <= 6 && blockLines.every((l) => l.length <= 60 && !/[.!?]$/.test(l))) {
      if (!signOffName) signOffName = name;
      cut = block.start;
    }
  }

  const body = lines.slice(0, cut).join("\n").trim();
  if (!body) return { body: text.trim(), signature: "", signOffName };
  return { body, signature: lines.slice(cut).join("\n").trim(), signOffName };
}

// Signatures, device lines and disclaimers at the end of a message. One pattern a line, each
// with an example; the device lines are the clients' own strings in their languages.

const MAX_LINE = 300;

/** "-- " (the standard), a bare "--", an em dash, or a rule of underscores before a list footer. */
const DELIMITER = /^(-{2,} ?|—|_{2,})\s*$/;

/** Lines a mail app adds under every message. Only short lines count; an app's line has no sentence punctuation. */
const DEVICE_LINES: RegExp[] = [
  // Sent from my iPhone / Sent from my Galaxy / Sent from Mail for Windows / Sent via the Samsung Galaxy
  /^(sent from|sent (via|with|using)|sent on the go|via mobile)\b/i,
  // Get Outlook for iOS / Get Outlook for Android (https://aka.ms/AAb9ysg)
  /^(get|download) (the )?outlook (for|on) (ios|android)/i,
  // Sent with Proton Mail secure email. / Sent with Proton Mail (https://proton.me) secure email.
  /^sent with proton ?mail\b/i,
  // Enviado desde mi iPhone / Enviado do meu iPhone / Enviado desde Outlook para Android
  /^(enviado (desde|do|de|con|a partir d[oe]) (mi|meu|minha|o|el)?|obtener outlook para|baixar o outlook para|obter o outlook para)\b/i,
  // Envoyé de mon iPhone / Envoyé depuis mon mobile / Télécharger Outlook pour iOS
  /^(envoyé (de|depuis|à partir de|avec)\b|télécharger outlook pour|obtenir outlook pour)\b/i,
  // Von meinem iPhone gesendet / Gesendet von meinem Smartphone / Outlook für iOS beziehen
  /^(von meinem .{1,40} gesendet|gesendet (von|mit|über)\b|outlook für (ios|android) beziehen)\b/i,
  // Inviato da iPhone / Inviato dal mio smartphone / Scarica Outlook per iOS
  /^(inviato da|inviato dal mio|scarica outlook per)\b/i,
  // Verstuurd vanaf mijn iPhone / Verzonden met mijn Android / Outlook voor iOS downloaden
  /^(verstuurd (vanaf|met|via) mijn|verzonden (vanaf|met) mijn|outlook voor (ios|android) downloaden)\b/i,
  // Sendt fra min iPhone (da, nb) / Skickat från min iPhone (sv) / Lähetetty iPhonesta (fi)
  /^(sendt fra min|skickat från min|lähetetty (iphonesta|puhelimesta|android))/i,
  // Wysłane z iPhone'a / Wysłano z mojego telefonu
  /^(wysłane z|wysłano z)\b/i,
  // Отправлено с iPhone / Надіслано з iPhone
  /^(отправлено с|надіслано з)\s/i,
  // Εστάλη από το iPhone μου
  /^εστάλη από\s/i,
  // iPhone'umdan gönderildi / Android cihazımdan gönderildi
  /^\S{1,30} (cihazımdan )?gönderildi\b/i,
  // أُرسلت من الـ iPhone
  /^(أُرسلت|أرسلت) من\s/,
  // iPhoneから送信 / 从我的iPhone发送 / 從我的 iPhone 傳送
  /^(\S{1,20}から送信|从我的.{1,20}发送|從我的.{1,20}傳送)/,
];

/** Disclaimers' first words, in the languages our customers write. */
const DISCLAIMER =
  /^(this (e-?mail|message|communication)( and any (files|attachments)( transmitted with it)?)?\s+(is|are|may|contains?|and)|confidentiality (notice|note|statement)|disclaimer\s*:|notice of confidentiality|the (information|content)s? (contained )?in this (e-?mail|message|communication|transmission)|[\w&.,' -]{2,60} is a (private limited )?company registered in|registered (office|in england)|company (registration )?(no|number)\b|if you (are not|have received this) (the intended|in error)|please consider the environment|diese (e-?mail|nachricht) (enthält|kann) vertrauliche|ce (message|courriel|mail) (et|est|peut)|este (mensaje|correo) (y|es|puede)|questo messaggio (e|è|può)|dit (e-?mail)?bericht is)/i;

/** Closing words ("Thanks," "Kind regards"), in the languages our customers write. */
const VALEDICTION =
  /^(thanks|thank you|thanks again|thanks in advance|many thanks|with thanks|thanks so much|thank you so much|regards|best|best regards|kind regards|warm regards|warmest regards|best wishes|warmly|all the best|cheers|sincerely|yours|yours sincerely|sincerely yours|yours truly|yours faithfully|faithfully|respectfully|with best wishes|take care|cordialement|bien cordialement|merci|merci d'avance|merci beaucoup|bien à vous|salutations|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|mfg|gruß|grüße|danke|vielen dank|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|cordiali saluti|distinti saluti|saluti|grazie|grazie mille|atenciosamente|cumprimentos|obrigad[oa]|abraços|met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|hartelijke groet(en)?|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|med venlig hilsen|venlig hilsen|hilsen|med vennlig hilsen|pozdrawiam|z poważaniem|s pozdravem|с уважением|спасибо|з повагою|дякую|με εκτίμηση|ευχαριστώ|saygılarımla|teşekkürler|よろしくお願いします|よろしくお願いいたします|此致|谢谢|مع التحية|شكرا)\s*[,.!]*\s*$/i;
const VALEDICTION_HEAD =
  /^(thanks|thank you|many thanks|regards|best|best regards|kind regards|cheers|sincerely|merci|danke|gracias|saludos|cordialement|grazie|obrigad[oa]|groeten)$/i;

const CONTACT =
  /^(\+?[\d ()./-]{7,}\d|(tel|phone|mobile|cell|fax|direct|dd|office|t|m|p|w|e|o)\.?\s*[:.]?\s*[+\d(][\d ()./-]{5,}.*|(www\.|https?:\/\/)\S+|\(?https?:\/\/\S+\)?|[\w.+-]+@[\w-]+\.[\w.]+|.*\s[|·•]\s.*|dob\b.*|\d{1,5} [\w .'-]{2,40}(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|rise|place|pl|court|ct|blvd|boulevard)\b.*)\s*$/i;

export interface SignatureCut {
  body: string;
  /** The text cut away, kept so a name can be read from it. */
  signature: string;
  /** A name found in a sign-off ("Thanks, Jane" or the line below "Regards"). */
  signOffName: string;
}

/** A person's name as a sign-off writes it: "Jane", "Kim Osei, P.E.", "R. Dobbs", "Helen Marchetti (Mrs)". */
export function looksLikeName(line: string): string {
  let t = line.trim().replace(/^[-–—~]\s*/, "");
  // Credentials and titles after the name: ", AIA", ", P.E.", " (Mrs)", ", CPA".
  t = t.replace(/\s*\((mr|mrs|ms|miss|mx|dr)\.?\)$/i, "").replace(/,\s*([A-Z][A-Za-z.]{1,8})(,\s*[A-Z][A-Za-z.]{1,8})?$/, "");
  if (t.length > 40 || t.length < 2) return "";
  if (!/^[\p{Lu}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*){0,3}$/u.test(t)) return "";
  if (VALEDICTION.test(t)) return "";
  return t;
}

function isDeviceLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 160) return false;
  if (!DEVICE_LINES.some((re) => re.test(t))) return false;
  // An app's line is one short phrase (its link aside); "Sent from my desk, which is easier." is prose.
  const plain = t.replace(/\s*(<[^>]{0,200}>|\([^)]{0,200}\))/g, "");
  return plain.length <= 80 && !/[,;]|[.!?]\s+\S/.test(plain);
}

/** "Thanks, Jane" on one line: the sign-off word, then a name. */
function valedictionWithName(line: string): string {
  const m = /^([^,!.-]{2,20})[,!.-]\s*(.+)$/.exec(line);
  if (!m || !VALEDICTION_HEAD.test(m[1]!.trim())) return "";
  return looksLikeName(m[2]!);
}

/** Where the hard markers start: the "-- " delimiter, a device line, a disclaimer. */
function hardSignatureLine(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE && !DISCLAIMER.test(line.trim())) continue;
    const t = line.trim();
    if ((DELIMITER.test(line) && i > 0) || isDeviceLine(t) || (DISCLAIMER.test(t) && i > 0)) return i;
  }
  return lines.length;
}

/** Cuts only what is certainly a signature (delimiter, phone line, disclaimer), keeping sign-offs. */
export function cutHardSignature(text: string): string {
  const lines = text.split("\n");
  const cut = hardSignatureLine(lines);
  return cut === 0 ? text.trim() : lines.slice(0, cut).join("\n").trim();
}

const lowerWords = (s: string) => (s.match(/(^|\s)[\p{Ll}][\p{L}'’-]*/gu) ?? []).length;

/** A line that reads as part of the message rather than a signature. */
function isProse(line: string): boolean {
  const t = line.trim();
  if (t.length <= 160 && CONTACT.test(t)) return false;
  if (t.length > 70) return true;
  if (looksLikeName(t)) return false;
  if (/[.!?)"”]$/.test(t) && (lowerWords(t) >= 2 || /\d/.test(t))) return true;
  return lowerWords(t) >= 5;
}

/**
 * Cuts the signature from the end of a message: the "-- " delimiter, device lines, a closing
 * sign-off with the name under it, a name over a title, company, address or phone block, and
 * legal disclaimers.
 */
export function cutSignature(text: string): SignatureCut {
  const lines = text.split("\n");
  let signOffName = "";
  let cut = hardSignatureLine(lines);

  // The tail: short lines that don't read as prose, from the end up to the last line of prose.
  const tail: number[] = [];
  for (let i = cut - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (!t) continue;
    if (isProse(t) || tail.length >= 14) break;
    tail.push(i);
  }
  // Lines from the top of the tail down: the sign-off starts at the first valediction or name.
  tail.reverse();
  for (let k = 0; k < tail.length; k++) {
    const i = tail[k]!;
    if (i === 0) continue;
    const t = lines[i]!.trim();
    const withName = valedictionWithName(t);
    const valediction = VALEDICTION.test(t) || (/,$/.test(t) && t.split(/\s+/).length <= 4 && !looksLikeName(t.replace(/,$/, "")));
    const name = looksLikeName(t);
    if (withName || valediction || name || (CONTACT.test(t) && tail.slice(k).every((j) => isSignatureLine(lines[j]!)))) {
      if (withName) signOffName = withName;
      else {
        const firstName = tail
          .slice(k)
          .map((j) => looksLikeName(lines[j]!))
          .find(Boolean);
        signOffName = firstName ?? "";
      }
      cut = i;
      break;
    }
  }

  // "-- " then "Ben Carter": the name under the delimiter.
  if (!signOffName) {
    const below = lines
      .slice(cut, cut + 4)
      .map((l) => looksLikeName(l))
      .find(Boolean);
    if (below) signOffName = below;
  }
  const body = lines.slice(0, cut).join("\n").trim();
  if (!body) return { body: text.trim(), signature: "", signOffName };
  return { body, signature: lines.slice(cut).join("\n").trim(), signOffName };
}

/** A line a signature block holds: a name, a title or company line, or contact details. */
function isSignatureLine(line: string): boolean {
  const t = line.trim();
  return !t || (t.length <= 70 && !isProse(t));
}

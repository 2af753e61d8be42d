// Website contact-form notifications (WPForms, Gravity Forms, Contact Form 7, Shopify, Wix,
// Squarespace...): the customer's words are the message field; their name and address are
// fields too. The sender is the website, never the customer.

/** Field labels that hold the customer's words. */
const MESSAGE_LABEL =
  /^(message|your message|comments?|body|enquiry|inquiry|details|description|how can we help( you)?\??|what can we help (you )?with\??|tell us more|additional information|mensaje|mensagem|message de la demande|nachricht|ihre nachricht|messaggio|bericht|opmerkingen)$/i;
const NAME_LABEL = /^(name|full name|your name|first name|nombre|nom|prénom|vorname|nome|naam)$/i;
const LAST_NAME_LABEL = /^(last name|surname|family name|apellidos?|nachname)$/i;
const EMAIL_LABEL = /^(e-?mail|email address|e-?mail address|your e-?mail|correo( electrónico)?|courriel|adresse e-?mail)$/i;
const ANY_LABEL =
  /^(phone|phone number|telephone|tel|mobile|cell|company|business|subject|topic|service|service needed|service address|address|postcode|zip|city|country|country code|order( number| #| no\.?)?|booking( reference| number)?.*|reference|date|time|preferred (date|time|contact).*|website|budget|[\w ]{2,30}\?)$/i;
/** Lines after the message that the form software adds. */
const TRAILER =
  /^(-{3,}|_{3,}|date|time|page url|url|user agent|remote ip|ip address|submitted( on| at)?|referr?er|source|consent|gdpr|privacy|how did you hear( about us)?\??|sent from .{1,80}\(https?:|powered by|this (e-?mail|message|notification) was (sent|generated)|you (can|may) reply to this|view (all )?(submissions|entry|entries)|manage notification|to reply,|reply to this email to|entry id|form id|page title)\b/i;

export interface WebForm {
  message: string;
  name: string;
  email: string;
}

function splitField(line: string): { label: string; value: string } | null {
  const m = /^\s*([^:\t]{1,40}?)\s*(?::|\t)\s*(.*)$/.exec(line);
  if (!m) return null;
  return { label: m[1]!.trim(), value: m[2]!.trim() };
}

const isLabel = (s: string) => MESSAGE_LABEL.test(s) || NAME_LABEL.test(s) || LAST_NAME_LABEL.test(s) || EMAIL_LABEL.test(s) || ANY_LABEL.test(s);

interface Field {
  label: string;
  value: string;
  /** The line the field's label is on, and the first line after its value. */
  at: number;
  next: number;
}

/** The labelled fields in the first lines of a notification: "Label: value", "Label<tab>value", or a label alone over its value. */
function fields(lines: string[]): Field[] {
  const out: Field[] = [];
  for (let i = 0; i < lines.length && i < 80; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const inline = splitField(line);
    if (inline && isLabel(inline.label)) {
      out.push({ label: inline.label, value: inline.value, at: i, next: i + 1 });
      continue;
    }
    const bare = line.replace(/:$/, "");
    if (line.length > 60 || !isLabel(bare)) continue;
    if (MESSAGE_LABEL.test(bare)) {
      out.push({ label: bare, value: "", at: i, next: i + 1 });
      continue;
    }
    const next = (lines[i + 1] ?? "").trim();
    const hasValue = !!next && !isLabel(next.replace(/:$/, ""));
    out.push({ label: bare, value: hasValue ? next : "", at: i, next: hasValue ? i + 2 : i + 1 });
    if (hasValue) i++;
  }
  return out;
}

/**
 * Reads a form notification: the message field and the sender's name and address. Returns null
 * when the text is not a form (fewer than three known fields, or no message field).
 */
export function readWebForm(text: string): WebForm | null {
  const lines = text.split("\n", 400);
  const found = fields(lines);
  if (found.length < 3) return null;
  // "Message" or "Comments" over a question like "How can we help?", which some forms add as well.
  const messages = found.filter((f) => MESSAGE_LABEL.test(f.label));
  const message = messages.find((f) => !/\?$/.test(f.label)) ?? messages[0];
  if (!message) return null;
  const value = (test: RegExp) => found.find((f) => test.test(f.label))?.value ?? "";
  const body: string[] = message.value ? [message.value] : [];
  for (let i = message.next; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (TRAILER.test(line)) break;
    // Another field after the message ends it.
    const f = splitField(line);
    if (f && isLabel(f.label) && !MESSAGE_LABEL.test(f.label) && body.length && f.label.length < 30) break;
    body.push(lines[i]!);
  }
  const words = body.join("\n").trim();
  if (!words) return null;
  const name = [value(NAME_LABEL), value(LAST_NAME_LABEL)].filter(Boolean).join(" ");
  const email = (/[\w.+'-]+@[\w-]+\.[\w.-]+/.exec(value(EMAIL_LABEL)) ?? [""])[0];
  return { message: words, name, email };
}

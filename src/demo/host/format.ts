import DOMPurify from "dompurify";

/** Sample and pasted emails are shown as Outlook would, with anything active removed. */
export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select"], FORBID_ATTR: ["style"] });
}

let whenFormat: Intl.DateTimeFormat | null = null;
export function when(d: Date): string {
  whenFormat ??= new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return whenFormat.format(d);
}

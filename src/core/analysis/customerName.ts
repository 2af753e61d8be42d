import type { MailboxOwner } from "../types";

const GENERIC_LOCAL =
  /^(info|admin|office|sales|contact|hello|hi|support|help|noreply|no-reply|donotreply|billing|accounts?|team|enquiries|inquiries|mail|service|bookings?|reception|orders?)$/i;
const COMPANY = /\b(ltd|limited|llc|inc|gmbh|plc|co|company|services|equipment|team|group|shop|store|studio|support|customer service|uk|usa)\b\.?$/i;
const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|frau|sr|sra|srta|m|mme|mlle)\.?$/i;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function firstNameFromDisplay(display: string): string {
  let d = display
    .replace(/["'()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!d || d.includes("@")) return "";
  // "Doe, Jane" puts the family name first.
  if (/^[^,]+,\s*[^,]+$/.test(d)) d = d.split(",")[1]!.trim();
  // "The Okonkwo Family", "ProFit Equipment UK", "Acme Ltd": not a person.
  if (/^the\s/i.test(d) || COMPANY.test(d)) return "";
  const all = d.split(" ");
  const words = all.filter((w) => !TITLES.test(w));
  // "M. Ferraro", "Mrs Patel": a title and a family name, no first name.
  if (words.length === 1 && all.length > 1) return "";
  const first = words[0] ?? "";
  if (!/^[\p{L}][\p{L}'-]*$/u.test(first) || first.length < 2) return "";
  if (GENERIC_LOCAL.test(first)) return "";
  // "jtk", "djw": initials in lower case; "ProFit": a brand's capitals.
  if (first === first.toLowerCase() && (words.length === 1 || !/[aeiouyáéíóú]/i.test(first))) return "";
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(first)) return "";
  return first === first.toUpperCase() || first === first.toLowerCase() ? capitalise(first) : first;
}

function firstNameFromAddress(address: string): string {
  const local = address.split("@")[0] ?? "";
  const parts = local.split(/[._-]/);
  if (parts.length < 2) return "";
  const first = parts[0]!;
  if (!/^[a-z]{2,20}$/i.test(first) || GENERIC_LOCAL.test(first) || !/[aeiouy]/i.test(first)) return "";
  return capitalise(first);
}

function sameName(a: string, b: string): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The customer's first name: from the display name, else the sign-off, else a
 * "first.last@" address. Never the mailbox owner's own name.
 */
export function findCustomerFirstName(
  customer: { displayName: string; emailAddress: string },
  signOffName: string,
  owner?: MailboxOwner,
  /** The name the business's own earlier message greeted them by ("Hi Ngozi,"). */
  greetedAs = "",
): string {
  const ownerFirst = owner ? firstNameFromDisplay(owner.displayName) : "";
  const isOwner = !!owner && !!customer.emailAddress && customer.emailAddress.toLowerCase() === owner.emailAddress.toLowerCase();
  // The name they sign with is the one to greet ("Kim", not "Kimberly"); then the display name.
  const candidates = [
    firstNameFromDisplay(signOffName),
    isOwner ? "" : firstNameFromDisplay(customer.displayName),
    isOwner ? "" : firstNameFromAddress(customer.emailAddress),
    firstNameFromDisplay(greetedAs),
  ];
  for (const c of candidates) {
    if (c && !sameName(c, ownerFirst)) return c;
  }
  return "";
}

import type { MailboxOwner } from "../types";

const GENERIC_LOCAL = /^(info|admin|office|sales|contact|hello|hi|support|help|noreply|no-reply|donotreply|billing|accounts?|team|enquiries|inquiries|mail|service|bookings?|reception|orders?)$/i;
const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|frau|sr|sra|srta|m|mme|mlle)\.?$/i;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function firstNameFromDisplay(display: string): string {
  let d = display.replace(/["'()]/g, " ").replace(/\s+/g, " ").trim();
  if (!d || d.includes("@")) return "";
  // "Doe, Jane" puts the family name first.
  if (/^[^,]+,\s*[^,]+$/.test(d)) d = d.split(",")[1]!.trim();
  const words = d.split(" ").filter((w) => !TITLES.test(w));
  const first = words[0] ?? "";
  if (!/^[\p{L}][\p{L}'-]*$/u.test(first) || first.length < 2) return "";
  if (GENERIC_LOCAL.test(first)) return "";
  return first === first.toUpperCase() || first === first.toLowerCase() ? capitalise(first) : first;
}

function firstNameFromAddress(address: string): string {
  const local = address.split("@")[0] ?? "";
  const parts = local.split(/[._-]/);
  if (parts.length < 2) return "";
  const first = parts[0]!;
  if (!/^[a-z]{2,20}$/i.test(first) || GENERIC_LOCAL.test(first)) return "";
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
): string {
  const ownerFirst = owner ? firstNameFromDisplay(owner.displayName) : "";
  const isOwner =
    !!owner && !!customer.emailAddress && customer.emailAddress.toLowerCase() === owner.emailAddress.toLowerCase();
  const candidates = [
    isOwner ? "" : firstNameFromDisplay(customer.displayName),
    firstNameFromDisplay(signOffName),
    isOwner ? "" : firstNameFromAddress(customer.emailAddress),
  ];
  for (const c of candidates) {
    if (c && !sameName(c, ownerFirst)) return c;
  }
  return "";
}

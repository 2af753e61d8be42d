// Order, invoice, booking, ticket, account and patient numbers, as the customer wrote them in
// their latest message. One pattern a line, each with an example.

/** Words that introduce a reference, in the languages our customers write. */
const LABEL_WORDS = [
  "order",
  "invoice",
  "inv",
  "booking",
  "reservation",
  "ticket",
  "job",
  "case",
  "ref",
  "reference",
  "confirmation",
  "po",
  "quote",
  "estimate",
  "work order",
  "account",
  "acct",
  "policy",
  "claim",
  "contract",
  "matter",
  "matter number",
  "client",
  "client no",
  "patient",
  "patient ref",
  "member",
  "member id",
  "membership",
  "customer",
  "customer number",
  "company number",
  "incident",
  "statement",
  "package",
  "tracking",
  "parcel",
  "shipment",
  "consignment",
  "job #",
  "pedido",
  "factura",
  "reserva",
  "incidencia",
  "expediente",
  "encomenda",
  "fatura",
  "commande",
  "facture",
  "réservation",
  "dossier",
  "bestellung",
  "rechnung",
  "buchung",
  "auftrag",
  "vorgang",
  "kundennummer",
  "ordine",
  "fattura",
  "prenotazione",
  "pratica",
  "bestelling",
  "factuur",
  "reservering",
  "boeking",
];
const LABEL = LABEL_WORDS.map((w) => w.replace(/ /g, "\\s+").replace("#", "\\#")).join("|");

/** "Order #4471", "invoice NS-260901-1", "patient ref. 20417", "client no. 55812", "Member ID 00418827". */
const LABELLED = new RegExp(
  `\\b(?:${LABEL})\\.?\\s*(?:no\\.?|number|num\\.?|nr\\.?|n[°º]\\.?|id|ref\\.?|nummer|numéro|número|n\\.)?\\s*[:#]?\\s*(#?[A-Z0-9][A-Z0-9/-]{2,24})`,
  "gi",
);
/** Codes that are references on their own: "GL-2701", "MB/2291", "WO-55812", "SWL-INV-77120", "#BE-2291". */
const CODE = /(?:^|[\s([,;:"'])(#?[A-Z]{1,6}(?:[-/][A-Z0-9]{1,12}){1,4})(?=$|[\s).,;:"'\]!?])/g;
/** "#10384", "#20-44817". */
const HASHED = /(?:^|[\s([,;:])(#[A-Z0-9][A-Z0-9-]{2,20})\b/gi;
/** Vehicle registrations: UK "WX19 KLP", German "HH-TB 4821". */
const PLATE = /(?:^|[\s(,;:])([A-Z]{2}\d{2}\s[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2}\s\d{1,4})(?=$|[\s).,;:])/g;

/** Strings shaped like a reference that are something else: phones, money, dates, times, years. */
function notAReference(token: string): boolean {
  const t = token.replace(/^#/, "");
  const digits = (t.match(/\d/g) ?? []).length;
  if (digits < 3 && !/^[A-Z]{1,3}-[A-Z]{1,2}\s\d/.test(t) && !/^[A-Z]{2}\d{2}\s[A-Z]{3}$/.test(t)) return true;
  if (/^(19|20)\d\d$/.test(t)) return true;
  if (/^\d{1,2}[:.]\d\d$/.test(t)) return true;
  if (/^\d{3}-\d{3,4}(-\d{4})?$/.test(t) || /^\d{3}-\d{2}-\d{4}$/.test(t)) return true; // 555-0147, 512-555-0147, SSN
  if (/^\d{4}-\d{2}-\d{2}$/.test(t) || /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(t)) return true; // dates
  if (/^\d+([.,]\d+)*$/.test(t) && !/^0\d/.test(t) && t.length < 4) return true;
  return false;
}

/** References the customer quoted, in the order they appear. */
export function findReferences(text: string): string[] {
  const found: { at: number; token: string }[] = [];
  const add = (raw: string, at: number) => {
    const token = raw.replace(/[-/.]+$/, "");
    if (notAReference(token)) return;
    const bare = token.replace(/^#/, "").toUpperCase();
    const same = found.find((f) => f.token.replace(/^#/, "").toUpperCase() === bare);
    if (same) {
      // "#BE-2291" as written beats the same code found without its "#".
      if (token.startsWith("#") && !same.token.startsWith("#")) same.token = token;
      return;
    }
    found.push({ at, token });
  };
  const sample = text.slice(0, 20_000);
  for (const m of sample.matchAll(LABELLED)) {
    const token = m[1]!;
    // A label followed by a plain word ("order was", "account of") is not a reference.
    if (!/\d/.test(token)) continue;
    add(token, m.index! + m[0].length - token.length);
  }
  for (const re of [CODE, HASHED, PLATE]) for (const m of sample.matchAll(re)) add(m[1]!, m.index! + m[0].indexOf(m[1]!));
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.token)
    .slice(0, 10);
}

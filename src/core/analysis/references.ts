const LABELLED =
  /\b(?:order|invoice|inv|booking|reservation|ticket|job|case|ref(?:erence)?|confirmation|po|quote|estimate|work order|account|tracking|parcel|package|shipment|consignment|pedido|factura|reserva|commande|facture|réservation|dossier|bestellung|rechnung|buchung|auftrag|vorgang)\s*(?:no\.?|number|num\.?|nr\.?|n[°º]|id|ref|nummer|numéro|número)?\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9/-]{2,24})\b/gi;
const HASHED = /(?:^|[\s(])#([A-Z0-9][A-Z0-9-]{2,20})\b/gi;

/** Order, invoice, booking and ticket numbers the customer quoted, in the order they appear. */
export function findReferences(text: string): string[] {
  const found: string[] = [];
  const add = (token: string) => {
    const t = token.replace(/[-/]+$/, "");
    if (!/\d/.test(t) || t.length < 3) return;
    // A bare year or a time is not a reference.
    if (/^(19|20)\d\d$/.test(t) || /^\d{1,2}[:.]\d\d$/.test(t)) return;
    if (!found.some((f) => f.toUpperCase() === t.toUpperCase())) found.push(t);
  };
  const sample = text.slice(0, 20000);
  for (const m of sample.matchAll(LABELLED)) add(m[1]!);
  for (const m of sample.matchAll(HASHED)) add(m[1]!);
  return found.slice(0, 10);
}

import { utf8Bytes } from "./appointment";

/** One promise made to a customer, kept with the mailbox (roaming settings) so it follows the user to every Outlook. */
export interface RecoveryRecord {
  id: string;
  customerName: string;
  customerEmail: string;
  subject: string;
  itemId?: string;
  conversationId?: string;
  summary: string;
  fix: string;
  /** When the customer was promised the next update (ISO). */
  dueAt: string;
  createdAt: string;
  status: "open" | "kept";
  keptAt?: string;
  /** The calendar event made through Microsoft Graph, so a new time moves it instead of adding another. */
  eventId?: string;
}

export interface OpenPromise extends RecoveryRecord {
  overdue: boolean;
}

/** Roaming settings hold 32 KB in all: settings keep 6 KB, records 24 KB, the JSON around them the rest. */
export const RECORDS_BUDGET_BYTES = 24 * 1024;
const TEXT_MAX = 160;

function clipText(s: unknown, max = TEXT_MAX): string {
  const t = typeof s === "string" ? s.replace(/\s+/g, " ").trim() : "";
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function validDate(s: unknown): string | null {
  if (typeof s !== "string") return null;
  const d = new Date(s);
  return isNaN(d.getTime()) ? null : d.toISOString();
}

/** Reads stored records, dropping anything malformed rather than failing. */
export function parseRecords(input: unknown): RecoveryRecord[] {
  if (!Array.isArray(input)) return [];
  const out: RecoveryRecord[] = [];
  for (const r of input) {
    if (typeof r !== "object" || r === null) continue;
    const x = r as Record<string, unknown>;
    const dueAt = validDate(x.dueAt);
    const createdAt = validDate(x.createdAt);
    if (typeof x.id !== "string" || !dueAt || !createdAt) continue;
    out.push({
      id: x.id,
      customerName: clipText(x.customerName, 80),
      customerEmail: clipText(x.customerEmail, 120),
      subject: clipText(x.subject),
      itemId: typeof x.itemId === "string" ? x.itemId : undefined,
      conversationId: typeof x.conversationId === "string" ? x.conversationId : undefined,
      summary: clipText(x.summary),
      fix: clipText(x.fix),
      dueAt,
      createdAt,
      status: x.status === "kept" ? "kept" : "open",
      keptAt: validDate(x.keptAt) ?? undefined,
      eventId: typeof x.eventId === "string" && x.eventId.length <= 512 ? x.eventId : undefined,
    });
  }
  return out;
}

function samePromise(r: RecoveryRecord, id: string, conversationId?: string): boolean {
  return r.id === id || (!!conversationId && r.conversationId === conversationId && r.status === "open");
}

/** The record a new follow-up for this email would update: same id, or the open one for its conversation. */
export function findPromise(records: RecoveryRecord[], id: string, conversationId?: string): RecoveryRecord | undefined {
  return records.find((r) => samePromise(r, id, conversationId));
}

/** Adds a record, or updates the one for the same conversation, keeping texts short for storage. */
export function upsertRecord(records: RecoveryRecord[], record: RecoveryRecord): RecoveryRecord[] {
  const clean: RecoveryRecord = { ...record, summary: clipText(record.summary), fix: clipText(record.fix), subject: clipText(record.subject) };
  const at = records.findIndex((r) => samePromise(r, record.id, record.conversationId));
  if (at === -1) return [...records, clean];
  const next = [...records];
  next[at] = { ...clean, id: records[at]!.id, createdAt: records[at]!.createdAt };
  return next;
}

export function markKept(records: RecoveryRecord[], id: string, now: Date): RecoveryRecord[] {
  return records.map((r) => (r.id === id ? { ...r, status: "kept" as const, keptAt: now.toISOString() } : r));
}

export function reschedule(records: RecoveryRecord[], id: string, dueAt: Date, eventId?: string): RecoveryRecord[] {
  return records.map((r) =>
    r.id === id ? { ...r, dueAt: dueAt.toISOString(), status: "open" as const, keptAt: undefined, eventId: eventId ?? r.eventId } : r,
  );
}

export function recordsBytes(records: RecoveryRecord[]): number {
  return utf8Bytes(JSON.stringify(records));
}

/**
 * Fits the records in their share of roaming settings: the oldest kept
 * promises go first. Open ones are never dropped; when they alone are too
 * many, `overBudget` says so and the caller tells the user.
 */
export function fitToBudget(
  records: RecoveryRecord[],
  budget = RECORDS_BUDGET_BYTES,
): { records: RecoveryRecord[]; dropped: RecoveryRecord[]; overBudget: boolean } {
  let kept = [...records];
  const dropped: RecoveryRecord[] = [];
  const keptOldestFirst = records.filter((r) => r.status === "kept").sort((a, b) => (a.keptAt ?? a.createdAt).localeCompare(b.keptAt ?? b.createdAt));
  for (const victim of keptOldestFirst) {
    if (recordsBytes(kept) <= budget) break;
    kept = kept.filter((r) => r.id !== victim.id);
    dropped.push(victim);
  }
  return { records: kept, dropped, overBudget: recordsBytes(kept) > budget };
}

/** Open promises, soonest first, with the overdue ones marked. */
export function openPromises(records: RecoveryRecord[], now: Date): OpenPromise[] {
  return records
    .filter((r) => r.status === "open")
    .map((r) => ({ ...r, overdue: new Date(r.dueAt).getTime() < now.getTime() }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** How many earlier complaints this customer made in the last `days` days (other conversations). */
export function earlierComplaints(records: RecoveryRecord[], customerEmail: string, now: Date, conversationId?: string, days = 30): number {
  const email = customerEmail.trim().toLowerCase();
  if (!email) return 0;
  const since = now.getTime() - days * 24 * 3600 * 1000;
  return records.filter(
    (r) => r.customerEmail.toLowerCase() === email && new Date(r.createdAt).getTime() >= since && (!conversationId || r.conversationId !== conversationId),
  ).length;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

/** "Second complaint from this customer in 30 days." */
export function repeatComplaintMessage(earlier: number, days = 30): string {
  if (earlier <= 0) return "";
  const n = earlier + 1;
  const word = ORDINALS[n - 1] ?? `${n}th`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} complaint from this customer in ${days} days.`;
}

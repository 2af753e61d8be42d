// The pane's workflows as plain functions over the mailbox port: no React needed.
import { composeApology, readComplaint, type RecoveryRecord } from "../../src/core";
import { addFollowUp } from "../../src/taskpane/workflows/followUp";
import { keepPromise, reschedulePromise } from "../../src/taskpane/workflows/promises";
import { storeRecords, type SaveRecords } from "../../src/taskpane/workflows/records";
import { readStoredData } from "../../src/taskpane/workflows/storedData";
import { insertDraft } from "../../src/taskpane/workflows/reply";
import { complaint, fakeMailbox } from "./fakeMailbox";

const now = new Date("2026-03-10T14:30:00Z");
const draft = composeApology({
  customerFirstName: "Priya",
  summary: "we missed the vegan note",
  fix: { move: "callback", detail: "" },
  nextUpdate: { owner: "", at: null },
});
const copy = async () => true;

describe("insert", () => {
  test("a reply Outlook can't open is copied instead, and the notice says so", async () => {
    const mailbox = fakeMailbox({ caps: { canOpenReplyForm: false, canInsertIntoBody: false } });
    const n = await insertDraft(mailbox, draft, "reply", copy);
    expect(n).toMatchObject({ intent: "success", title: "Copied." });
    expect(mailbox.inserted).toHaveLength(0);
  });
  test("a draft too large for Outlook offers plain text", async () => {
    const mailbox = fakeMailbox({ insert: { ok: false, reason: "too-large", message: "The draft is over Outlook's 32 KB limit." } });
    const n = await insertDraft(mailbox, draft, "reply", copy);
    expect(n).toMatchObject({ intent: "warning", title: "Not inserted.", action: { label: "Copy as plain text" } });
  });
});

describe("follow-up", () => {
  const analysis = readComplaint(complaint.email, { now });
  const request = (mailbox: ReturnType<typeof fakeMailbox>, records: RecoveryRecord[], save: SaveRecords = async () => null) => ({
    mailbox,
    item: complaint,
    analysis,
    records,
    customerFirstName: "Priya",
    summary: analysis.summary,
    fix: "I'll call you this afternoon.",
    promise: "I'll update you by 4:00 PM.",
    at: new Date("2026-03-10T21:00:00Z"),
    timeZone: "UTC",
    now,
    save,
    copy,
  });

  test("no time, no appointment: the user is asked for one", async () => {
    const mailbox = fakeMailbox();
    const n = await addFollowUp({ ...request(mailbox, []), at: null });
    expect(n.title).toBe("No follow-up time.");
    expect(mailbox.appointments).toHaveLength(0);
  });

  test("after 'Follow-up not stored', trying again moves the same event instead of adding a second", async () => {
    const mailbox = fakeMailbox({
      caps: { canCreateCalendarEvent: true },
      follow: (id) => ({ ok: true, eventId: id ?? "evt-1", message: "Added." }),
      saveRecords: { ok: false, reason: "failed", message: "Outlook couldn't save (9019)." },
    });
    let records: RecoveryRecord[] = [];
    const save = async (next: RecoveryRecord[]) => {
      const stored = await storeRecords(mailbox, next);
      records = stored.records;
      return stored.problem;
    };
    const first = await addFollowUp(request(mailbox, records, save));
    expect(first.title).toBe("Follow-up not stored.");
    await addFollowUp(request(mailbox, records, save));
    expect(mailbox.eventIds).toEqual([undefined, "evt-1"]);
    expect(records.filter((r) => r.status === "open")).toHaveLength(1);
  });
});

describe("promises", () => {
  const promise = {
    id: "p1",
    customerName: "Priya Shah",
    customerEmail: "priya@x.example",
    subject: "Lunch",
    itemId: "item-1",
    summary: "late lunch",
    fix: "",
    dueAt: "2026-03-10T16:00:00.000Z",
    createdAt: "2026-03-10T10:00:00.000Z",
    status: "open" as const,
    overdue: false,
  };
  test("kept: the record is kept and the follow-up tag comes off", async () => {
    const mailbox = fakeMailbox();
    mailbox.tags.push("Make It Right: follow-up due");
    let saved: RecoveryRecord[] = [];
    const n = await keepPromise(mailbox, [promise], promise, now, async (r) => ((saved = r), null));
    expect(n.title).toBe("Marked kept.");
    expect(saved[0]!.status).toBe("kept");
    expect(mailbox.tags).toEqual([]);
  });
  test("rescheduled where the calendar refuses: saved here, with a clear warning", async () => {
    const mailbox = fakeMailbox({ caps: { canCreateCalendarEvent: true }, follow: { ok: false, reason: "failed", message: "Couldn't reach Microsoft 365." } });
    let saved: RecoveryRecord[] = [];
    const n = await reschedulePromise(mailbox, [promise], promise, new Date("2026-03-12T15:00:00Z"), "UTC", async (r) => ((saved = r), null));
    expect(n.title).toBe("Rescheduled here, not in your calendar.");
    expect(saved[0]!.dueAt).toBe("2026-03-12T15:00:00.000Z");
  });
});

test("a promise the mailbox refused is kept on this device and comes back when the pane opens again", async () => {
  window.localStorage.clear();
  const mailbox = fakeMailbox({ saveRecords: { ok: false, reason: "failed", message: "Outlook couldn't save (9019)." } });
  const promise: RecoveryRecord = {
    id: "p9",
    customerName: "Priya Shah",
    customerEmail: "p@x.example",
    subject: "Lunch",
    summary: "late",
    fix: "",
    dueAt: "2026-03-11T15:00:00.000Z",
    createdAt: "2026-03-10T09:00:00.000Z",
    status: "open",
  };
  const { problem } = await storeRecords(mailbox, [promise]);
  expect(problem?.title).toBe("Follow-up not stored.");
  const reopened = readStoredData(fakeMailbox());
  expect(reopened.records.map((r) => r.id)).toEqual(["p9"]);
  expect(reopened.notice?.body).toMatch(/kept on this device only/);
  // Once the mailbox takes them, the device copy goes.
  await storeRecords(fakeMailbox(), reopened.records);
  expect(readStoredData(fakeMailbox()).records).toEqual([]);
});

import {
  earlierComplaints,
  fitToBudget,
  markKept,
  openPromises,
  parseRecords,
  recordsBytes,
  repeatComplaintMessage,
  reschedule,
  upsertRecord,
  type RecoveryRecord,
} from "../../../src/core";

const now = new Date("2026-03-10T12:00:00Z");
const rec = (over: Partial<RecoveryRecord>): RecoveryRecord => ({
  id: "r1",
  customerName: "Priya Shah",
  customerEmail: "priya@x.example",
  subject: "Lunch order",
  conversationId: "c1",
  summary: "we missed the vegan note",
  fix: "replacement",
  dueAt: "2026-03-10T16:00:00.000Z",
  createdAt: "2026-03-10T10:00:00.000Z",
  status: "open",
  ...over,
});

describe("recovery records", () => {
  test("open promises come soonest first, with overdue ones marked", () => {
    const list = openPromises(
      [rec({ id: "a", dueAt: "2026-03-11T09:00:00.000Z" }), rec({ id: "b", dueAt: "2026-03-10T09:00:00.000Z" }), rec({ id: "c", status: "kept" })],
      now,
    );
    expect(list.map((r) => [r.id, r.overdue])).toEqual([
      ["b", true],
      ["a", false],
    ]);
  });

  test("a second follow-up on the same conversation updates the open record", () => {
    const first = upsertRecord([], rec({}));
    const second = upsertRecord(first, rec({ id: "other", dueAt: "2026-03-12T10:00:00.000Z" }));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ id: "r1", dueAt: "2026-03-12T10:00:00.000Z", createdAt: "2026-03-10T10:00:00.000Z" });
  });

  test("mark kept, and rescheduling reopens", () => {
    const kept = markKept([rec({})], "r1", now);
    expect(kept[0]).toMatchObject({ status: "kept", keptAt: now.toISOString() });
    expect(reschedule(kept, "r1", new Date("2026-03-13T15:00:00Z"))[0]).toMatchObject({ status: "open", dueAt: "2026-03-13T15:00:00.000Z" });
  });

  test("over budget, the oldest kept records go first and open ones are never dropped", () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      rec({ id: `k${i}`, conversationId: `c${i}`, status: "kept", keptAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const open = Array.from({ length: 5 }, (_, i) => rec({ id: `o${i}`, conversationId: `o${i}` }));
    const fitted = fitToBudget([...many, ...open], 8 * 1024);
    expect(fitted.overBudget).toBe(false);
    expect(recordsBytes(fitted.records)).toBeLessThanOrEqual(8 * 1024);
    expect(fitted.records.filter((r) => r.status === "open")).toHaveLength(5);
    expect(fitted.dropped[0]!.id).toBe("k0");
    expect(fitted.records.some((r) => r.id === "k119")).toBe(true);
  });

  test("when open promises alone are over budget, it says so instead of dropping any", () => {
    const open = Array.from({ length: 200 }, (_, i) => rec({ id: `o${i}`, conversationId: `o${i}` }));
    const fitted = fitToBudget(open, 8 * 1024);
    expect(fitted.overBudget).toBe(true);
    expect(fitted.records).toHaveLength(200);
  });

  test("repeat complaints from the same customer within 30 days", () => {
    const records = [
      rec({ id: "a", conversationId: "old1", createdAt: "2026-03-01T10:00:00.000Z" }),
      rec({ id: "b", conversationId: "old2", createdAt: "2026-01-01T10:00:00.000Z" }),
    ];
    expect(earlierComplaints(records, "PRIYA@x.example", now, "current")).toBe(1);
    expect(repeatComplaintMessage(1)).toBe("Second complaint from this customer in 30 days.");
    expect(repeatComplaintMessage(0)).toBe("");
  });

  test("stored garbage is dropped, long texts are clipped", () => {
    const parsed = parseRecords([null, { id: 1 }, { ...rec({}), summary: "x".repeat(500) }, { ...rec({ id: "bad" }), dueAt: "nope" }]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.summary.length).toBeLessThanOrEqual(160);
    expect(parseRecords("not an array")).toEqual([]);
  });

  test("a Graph event id survives storage and a reschedule, and a bogus one is dropped", () => {
    const eventId = `AAMkAD${"x".repeat(140)}=`;
    const [kept] = parseRecords(JSON.parse(JSON.stringify([rec({ eventId })])));
    expect(kept!.eventId).toBe(eventId);
    expect(parseRecords([{ ...rec({}), eventId: 42 }])[0]!.eventId).toBeUndefined();
    expect(parseRecords([{ ...rec({}), eventId: "y".repeat(600) }])[0]!.eventId).toBeUndefined();
    const moved = reschedule([rec({ eventId })], "r1", new Date("2026-03-12T09:00:00Z"));
    expect(moved[0]).toMatchObject({ dueAt: "2026-03-12T09:00:00.000Z", eventId });
    expect(reschedule([rec({ eventId })], "r1", new Date("2026-03-12T09:00:00Z"), "new-id")[0]!.eventId).toBe("new-id");
  });
});

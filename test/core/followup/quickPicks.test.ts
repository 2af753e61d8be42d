import { quickPicks, buildFollowUpAppointment, APPOINTMENT_SUBJECT_MAX, utf8Bytes } from "../../../src/core";

const wall = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
const pick = (list: ReturnType<typeof quickPicks>, id: string) => list.find((p) => p.id === id)!;

describe("quickPicks", () => {
  test("in 2 hours rounds up to the next quarter hour", () => {
    const now = new Date("2026-03-10T14:07:00Z");
    expect(pick(quickPicks(now, "UTC"), "in-2-hours").at.toISOString()).toBe("2026-03-10T16:15:00.000Z");
  });

  test("end of today is 17:00 in the business's zone", () => {
    const now = new Date("2026-03-10T15:00:00Z"); // 10:00 in Chicago
    expect(wall(pick(quickPicks(now, "America/Chicago"), "end-of-today").at, "America/Chicago")).toBe("Tue 17:00");
  });

  test("late in the day, end of today becomes the next working day", () => {
    const now = new Date("2026-03-13T22:30:00Z"); // Friday 17:30 in Chicago
    const p = pick(quickPicks(now, "America/Chicago"), "end-of-today");
    expect(p.label).toBe("End of next working day");
    expect(wall(p.at, "America/Chicago")).toBe("Mon 17:00");
  });

  test("tomorrow morning skips the weekend", () => {
    const now = new Date("2026-03-13T15:00:00Z"); // Friday
    const p = pick(quickPicks(now, "UTC"), "tomorrow-morning");
    expect(wall(p.at, "UTC")).toBe("Mon 10:00");
  });

  test("across the spring-forward change the wall-clock hour holds", () => {
    // US clocks go forward on Sunday 8 March 2026; Friday 6 March at 16:00 CST.
    const now = new Date("2026-03-06T22:00:00Z");
    const p = pick(quickPicks(now, "America/Chicago"), "tomorrow-morning");
    expect(wall(p.at, "America/Chicago")).toBe("Mon 10:00");
    expect(p.at.toISOString()).toBe("2026-03-09T15:00:00.000Z"); // CDT, UTC-5
  });

  test("across the autumn change in Europe the wall-clock hour holds", () => {
    const now = new Date("2026-10-23T08:00:00Z"); // Friday, BST
    const p = pick(quickPicks(now, "Europe/London"), "tomorrow-morning");
    expect(p.at.toISOString()).toBe("2026-10-26T10:00:00.000Z"); // Monday 10:00 GMT
  });

  test("offers a time two hours before the customer's deadline", () => {
    const now = new Date("2026-03-10T09:00:00Z");
    const p = pick(quickPicks(now, "UTC", new Date("2026-03-12T15:00:00Z")), "before-deadline");
    expect(p.at.toISOString()).toBe("2026-03-12T12:45:00.000Z");
  });

  test("no deadline pick when the deadline is too close or past", () => {
    const now = new Date("2026-03-10T09:00:00Z");
    expect(quickPicks(now, "UTC", new Date("2026-03-10T10:00:00Z")).map((p) => p.id)).not.toContain("before-deadline");
  });

  test("an unknown zone falls back to UTC instead of throwing", () => {
    expect(() => quickPicks(new Date("2026-03-10T09:00:00Z"), "Mars/Olympus")).not.toThrow();
  });
});

describe("buildFollowUpAppointment", () => {
  const base = {
    customerName: "Priya Shah",
    customerEmail: "priya@x.example",
    summary: "we missed the vegan note",
    fix: "We're already preparing a replacement.",
    promise: "I'll update you personally by 3:00 PM on Friday, 13 March.",
    originalSubject: "Lunch order #4471",
    at: new Date("2026-03-13T20:00:00Z"),
    timeZone: "America/Chicago",
  };

  test("15 minutes at the promised time, with everything needed to act", () => {
    const a = buildFollowUpAppointment(base);
    expect(a.start.toISOString()).toBe("2026-03-13T20:00:00.000Z");
    expect(a.end.getTime() - a.start.getTime()).toBe(15 * 60 * 1000);
    expect(a.subject).toBe("Follow up with Priya Shah: we missed the vegan note");
    for (const s of ["priya@x.example", "we missed the vegan note", "preparing a replacement", "3:00 PM on Friday, 13 March", "Lunch order #4471"])
      expect(a.body).toContain(s);
  });

  test("the subject is cut to 255 characters and the body to 32 KB", () => {
    const a = buildFollowUpAppointment({ ...base, summary: "é".repeat(40000) });
    expect(a.subject.length).toBeLessThanOrEqual(APPOINTMENT_SUBJECT_MAX);
    expect(a.subject.endsWith("…")).toBe(true);
    expect(utf8Bytes(a.body)).toBeLessThanOrEqual(32 * 1024);
  });
});

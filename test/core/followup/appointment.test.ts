import { APPOINTMENT_SUBJECT_MAX, buildFollowUpAppointment } from "../../../src/core";

describe("written for the owner", () => {
  const base = {
    customerName: "Margaret Okafor",
    customerEmail: "m@x.example",
    fix: "",
    promise: "",
    originalSubject: "Missed visit",
    at: new Date("2026-03-11T15:00:00Z"),
    timeZone: "UTC",
  };

  test("the summary, written to the customer, reads about the customer", () => {
    const a = buildFollowUpAppointment({ ...base, summary: "our crew didn't come on Tuesday and you took the morning off for it" });
    expect(a.subject).toBe("Follow up with Margaret Okafor: our crew didn't come on Tuesday and they took the morning off for it");
    expect(a.body).not.toMatch(/\byou\b|\byour\b/i);
    expect(a.shortened).toBe(false);
  });

  test("a long subject is cut by whole characters and marked as shortened", () => {
    const a = buildFollowUpAppointment({ ...base, summary: `${"x".repeat(225)}😀😀😀 and more` });
    expect(a.subject.length).toBeLessThanOrEqual(APPOINTMENT_SUBJECT_MAX);
    expect(a.subject).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(a.shortened).toBe(true);
  });
});

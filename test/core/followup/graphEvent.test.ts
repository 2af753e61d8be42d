import {
  CALENDAR_CATEGORY,
  moveEventPayload,
  newEventPayload,
  retryAfterMs,
  transactionIdFor,
  type CalendarEventInput,
} from "../../../src/core/followup/graphEvent";

const now = new Date("2026-03-10T14:30:00Z");
const input: CalendarEventInput = {
  subject: "Follow up with Jane Doe: your delivery was late",
  body: "Promised follow-up for Jane Doe <jane@customer.example>.\n<script>alert(1)</script>",
  start: new Date("2026-03-12T16:00:00Z"),
  end: new Date("2026-03-12T16:15:00Z"),
};

describe("Retry-After", () => {
  test.each([
    ["3", 3000],
    [" 120 ", 120_000],
    ["0", 0],
    ["Tue, 10 Mar 2026 14:30:05 GMT", 5000],
    ["Tue, 10 Mar 2026 14:00:00 GMT", 0], // a date already past means "now"
  ])("%s → %i ms", (header, ms) => expect(retryAfterMs(header, now)).toBe(ms));

  test.each([[null], [undefined], [""], ["soon"], ["-5"], ["1.5"]])("unreadable %p gives null, so the caller uses its own back-off", (header) => {
    expect(retryAfterMs(header, now)).toBeNull();
  });
});

describe("the event sent to Graph", () => {
  test("a new event: UTC times, a 15-minute reminder, our category, the body as plain text", () => {
    expect(newEventPayload(input)).toEqual({
      subject: input.subject,
      body: { contentType: "text", content: input.body },
      start: { dateTime: "2026-03-12T16:00:00.000", timeZone: "UTC" },
      end: { dateTime: "2026-03-12T16:15:00.000", timeZone: "UTC" },
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
      categories: [CALENDAR_CATEGORY],
      transactionId: transactionIdFor(input),
    });
    expect(CALENDAR_CATEGORY).toBe("Make It Right");
  });

  test("a moved event carries the new time, a fresh reminder, and notes that state the new time", () => {
    const payload = moveEventPayload({ ...input, start: new Date("2026-03-13T09:00:00Z"), end: new Date("2026-03-13T09:15:00Z") }, 30);
    expect(payload).toEqual({
      subject: input.subject,
      body: { contentType: "text", content: input.body },
      start: { dateTime: "2026-03-13T09:00:00.000", timeZone: "UTC" },
      end: { dateTime: "2026-03-13T09:15:00.000", timeZone: "UTC" },
      isReminderOn: true,
      reminderMinutesBeforeStart: 30,
    });
  });

  test("the transactionId is the same for the same follow-up and differs when the time or words change", () => {
    expect(transactionIdFor({ ...input })).toBe(transactionIdFor(input));
    expect(transactionIdFor({ ...input, start: new Date("2026-03-12T17:00:00Z") })).not.toBe(transactionIdFor(input));
    expect(transactionIdFor({ ...input, body: `${input.body} ` })).not.toBe(transactionIdFor(input));
    expect(transactionIdFor(input).length).toBeLessThanOrEqual(64);
  });
});

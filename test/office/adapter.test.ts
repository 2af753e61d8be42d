import { composeApology, DEFAULT_SETTINGS, buildFollowUpAppointment } from "../../src/core";
import { createOfficeMailbox } from "../../src/office/officeMailbox";
import { installOffice } from "./officeMock";

const draft = composeApology(
  {
    customerFirstName: "Jane",
    summary: "your delivery was late",
    fix: { move: "callback", detail: "at 4 PM today" },
    nextUpdate: { owner: "", at: new Date("2026-03-10T16:00:00Z") },
  },
  { ...DEFAULT_SETTINGS, signerName: "Alex Rivera" },
);
const appointment = buildFollowUpAppointment({
  customerName: "Jane Doe",
  customerEmail: "jane@customer.example",
  summary: "your delivery was late",
  fix: "I'll call you.",
  promise: "",
  originalSubject: "Late delivery",
  at: new Date("2026-03-10T16:00:00Z"),
  timeZone: "UTC",
});

describe("reading the open email", () => {
  test("read mode: subject, sender, HTML body, date and ids", async () => {
    installOffice();
    const item = await createOfficeMailbox().readCurrentEmail();
    expect(item?.email).toMatchObject({
      subject: "Late delivery",
      from: { displayName: "Jane Doe", emailAddress: "jane@customer.example" },
      bodyFormat: "html",
    });
    expect(item?.email.body).toContain("<b>late</b>");
    expect(item?.email.receivedAt?.toISOString()).toBe("2026-03-10T09:00:00.000Z");
    expect(item?.conversationId).toBe("conv-1");
  });

  test("a failed body read is reported, not swallowed", async () => {
    installOffice({ fail: { getAsync: true } });
    await expect(createOfficeMailbox().readCurrentEmail()).rejects.toThrow("An internal error has occurred.");
  });

  test("compose mode: the customer is the recipient and the body holds the quoted complaint", async () => {
    installOffice({ mode: "compose" });
    const item = await createOfficeMailbox().readCurrentEmail();
    expect(item?.email.from.emailAddress).toBe("jane@customer.example");
    expect(item?.email.body).toContain("The delivery was late.");
  });

  test("capabilities follow the mode and the platform", () => {
    installOffice();
    expect(createOfficeMailbox().capabilities()).toMatchObject({
      mode: "read",
      canOpenReplyForm: true,
      canOpenAppointmentForm: true,
      canInsertIntoBody: false,
    });
    installOffice({ mode: "compose" });
    expect(createOfficeMailbox().capabilities()).toMatchObject({ mode: "compose", canOpenReplyForm: false, canInsertIntoBody: true });
    installOffice({ platform: "iOS", mailbox: "1.5" });
    expect(createOfficeMailbox().capabilities()).toMatchObject({ platform: "mobile", canOpenReplyForm: false, canOpenAppointmentForm: false });
  });
});

describe("inserting the reply", () => {
  test("Mailbox 1.9: displayReplyFormAsync with the HTML draft", async () => {
    const calls = installOffice();
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result.ok).toBe(true);
    expect(calls.reply).toEqual([{ via: "displayReplyFormAsync", html: draft.html }]);
  });

  test("reply all uses the reply-all form", async () => {
    const calls = installOffice();
    await createOfficeMailbox().insertReply(draft, "replyAll");
    expect(calls.reply[0]?.via).toBe("displayReplyAllFormAsync");
  });

  test("older clients: displayReplyForm", async () => {
    const calls = installOffice({ mailbox: "1.8" });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result.ok).toBe(true);
    expect(calls.reply[0]?.via).toBe("displayReplyForm");
  });

  test("over 32 KB is refused before Outlook would throw", async () => {
    const calls = installOffice();
    const big = { ...draft, html: `<p>${"é".repeat(17000)}</p>` };
    const result = await createOfficeMailbox().insertReply(big, "reply");
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    expect(calls.reply).toEqual([]);
  });

  test("a synchronous throw from the old form becomes a clear failure", async () => {
    installOffice({ mailbox: "1.8", fail: { replyThrows: true } });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.message).toMatch(/Internal error.*draft is safe/);
  });

  test("a failed async callback becomes a clear failure", async () => {
    installOffice({ fail: { replyAsync: true } });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.message).toContain("The reply form could not be opened.");
  });

  test("compose mode, HTML body: inserted at the cursor as HTML", async () => {
    const calls = installOffice({ mode: "compose", composeType: "html" });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result.ok).toBe(true);
    expect(calls.inserted).toEqual([{ data: draft.html, coercionType: "html" }]);
  });

  test("compose mode, plain-text body: inserted as text", async () => {
    const calls = installOffice({ mode: "compose", composeType: "text" });
    await createOfficeMailbox().insertReply(draft, "reply");
    expect(calls.inserted).toEqual([{ data: draft.text, coercionType: "text" }]);
  });

  test("compose mode failure is reported", async () => {
    installOffice({ mode: "compose", fail: { setSelectedData: true } });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result).toMatchObject({ ok: false, reason: "failed" });
  });

  test("mobile has no reply form: unsupported, so the pane can copy instead", async () => {
    const calls = installOffice({ platform: "iOS", mailbox: "1.5" });
    const result = await createOfficeMailbox().insertReply(draft, "reply");
    expect(result).toMatchObject({ ok: false, reason: "unsupported" });
    expect(calls.reply).toEqual([]);
  });

  test("no item open", async () => {
    installOffice();
    (globalThis as unknown as { Office: { context: { mailbox: { item: unknown } } } }).Office.context.mailbox.item = null;
    expect(await createOfficeMailbox().insertReply(draft, "reply")).toMatchObject({ ok: false, reason: "no-item" });
    expect(await createOfficeMailbox().readCurrentEmail()).toBeNull();
  });
});

describe("adding the follow-up", () => {
  test("Mailbox 1.9: the async form with start, end, subject and body, and no attendees", async () => {
    const calls = installOffice();
    const result = await createOfficeMailbox().addFollowUp(appointment);
    expect(result.ok).toBe(true);
    expect(calls.appointment[0]?.via).toBe("displayNewAppointmentFormAsync");
    expect(calls.appointment[0]?.form).toEqual({ start: appointment.start, end: appointment.end, subject: appointment.subject, body: appointment.body });
  });

  test("older clients: displayNewAppointmentForm", async () => {
    const calls = installOffice({ mailbox: "1.1" });
    await createOfficeMailbox().addFollowUp(appointment);
    expect(calls.appointment[0]?.via).toBe("displayNewAppointmentForm");
  });

  test("failures are reported, never thrown", async () => {
    installOffice({ fail: { appointmentAsync: true } });
    expect(await createOfficeMailbox().addFollowUp(appointment)).toMatchObject({ ok: false, reason: "failed" });
    installOffice({ mailbox: "1.1", fail: { appointmentThrows: true } });
    expect(await createOfficeMailbox().addFollowUp(appointment)).toMatchObject({ ok: false, reason: "failed" });
  });

  test("mobile: unsupported", async () => {
    installOffice({ platform: "Android", mailbox: "1.5" });
    expect(await createOfficeMailbox().addFollowUp(appointment)).toMatchObject({ ok: false, reason: "unsupported" });
  });
});

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { RecoveryRecord } from "../../src/core";
import { fakeMailbox } from "./fakeMailbox";

const clock = () => new Date("2026-03-10T14:30:00Z");
beforeEach(() => window.localStorage.clear());

const earlier: RecoveryRecord = {
  id: "old",
  customerName: "Priya Shah",
  customerEmail: "priya@harbour.example",
  subject: "Last week's order",
  itemId: "item-old",
  conversationId: "conv-old",
  summary: "the salads were missing",
  fix: "We're correcting it now.",
  dueAt: "2026-03-09T15:00:00.000Z",
  createdAt: "2026-03-05T10:00:00.000Z",
  status: "open",
};

/** Opens Open promises and moves the first promise to a new time, as a user would. */
async function rescheduleTo(user: ReturnType<typeof userEvent.setup>, value: string) {
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  await user.click(screen.getByRole("button", { name: "Reschedule" }));
  const input = screen.getByLabelText("New follow-up time");
  await user.clear(input);
  await user.type(input, value);
  await user.click(screen.getByRole("button", { name: "Save new time" }));
}

async function open(mailbox = fakeMailbox()) {
  const user = userEvent.setup();
  render(<App mailbox={mailbox} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  return { user, mailbox };
}

test("adding the follow-up logs an open promise and tags the email", async () => {
  const { user, mailbox } = await open();
  await user.click(screen.getByRole("button", { name: "In 2 hours" }));
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  expect(await screen.findByText(/listed under Open promises/)).toBeInTheDocument();
  expect(mailbox.records.at(-1)).toEqual([
    expect.objectContaining({ customerEmail: "priya@harbour.example", conversationId: "conv-1", status: "open", dueAt: "2026-03-10T16:30:00.000Z" }),
  ]);
  expect(mailbox.tags).toEqual(["Make It Right: follow-up due"]);
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  const list = screen.getByRole("list", { name: "Open promises" });
  expect(within(list).getByText("Priya Shah")).toBeInTheDocument();
});

test("a repeat complaint is called out before the user writes, and overdue promises stand out", async () => {
  const { user, mailbox } = await open(fakeMailbox({ storedRecords: [earlier] }));
  expect(screen.getByText("Second complaint from this customer in 30 days.")).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  const item = within(screen.getByRole("list", { name: "Open promises" }))
    .getByText("the salads were missing")
    .closest("li")!;
  expect(within(item).getByText("Overdue")).toBeInTheDocument();
  await user.click(within(item).getByRole("button", { name: "Open email" }));
  expect(mailbox.opened).toEqual(["item-old"]);
  await user.click(within(item).getByRole("button", { name: "Mark kept" }));
  expect(await screen.findByText("Marked kept.")).toBeInTheDocument();
  expect(mailbox.records.at(-1)![0]).toMatchObject({ id: "old", status: "kept" });
  expect(screen.queryByText("the salads were missing")).not.toBeInTheDocument();
});

test("rescheduling moves the due time and opens a new appointment", async () => {
  const { user, mailbox } = await open(fakeMailbox({ storedRecords: [earlier] }));
  await rescheduleTo(user, "2026-03-12T15:00");
  expect(await screen.findByText("Rescheduled.")).toBeInTheDocument();
  // The form makes a new appointment; the old one is the user's to remove, and the pane says so.
  expect(screen.getByText("Outlook opened the follow-up appointment. Remove the old entry from your calendar.")).toBeInTheDocument();
  expect(mailbox.appointments.at(-1)!.start.toISOString()).toBe("2026-03-12T15:00:00.000Z");
  expect(mailbox.records.at(-1)![0]).toMatchObject({ dueAt: "2026-03-12T15:00:00.000Z", status: "open" });
});

test("a failed save of the promise is reported, and the follow-up still shows", async () => {
  const { user } = await open(fakeMailbox({ saveRecords: { ok: false, reason: "failed", message: "Outlook couldn't save the follow-up records (9019)." } }));
  await user.click(screen.getByRole("button", { name: "In 2 hours" }));
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  expect(await screen.findByText("Follow-up not stored.")).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  expect(screen.getByText("Priya Shah")).toBeInTheDocument();
});

describe("with one-click calendar events (Microsoft Graph set up)", () => {
  const graph = { canCreateCalendarEvent: true };

  test("the follow-up lands in the calendar, and the promise remembers its event", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({ caps: graph, follow: { ok: true, eventId: "evt-1", message: "Added to your calendar, with a reminder 15 minutes before." } }),
    );
    await user.click(screen.getByRole("button", { name: "In 2 hours" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    expect(await screen.findByText("Follow-up on your calendar.")).toBeInTheDocument();
    expect(screen.getByText(/Added to your calendar, with a reminder 15 minutes before\. It's listed under Open promises\./)).toBeInTheDocument();
    expect(mailbox.records.at(-1)![0]).toMatchObject({ conversationId: "conv-1", eventId: "evt-1", status: "open" });
    expect(mailbox.tags).toEqual(["Make It Right: follow-up due"]);
  });

  test("a second time for the same email moves the event instead of adding another", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({
        caps: graph,
        follow: (eventId) => ({
          ok: true,
          eventId: eventId ?? "evt-1",
          message: eventId ? "Moved the event in your calendar; the reminder moved with it." : "Added to your calendar, with a reminder 15 minutes before.",
        }),
      }),
    );
    await user.click(screen.getByRole("button", { name: "In 2 hours" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    await screen.findByText("Follow-up on your calendar.");
    await user.click(screen.getByRole("button", { name: "End of today" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    expect(await screen.findByText(/Moved the event in your calendar/)).toBeInTheDocument();
    expect(mailbox.eventIds).toEqual([undefined, "evt-1"]);
    expect(mailbox.records.at(-1)!.filter((r) => r.status === "open")).toHaveLength(1);
  });

  test("when Graph failed and the form opened instead, the pane says so as a warning", async () => {
    const { user } = await open(
      fakeMailbox({
        caps: graph,
        follow: {
          ok: true,
          fellBack: true,
          message: "Microsoft 365 is busy and asked to wait 120 seconds. Outlook opened the follow-up appointment. Save it there to keep the reminder.",
        },
      }),
    );
    await user.click(screen.getByRole("button", { name: "End of today" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    expect(await screen.findByText("Opened the appointment form instead.")).toBeInTheDocument();
    expect(screen.getByText(/asked to wait 120 seconds/)).toBeInTheDocument();
  });

  test("when nothing could reach the calendar, the promise is still kept and its details can be copied", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({
        caps: graph,
        follow: {
          ok: false,
          reason: "failed",
          message: "Couldn't reach Microsoft 365 to add the event. Outlook could not open the appointment (Internal error).",
        },
      }),
    );
    await user.click(screen.getByRole("button", { name: "End of today" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    expect(await screen.findByText("Not on your calendar yet.")).toBeInTheDocument();
    expect(screen.getByText(/The promise is listed under Open promises\./)).toBeInTheDocument();
    expect(mailbox.records.at(-1)![0]).toMatchObject({ conversationId: "conv-1", status: "open" });
    await user.click(screen.getByRole("button", { name: "Copy the details" }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Follow up with Priya Shah: [^\n]+\n\d{1,2}:\d{2} [AP]M on \w+day, \d+ March\n\nPromised follow-up for Priya Shah <priya@harbour\.example>\./,
    );
    await user.click(screen.getByRole("tab", { name: "Open promises" }));
    expect(screen.getByText("Priya Shah")).toBeInTheDocument();
  });

  test("on a phone, where there is no appointment form, the event still goes in through Graph", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({
        caps: { ...graph, canOpenAppointmentForm: false, canOpenReplyForm: false, platform: "mobile" },
        follow: { ok: true, eventId: "evt-9", message: "Added to your calendar, with a reminder 15 minutes before." },
      }),
    );
    await user.click(screen.getByRole("button", { name: "End of today" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    expect(await screen.findByText("Follow-up on your calendar.")).toBeInTheDocument();
    expect(mailbox.appointments).toHaveLength(1);
  });

  test("rescheduling a promise moves its calendar event", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({
        caps: graph,
        storedRecords: [{ ...earlier, eventId: "evt-old" }],
        follow: { ok: true, eventId: "evt-old", message: "Moved the event in your calendar; the reminder moved with it." },
      }),
    );
    await rescheduleTo(user, "2026-03-12T15:00");
    expect(await screen.findByText("Moved the event in your calendar; the reminder moved with it.")).toBeInTheDocument();
    expect(mailbox.eventIds).toEqual(["evt-old"]);
    expect(mailbox.records.at(-1)![0]).toMatchObject({ dueAt: "2026-03-12T15:00:00.000Z", eventId: "evt-old" });
  });

  test("a reschedule the calendar refused is still saved here, with a clear warning", async () => {
    const { user, mailbox } = await open(
      fakeMailbox({
        caps: graph,
        storedRecords: [earlier],
        follow: {
          ok: false,
          reason: "failed",
          message: "Couldn't reach Microsoft 365 to add the event. Outlook could not open the appointment (Internal error).",
        },
      }),
    );
    await rescheduleTo(user, "2026-03-12T15:00");
    expect(await screen.findByText("Rescheduled here, not in your calendar.")).toBeInTheDocument();
    expect(mailbox.records.at(-1)![0]).toMatchObject({ dueAt: "2026-03-12T15:00:00.000Z" });
  });
});

test("while the calendar is being reached, the pane says so and the buttons wait", async () => {
  let finish: (r: { ok: true; eventId: string; message: string }) => void = () => undefined;
  const mailbox = fakeMailbox({ caps: { canCreateCalendarEvent: true } });
  const slow = mailbox.addFollowUp;
  mailbox.addFollowUp = (appointment, eventId) => {
    void slow(appointment, eventId);
    return new Promise((resolve) => (finish = resolve));
  };
  const { user } = await open(mailbox);
  await user.click(screen.getByRole("button", { name: "End of today" }));
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  expect(await screen.findByText("Adding the follow-up to your calendar…")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Insert into reply" })).toBeDisabled();
  finish({ ok: true, eventId: "evt-1", message: "Added to your calendar, with a reminder 15 minutes before." });
  expect(await screen.findByText("Follow-up on your calendar.")).toBeInTheDocument();
  expect(screen.queryByText("Adding the follow-up to your calendar…")).not.toBeInTheDocument();
});

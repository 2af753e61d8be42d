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
  expect(mailbox.records.at(-1)).toEqual([expect.objectContaining({ customerEmail: "priya@harbour.example", conversationId: "conv-1", status: "open", dueAt: "2026-03-10T16:30:00.000Z" })]);
  expect(mailbox.tags).toEqual(["Make It Right: follow-up due"]);
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  const list = screen.getByRole("list", { name: "Open promises" });
  expect(within(list).getByText("Priya Shah")).toBeInTheDocument();
});

test("a repeat complaint is called out before the user writes, and overdue promises stand out", async () => {
  const { user, mailbox } = await open(fakeMailbox({ storedRecords: [earlier] }));
  expect(screen.getByText("Second complaint from this customer in 30 days.")).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  const item = within(screen.getByRole("list", { name: "Open promises" })).getByText("the salads were missing").closest("li")!;
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
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  await user.click(screen.getByRole("button", { name: "Reschedule" }));
  const input = screen.getByLabelText("New follow-up time");
  await user.clear(input);
  await user.type(input, "2026-03-12T15:00");
  await user.click(screen.getByRole("button", { name: "Save new time" }));
  expect(await screen.findByText("Rescheduled.")).toBeInTheDocument();
  expect(mailbox.appointments.at(-1)!.start.toISOString()).toBe("2026-03-12T15:00:00.000Z");
  expect(mailbox.records.at(-1)![0]).toMatchObject({ dueAt: "2026-03-12T15:00:00.000Z", status: "open" });
});

test("a failed save of the promise is reported, and the follow-up still shows", async () => {
  const { user } = await open(fakeMailbox({ saveRecords: { ok: false, reason: "failed", message: "Outlook couldn't save the follow-up records (9019)." } }));
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  expect(await screen.findByText("Follow-up not stored.")).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Open promises" }));
  expect(screen.getByText("Priya Shah")).toBeInTheDocument();
});


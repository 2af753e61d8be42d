import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { exportSettings, DEFAULT_TEAM_SETTINGS } from "../../src/core";
import { fakeMailbox } from "./fakeMailbox";

const clock = () => new Date("2026-03-10T14:30:00Z");
beforeEach(() => window.localStorage.clear());

async function open(mailbox = fakeMailbox()) {
  const user = userEvent.setup();
  render(<App mailbox={mailbox} clock={clock} />);
  await screen.findByLabelText("Issue summary");
  // The rest of the pane follows the summary a moment later.
  await screen.findByRole("region", { name: "Preview" });
  return { user, mailbox };
}

test("saved settings shape the draft, and typing in the apology survives a visit to Settings", async () => {
  const { user, mailbox } = await open();
  const summary = screen.getByLabelText("Issue summary");
  await user.clear(summary);
  await user.type(summary, "the tray was wrong");
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  await user.type(screen.getByLabelText("Business name"), "Brightside Catering");
  await user.type(screen.getByLabelText("Title"), "Owner");
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(await screen.findByText("Saved.")).toBeInTheDocument();
  expect(mailbox.saved[0]).toMatchObject({ businessName: "Brightside Catering", signerTitle: "Owner", signerName: "Alex Rivera" });
  await user.click(screen.getByRole("tab", { name: "Apology" }));
  expect(screen.getByLabelText("Issue summary")).toHaveValue("the tray was wrong");
  expect(within(screen.getByRole("region", { name: "Preview" })).getByText(/Owner, Brightside Catering/)).toBeInTheDocument();
});

test("a failed save says so and keeps the form", async () => {
  const { user } = await open(fakeMailbox({ save: { ok: false, reason: "failed", message: "Outlook couldn't save the settings (9019)." } }));
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  await user.type(screen.getByLabelText("Business name"), "Brightside");
  await user.click(screen.getByRole("button", { name: "Save settings" }));
  expect(await screen.findByText("Settings not saved.")).toBeInTheDocument();
  expect(screen.getByLabelText("Business name")).toHaveValue("Brightside");
});

test("importing a colleague's settings fills the form; bad JSON is refused", async () => {
  const { user } = await open();
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  const box = screen.getByLabelText("Import settings");
  await user.click(box);
  await user.paste("{oops");
  await user.click(screen.getByRole("button", { name: "Import" }));
  expect(await screen.findByText("Not imported.")).toBeInTheDocument();
  await user.clear(box);
  await user.click(box);
  await user.paste(exportSettings({ ...DEFAULT_TEAM_SETTINGS, businessName: "Shared Co", tone: "formal" }));
  await user.click(screen.getByRole("button", { name: "Import" }));
  expect(await screen.findByText("Imported into the form.")).toBeInTheDocument();
  expect(screen.getByLabelText("Business name")).toHaveValue("Shared Co");
  expect(screen.getByLabelText("Default tone")).toHaveValue("formal");
});

test("settings stored with the mailbox are used from the start", async () => {
  await open(fakeMailbox({ stored: { ...DEFAULT_TEAM_SETTINGS, tone: "formal", signOff: "Yours", businessName: "Stored Co" } }));
  const preview = screen.getByRole("region", { name: "Preview" });
  expect(within(preview).getByText("Dear Priya,")).toBeInTheDocument();
  expect(within(preview).getByText(/Yours/)).toBeInTheDocument();
});

test("the tabs work from the keyboard", async () => {
  const { user } = await open();
  screen.getByRole("tab", { name: "Apology" }).focus();
  await user.keyboard("{ArrowRight}");
  expect(screen.getByRole("tab", { name: "Open promises" })).toHaveAttribute("aria-selected", "true");
  await user.keyboard("{End}");
  expect(screen.getByRole("tab", { name: "Settings" })).toHaveAttribute("aria-selected", "true");
  expect(screen.getByLabelText("Business name")).toBeInTheDocument();
});

test.each([
  [{ canCreateCalendarEvent: true }, "Follow-ups go straight into your Outlook calendar, with a reminder 15 minutes before."],
  [{}, "Follow-ups open an Outlook appointment for you to save. One-click events with a reminder can be switched on by whoever set up Make It Right."],
  [
    { canOpenAppointmentForm: false, platform: "mobile" as const },
    "This Outlook app can't add appointments from an add-in; the pane copies the details for you to add by hand.",
  ],
])("Settings says how follow-ups reach the calendar here (%p), and in which zone", async (caps, note) => {
  const { user } = await open(fakeMailbox({ caps, timeZone: "America/New_York" }));
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  const calendar = screen.getByRole("region", { name: "Calendar" });
  expect(within(calendar).getByText(note)).toBeInTheDocument();
  expect(within(calendar).getByText("Follow-up times and business hours use your mailbox's time zone (America/New York).")).toBeInTheDocument();
});

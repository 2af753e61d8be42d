import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { complaint, fakeMailbox } from "./fakeMailbox";

// Tuesday 10 March 2026, 14:30 UTC: the pane's clock in every test.
const clock = () => new Date("2026-03-10T14:30:00Z");

beforeEach(() => window.localStorage.clear());

async function openPane(mailbox = fakeMailbox()) {
  const user = userEvent.setup();
  const view = render(<App mailbox={mailbox} clock={clock} />);
  await screen.findByLabelText("Issue summary");
  // The rest of the pane follows the summary a moment later.
  await screen.findByRole("region", { name: "Preview" });
  return { user, mailbox, view };
}

const preview = () => screen.getByRole("region", { name: "Preview" });

/** The user selects another customer's email in a pinned pane. */
async function switchToTom(mailbox: ReturnType<typeof fakeMailbox>) {
  const tom = { displayName: "Tom Becker", emailAddress: "tom@x.example" };
  await act(async () =>
    mailbox.changeItem({ ...complaint, conversationId: "conv-2", email: { ...complaint.email, from: tom, body: "Your engineer never showed up." } }),
  );
  await waitFor(() => expect(screen.getByLabelText("Customer's first name")).toHaveValue("Tom"));
}

describe("the task pane", () => {
  test("pre-fills the summary and the customer's name from the email", async () => {
    await openPane();
    expect(screen.getByLabelText("Issue summary")).toHaveValue("our team missed the vegan note on your lunch order and three guests had nothing to eat");
    expect(screen.getByLabelText("Customer's first name")).toHaveValue("Priya");
    expect(screen.getByText("Ref 4471")).toBeInTheDocument();
    expect(within(preview()).getByText("Hi Priya,")).toBeInTheDocument();
  });

  test("editing the summary updates the apology as you type", async () => {
    const { user } = await openPane();
    const summary = screen.getByLabelText("Issue summary");
    await user.clear(summary);
    await user.type(summary, "the tray came without vegan options");
    expect(within(preview()).getByText(/I'm so sorry that the tray came without vegan options\./)).toBeInTheDocument();
  });

  test("choose a fix and a time, insert, and the reply holds the four parts in order", async () => {
    const { user, mailbox } = await openPane();
    await user.selectOptions(screen.getByLabelText("3. Fix in motion"), "replacement");
    await user.type(screen.getByLabelText("What is replaced, and when it arrives"), "a vegan tray by 11:30 AM");
    await user.click(screen.getByRole("button", { name: "Tomorrow 10:00" }));
    await user.click(screen.getByRole("button", { name: "Insert into reply" }));
    await screen.findByText("Draft inserted.");
    const text = mailbox.inserted[0]!.draft.text;
    const parts = ["Hi Priya,", "sorry", "4471", "on me", "replacement: a vegan tray by 11:30 AM", "by 10:00 AM on Wednesday, 11 March"];
    const at = parts.map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("the coach reacts as the user types a vague phrase", async () => {
    const { user } = await openPane();
    const ack = screen.getByLabelText("1. Acknowledgment");
    await user.clear(ack);
    await user.type(ack, "Sorry for the inconvenience");
    const findings = screen.getByRole("list", { name: "Coach findings" });
    expect(within(findings).getByText(/sounds like a form letter/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Use suggested wording" }));
    expect(screen.queryByText(/sounds like a form letter/)).not.toBeInTheDocument();
  });

  test("where the draft could only name the kind of problem, the coach asks for the specifics until the user gives them", async () => {
    const vague = { ...complaint, email: { ...complaint.email, body: "Hi,\n\nVery unhappy with how Saturday went. Order 4471.\n\nPriya" } };
    const { user } = await openPane(fakeMailbox({ item: vague }));
    const tip = /names only the kind of problem/;
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Coach findings" })).getByText(tip)).toBeInTheDocument());
    const ack = screen.getByLabelText("1. Acknowledgment");
    await user.clear(ack);
    await user.type(ack, "I'm so sorry the cake for Saturday arrived with the wrong name on it.");
    expect(within(screen.getByRole("list", { name: "Coach findings" })).queryByText(tip)).not.toBeInTheDocument();
  });

  test("a draft that says the customer's own words back gets no such tip", async () => {
    await openPane();
    expect(within(preview()).getByText(/sorry that our team missed the vegan note/)).toBeInTheDocument();
    expect(screen.queryByText(/names only the kind of problem/)).not.toBeInTheDocument();
  });

  test("adds the follow-up at the promised time with no attendees", async () => {
    const { user, mailbox } = await openPane();
    await user.click(screen.getByRole("button", { name: "In 2 hours" }));
    await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
    await screen.findByText("Follow-up opened.");
    const a = mailbox.appointments[0]!;
    expect(a.start.toISOString()).toBe("2026-03-10T16:30:00.000Z");
    expect(a.end.getTime() - a.start.getTime()).toBe(15 * 60 * 1000);
    expect(a.subject).toMatch(/^Follow up with Priya Shah: our team missed the vegan note/);
    expect(a.body).toContain("priya@harbour.example");
    expect(a.body).toContain("Lunch order #4471");
  });

  test("a failed insert says what happened and keeps what the user typed", async () => {
    const { user } = await openPane(fakeMailbox({ insert: { ok: false, reason: "failed", message: "Outlook could not open the reply (boom)." } }));
    const summary = screen.getByLabelText("Issue summary");
    await user.clear(summary);
    await user.type(summary, "my own words");
    await user.click(screen.getByRole("button", { name: "Insert into reply" }));
    expect(await screen.findByText("Not inserted.")).toBeInTheDocument();
    expect(screen.getByText(/could not open the reply \(boom\)/)).toBeInTheDocument();
    expect(screen.getByLabelText("Issue summary")).toHaveValue("my own words");
  });

  test("a draft over 32 KB is refused with the plain-text way out", async () => {
    const { user } = await openPane(fakeMailbox({ insert: { ok: false, reason: "too-large", message: "The draft is over Outlook's 32 KB limit." } }));
    await user.click(screen.getByRole("button", { name: "Insert into reply" }));
    expect(await screen.findByRole("button", { name: "Copy as plain text" })).toBeInTheDocument();
  });

  test("on a phone, where reply forms don't exist, the draft is copied instead", async () => {
    const mailbox = fakeMailbox({ caps: { canOpenReplyForm: false, canOpenAppointmentForm: false, platform: "mobile" } });
    const { user } = await openPane(mailbox);
    await user.click(screen.getByRole("button", { name: "Insert into reply" }));
    expect(await screen.findByText(/can't open a reply from an add-in/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toContain("Hi Priya,");
    expect(mailbox.inserted).toEqual([]);
  });

  test("hostile text in the name, subject and body shows as text and never becomes markup", async () => {
    const hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    const mailbox = fakeMailbox({
      item: {
        ...complaint,
        email: {
          ...complaint.email,
          subject: hostile,
          from: { displayName: `${hostile} Eve`, emailAddress: "eve@x.example" },
          body: `The order was late. ${hostile}`,
        },
      },
    });
    const { container } = render(<App mailbox={mailbox} clock={clock} />);
    await screen.findByRole("region", { name: "Preview" });
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText(/&lt;|<img/, { selector: "strong" })).toBeInTheDocument();
  });

  test("a thank-you note is called out, and the user can still write", async () => {
    await openPane(
      fakeMailbox({ item: { ...complaint, email: { ...complaint.email, subject: "Thanks", body: "Thank you so much, the food was wonderful!" } } }),
    );
    expect(screen.getByText("This doesn't read like a complaint.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert into reply" })).toBeEnabled();
  });

  test("sensitive matters raise a caution that says what to check for that kind of case", async () => {
    await openPane(
      fakeMailbox({
        item: { ...complaint, email: { ...complaint.email, body: "My son had an allergic reaction. I want a refund or I will call my lawyer." } },
      }),
    );
    expect(screen.getByText("Check before you promise.")).toBeInTheDocument();
    // One line at first; what to check opens on request.
    const caution = () => screen.getByText("Check before you promise.").closest(".fui-MessageBar")!.textContent;
    expect(caution()).not.toMatch(/refund policy/);
    await userEvent.setup().click(screen.getByRole("button", { name: "What to check" }));
    expect(caution()).toMatch(/refund policy/);
    expect(screen.queryByText(/Rules differ by state/)).not.toBeInTheDocument();
  });

  test("an Outlook read failure is explained, with a retry", async () => {
    await act(async () => render(<App mailbox={fakeMailbox({ readError: new Error("Internal error 9002") })} clock={clock} />));
    expect(await screen.findByText("Couldn't read this email.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  test("no item selected", async () => {
    render(<App mailbox={fakeMailbox({ item: null })} clock={clock} />);
    expect(await screen.findByText("No email selected.")).toBeInTheDocument();
  });

  test("what the user typed survives closing and reopening the pane", async () => {
    const { user, view } = await openPane();
    const summary = screen.getByLabelText("Issue summary");
    await user.clear(summary);
    await user.type(summary, "kept words");
    await waitFor(() => expect(JSON.stringify(window.localStorage.getItem("make-it-right:draft:conv-1"))).toContain("kept words"));
    view.unmount();
    await openPane();
    expect(screen.getByLabelText("Issue summary")).toHaveValue("kept words");
    expect(await screen.findByText("Draft restored.")).toBeInTheDocument();
  });

  test("a pinned pane re-reads when the user selects another email", async () => {
    const mailbox = fakeMailbox();
    await openPane(mailbox);
    await switchToTom(mailbox);
    await screen.findByRole("region", { name: "Preview" });
  });
});

test("with the default clock, the pane reads the email once and stays put", async () => {
  const mailbox = fakeMailbox();
  const read = jest.spyOn(mailbox, "readCurrentEmail");
  render(<App mailbox={mailbox} />);
  await screen.findByRole("region", { name: "Preview" });
  await new Promise((r) => setTimeout(r, 300));
  expect(read).toHaveBeenCalledTimes(1);
});

test("a very large email is capped so the pane stays quick, and the pane says so", async () => {
  const huge = `The delivery was late again and nobody called. ${"More detail about the order. ".repeat(20000)}`;
  render(<App mailbox={fakeMailbox({ item: { ...complaint, email: { ...complaint.email, body: huge } } })} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  expect(screen.getByText("Very long email.")).toBeInTheDocument();
  expect((screen.getByLabelText("Issue summary") as HTMLTextAreaElement).value).toContain("late again");
});

test("a typed time is read back before it is used", async () => {
  const user = userEvent.setup();
  render(<App mailbox={fakeMailbox()} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  await user.type(screen.getByLabelText("Or type a time"), "Friday 3pm");
  // Read back in the user's own locale format (the draft keeps its language's format).
  const inUserLocale = new Intl.DateTimeFormat(navigator.language, {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  })
    .format(new Date("2026-03-13T15:00:00Z"))
    .replace(/\u202f/g, " ");
  expect(screen.getByText(`Means ${inUserLocale}.`)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Use this time" }));
  expect(within(screen.getByRole("region", { name: "Preview" })).getByText(/by 3:00 PM on Friday, 13 March/)).toBeInTheDocument();
});

test("the fix is only suggested: the draft claims nothing until the user chooses, and an explanation goes after ownership", async () => {
  const user = userEvent.setup();
  const body = "The cake arrived broken. Please send a replacement, we need it by Friday 3pm.\n\nThanks,\nPriya";
  render(<App mailbox={fakeMailbox({ item: { ...complaint, email: { ...complaint.email, body } } })} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  const text = () => screen.getByRole("region", { name: "Preview" }).textContent ?? "";
  // Nothing is claimed as done, and no time is promised, until the user gives them.
  expect(text()).not.toMatch(/replacement|booked|preparing|by \d/i);
  expect(screen.getByLabelText("What is replaced, and when it arrives")).toHaveValue("");
  await user.click(screen.getByRole("button", { name: "Use the suggestion: Replacement" }));
  expect(text()).toMatch(/We're already preparing a replacement for you\./);
  await user.type(screen.getByLabelText("What happened (optional)"), "The box was crushed in our van");
  expect(text().indexOf("crushed in our van")).toBeGreaterThan(text().indexOf("on me"));
  expect(text().indexOf("crushed in our van")).toBeLessThan(text().indexOf("replacement"));
});

test("when the browser blocks storage, the pane says the draft isn't being saved", async () => {
  const setItem = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new Error("QuotaExceededError");
  });
  try {
    const user = userEvent.setup();
    render(<App mailbox={fakeMailbox()} clock={clock} />);
    await screen.findByRole("region", { name: "Preview" });
    await user.type(screen.getByLabelText("Issue summary"), " more");
    expect(await screen.findByText("Your draft isn't being saved on this device.", undefined, { timeout: 3000 })).toBeInTheDocument();
    expect((screen.getByLabelText("Issue summary") as HTMLTextAreaElement).value).toMatch(/ more$/);
  } finally {
    setItem.mockRestore();
  }
});

test("times are read and written in the mailbox's zone, and the pane says which zone that is", async () => {
  // The computer runs on UTC; the mailbox's calendar is set to Los Angeles (UTC-7 in March 2026, after the spring change).
  const user = userEvent.setup();
  const mailbox = fakeMailbox({ timeZone: "America/Los_Angeles" });
  render(<App mailbox={mailbox} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  const field = screen.getByLabelText("Follow-up time (Los Angeles time)");
  fireEvent.change(field, { target: { value: "2026-03-12T15:00" } });
  expect(field).toHaveValue("2026-03-12T15:00");
  expect(within(preview()).getByText(/by 3:00 PM on Thursday, 12 March/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  await screen.findByText("Follow-up opened.");
  expect(mailbox.appointments[0]!.start.toISOString()).toBe("2026-03-12T22:00:00.000Z");
});

test("when the mailbox's zone is the computer's, no zone note clutters the field", async () => {
  render(<App mailbox={fakeMailbox({ timeZone: "UTC" })} clock={clock} />);
  await screen.findByRole("region", { name: "Preview" });
  expect(screen.getByLabelText("Follow-up time")).toBeInTheDocument();
});

describe("never blank, never losing a keystroke", () => {
  test("text typed just before switching emails is kept, and back on that email it is restored", async () => {
    const mailbox = fakeMailbox();
    const { user } = await openPane(mailbox);
    await user.type(screen.getByLabelText("Issue summary"), " (typed)");
    // Switch at once, well inside the autosave's pause.
    await switchToTom(mailbox);
    await act(async () => mailbox.changeItem(complaint));
    await waitFor(() => expect(screen.getByLabelText("Customer's first name")).toHaveValue("Priya"));
    expect((screen.getByLabelText("Issue summary") as HTMLTextAreaElement).value).toMatch(/ \(typed\)$/);
    expect(screen.getByText("Draft restored.")).toBeInTheDocument();
  });

  test("a saved draft that is corrupted or from an old version keeps what it can and says so", async () => {
    window.localStorage.setItem(
      "make-it-right:draft:conv-1",
      JSON.stringify({
        fields: {
          summary: "the tray came without vegan options",
          followUpAt: "garbage",
          customerFirstName: 42,
          tone: "constructor",
          move: "teleport",
          replyMode: "reply",
        },
        savedAt: 1,
      }),
    );
    await openPane();
    expect(screen.getByLabelText("Issue summary")).toHaveValue("the tray came without vegan options");
    expect(screen.getByLabelText("Customer's first name")).toHaveValue("Priya");
    expect(screen.getByText("Part of your saved draft couldn't be read.")).toBeInTheDocument();
    expect(screen.getByText(/back; we reset: the first name, the fix, the follow-up time, the tone\./)).toBeInTheDocument();
    expect(screen.getByLabelText("Tone")).toHaveValue("warm");
  });

  test("a saved draft that isn't a draft at all is ignored, not a blank pane", async () => {
    window.localStorage.setItem("make-it-right:draft:conv-1", "{not json");
    await openPane();
    expect(screen.getByLabelText("Issue summary")).toHaveValue("our team missed the vegan note on your lunch order and three guests had nothing to eat");
  });
});

test("after Insert, focus moves to the outcome, which is announced", async () => {
  const { user } = await openPane();
  await user.click(screen.getByRole("button", { name: "Insert into reply" }));
  await screen.findByText("Draft inserted.");
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Status")));
  expect(screen.getByLabelText("Status").querySelector('[aria-live="polite"]')).toHaveTextContent("Draft inserted.");
});

test("corrupted settings and records are repaired, the user is told, and the unreadable copy is kept aside", async () => {
  const stored = { tone: "constructor", businessName: "Brightside" };
  const storedRecords = [
    { id: "ok", dueAt: "2026-03-11T15:00:00.000Z", createdAt: "2026-03-10T09:00:00.000Z", status: "open", customerName: "Tom" },
    { id: 5, dueAt: "garbage" },
  ];
  await openPane(fakeMailbox({ stored, storedRecords }));
  expect(screen.getByText("Part of what Outlook stored for Make It Right couldn't be read.")).toBeInTheDocument();
  expect(screen.getByText(/one follow-up record was left out/)).toBeInTheDocument();
  expect(JSON.parse(window.localStorage.getItem("make-it-right:unreadable:records")!).raw).toEqual(storedRecords);
  expect(JSON.parse(window.localStorage.getItem("make-it-right:unreadable:settings")!).raw).toEqual(stored);
});

test("one status area: the newest outcome shows, earlier ones wait behind a button", async () => {
  const { user } = await openPane();
  await user.click(screen.getByRole("button", { name: "Insert into reply" }));
  await screen.findByText("Draft inserted.");
  await user.click(screen.getByRole("button", { name: "In 2 hours" }));
  await user.click(screen.getByRole("button", { name: "Add follow-up to calendar" }));
  await screen.findByText("Follow-up opened.");
  expect(screen.queryByText("Draft inserted.")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: /^Show \d+ earlier messages?$/ }));
  expect(screen.getByText("Draft inserted.")).toBeInTheDocument();
  // The four parts show beside the primary action, on the first screen.
  expect(within(screen.getByRole("group", { name: "Four parts ready" })).getByText(/Sorry/)).toBeInTheDocument();
});

import type { FrameLocator, Page } from "playwright-core";
import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(60_000);

const pane = (page: Page): FrameLocator => page.frameLocator('iframe[title="Make It Right task pane"]');

/** What the pane should promise for a wall-clock time in Chicago, computed independently of the app. */
function expectedPromise(iso: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat("en-US", { timeZone: "America/Chicago", hour: "numeric", minute: "2-digit", hour12: true })
    .format(d)
    .replace(/\u202f/g, " ");
  const weekday = new Intl.DateTimeFormat("en-US", { timeZone: "America/Chicago", weekday: "long" }).format(d);
  const day = new Intl.DateTimeFormat("en-US", { timeZone: "America/Chicago", day: "numeric" }).format(d);
  const month = new Intl.DateTimeFormat("en-US", { timeZone: "America/Chicago", month: "long" }).format(d);
  return `${time} on ${weekday}, ${day} ${month}`;
}

describeBrowser("the demo, end to end in Chromium", () => {
  test("open a complaint, choose a fix and a time, insert the reply, add the follow-up", async () => {
    const { page, errors } = await harness().newPage({ timezoneId: "America/Chicago" });
    await page.goto(`${harness().baseUrl}demo.html`);
    await page.getByRole("button", { name: /Priya Shah/ }).click();
    const p = pane(page);
    await expect(p.getByLabel("Issue summary").inputValue()).resolves.toContain("missed the vegan note");

    await p.getByLabel("3. Fix in motion").selectOption("replacement");
    await p.getByLabel("What is replaced, and when it arrives").fill("a vegan lunch for three, delivered by 11:30 AM");
    // 15:30 on 14 March 2030 in Chicago (CDT, UTC-5) is 20:30 UTC.
    await p.getByLabel("Follow-up time").fill("2030-03-14T15:30");
    await p.getByRole("button", { name: "Insert into reply" }).click();

    const reply = page.getByRole("region", { name: "Reply draft" });
    // The reply form opens after the click's promise chain settles: wait for it, as a user would.
    await eventually(async () => expect(await reply.getByText(/Opened by displayReplyFormAsync/).count()).toBe(1));
    const text = await reply.locator(".reply-body").innerText();
    const promise = expectedPromise("2030-03-14T20:30:00Z");
    expect(promise).toBe("3:30 PM on Thursday, 14 March");
    const parts = [
      "Hi Priya,",
      "sorry",
      "on me", // ownership, in words that fit the kind of failure
      "replacement: a vegan lunch for three, delivered by 11:30 AM",
      `by ${promise}`,
      "Warm regards,",
    ];
    const at = parts.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    await eventually(async () => expect(await p.getByText("Draft inserted.").count()).toBe(1));

    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    const appt = page.getByRole("region", { name: "New appointment" });
    await appt.locator('[data-field="subject"]').waitFor();
    expect(await appt.locator('[data-field="subject"]').innerText()).toMatch(/^Follow up with Priya Shah: our team missed the vegan note/);
    expect(await appt.locator('[data-field="start"] time').getAttribute("datetime")).toBe("2030-03-14T20:30:00.000Z");
    expect(await appt.locator('[data-field="end"] time').getAttribute("datetime")).toBe("2030-03-14T20:45:00.000Z");
    expect(await appt.locator('[data-field="attendees"]').innerText()).toMatch(/^None/);
    const body = await appt.locator('[data-field="body"]').innerText();
    for (const s of ["priya.shah@harbourlegal.example", "our team missed the vegan note", "replacement", promise, "RE: Lunch order #4471"])
      expect(body).toContain(s);
    expect(errors).toEqual([]);
  });

  test("a pasted email of the user's own becomes a reply draft and an appointment", async () => {
    const { page, errors } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    await page
      .getByLabel("Paste an email")
      .fill(
        "From: Ravi Kumar <ravi@shop.example>\nSubject: Broken shelf\nDate: Tue, 10 Mar 2026 09:00:00 +0000\n\nThe shelf you installed yesterday has already come off the wall. Please come back and fix it properly.\n\nRavi",
      );
    // The .eml headers fill the sender and subject fields.
    expect(await page.getByLabel("From name").inputValue()).toBe("Ravi Kumar");
    expect(await page.getByLabel("From address").inputValue()).toBe("ravi@shop.example");
    expect(await page.getByLabel("Subject", { exact: true }).inputValue()).toBe("Broken shelf");
    await page.getByRole("button", { name: "Open email" }).click();
    const p = pane(page);
    await eventually(async () => expect(await p.getByLabel("Customer's first name").inputValue()).toBe("Ravi"));
    // The fix the customer asked for is offered, not claimed: one click takes it.
    expect(await p.getByLabel("3. Fix in motion").inputValue()).toBe("");
    await p.getByRole("button", { name: "Use the suggestion: Redo the work" }).click();
    expect(await p.getByLabel("3. Fix in motion").inputValue()).toBe("service-redo");
    await p.getByRole("group", { name: "Quick picks" }).getByRole("button").first().click();
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "Reply draft" }).innerText()).toContain("Hi Ravi,"));
    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "New appointment" }).innerText()).toContain("Follow up with Ravi Kumar"));
    expect(errors).toEqual([]);
  });

  test("compose mode inserts at the cursor; mobile falls back to the clipboard; failures are explained", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    await page.getByLabel("Pane opened on").selectOption("compose");
    const p = pane(page);
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "Reply draft" }).innerText()).toContain("inserted at the cursor"));

    await page.getByLabel("Pane opened on").selectOption("read");
    await page.getByLabel("Client").selectOption("mobile");
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await p.getByText(/can't open a reply from an add-in/).count()).toBe(1));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Hi Priya,");

    await page.getByLabel("Client").selectOption("web");
    await page.getByText("Simulate failures").click();
    await page.getByLabel("Opening the reply fails").check();
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await p.getByText("Not inserted.").count()).toBe(1));
    expect(await p.getByText(/could not open the reply/).count()).toBe(1);
  });

  test("a pinned pane follows the selected email and keeps each draft", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    const p = pane(page);
    await p.getByLabel("Issue summary").fill("my own words for Priya");
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: /Tom Becker/ }).click();
    await eventually(async () => expect(await p.getByLabel("Customer's first name").inputValue()).toBe("Tom"));
    await page.getByRole("button", { name: /Priya Shah/ }).click();
    await eventually(async () => expect(await p.getByLabel("Issue summary").inputValue()).toBe("my own words for Priya"));
  });
});

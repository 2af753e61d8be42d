import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(90_000);

describeBrowser("every simulated client profile", () => {
  test.each([
    ["web", "displayReplyFormAsync", "displayNewAppointmentFormAsync"],
    ["windows", "displayReplyFormAsync", "displayNewAppointmentFormAsync"],
    ["mac", "displayReplyFormAsync", "displayNewAppointmentFormAsync"],
    ["legacy", "displayReplyForm", "displayNewAppointmentForm"],
  ])("%s: the reply and the appointment open through %s / %s", async (profile, replyVia, appointmentVia) => {
    const { page, errors } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    await page.getByLabel("Client").selectOption(profile);
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "Reply draft" }).innerText()).toContain(`Opened by ${replyVia} (reply)`));
    await p.getByRole("group", { name: "Quick picks" }).getByRole("button").first().click();
    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "New appointment" }).innerText()).toContain(`Opened by ${appointmentVia}.`));
    expect(errors).toEqual([]);
  });

  test("reply all, and a plain-text reply being written", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    await p.getByLabel("Reply to").selectOption("replyAll");
    await p.getByRole("button", { name: "Insert into reply" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "Reply draft" }).innerText()).toContain("(reply all)"));

    await page.getByLabel("Pane opened on").selectOption("compose");
    await page.getByLabel("Reply format").selectOption("text");
    await p.getByRole("button", { name: "Insert into reply" }).click();
    const reply = page.getByRole("region", { name: "Reply draft" });
    await eventually(async () => expect(await reply.innerText()).toContain("inserted at the cursor"));
    expect(await reply.locator("pre.reply-body").innerText()).toMatch(/^Hi Priya,\n\n/);
  });

  test("settings saved in the pane survive reopening it, and a failed save is explained", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    await p.getByRole("tab", { name: "Settings" }).click();
    await p.getByLabel("Business name").fill("Brightside Catering");
    await p.getByRole("button", { name: "Save settings" }).click();
    await eventually(async () => expect(await p.getByText("Saved.").count()).toBe(1));
    await page.getByLabel("Client").selectOption("mac"); // reloads the pane
    await eventually(async () => expect(await p.getByRole("region", { name: "Preview" }).innerText()).toContain("Brightside Catering"));

    await page.getByText("Simulate failures").click();
    await page.getByLabel("Saving settings fails").check();
    await p.getByRole("tab", { name: "Settings" }).click();
    await p.getByLabel("Business name").fill("Other name");
    await p.getByRole("button", { name: "Save settings" }).click();
    await eventually(async () => expect(await p.getByText("Settings not saved.").count()).toBe(1));
    expect(await p.getByLabel("Business name").inputValue()).toBe("Other name");
  });

  test("the mailbox's own time zone (Outlook's Windows name) sets the follow-up time, not the computer's", async () => {
    // The computer is in Chicago; the mailbox's calendar is in Sydney (UTC+11 in January).
    const { page, errors } = await harness().newPage({ timezoneId: "America/Chicago" });
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname.split("/").pop() ?? "")));
    await page.goto(`${harness().baseUrl}demo.html`);
    // With the computer's zone, the pane starts on its one script: no zone table, no sign-in library.
    await page.frameLocator('iframe[title="Make It Right task pane"]').getByRole("region", { name: "Preview" }).waitFor();
    expect(scripts).toContain("taskpane.js");
    expect(scripts.filter((s) => s === "zones.js" || s === "graph.js")).toEqual([]);
    await page.getByLabel("Mailbox time zone").selectOption("AUS Eastern Standard Time");
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    const field = p.getByLabel("Follow-up time (Sydney time)");
    await field.fill("2027-01-15T10:00");
    await eventually(async () => expect(await p.getByRole("region", { name: "Preview" }).innerText()).toContain("by 10:00 AM on Friday, 15 January"));
    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    const start = page.getByRole("region", { name: "New appointment" }).locator('[data-field="start"] time');
    await eventually(async () => expect(await start.getAttribute("datetime")).toBe("2027-01-14T23:00:00.000Z"));
    // The Windows-to-IANA table came on demand; the Graph bundle never did (not set up in the demo).
    expect(scripts).toContain("zones.js");
    expect(scripts).not.toContain("graph.js");
    expect(errors).toEqual([]);
  });
});

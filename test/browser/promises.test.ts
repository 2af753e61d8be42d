import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(60_000);

describeBrowser("keeping the promise in the demo", () => {
  test("quick pick, add the follow-up, see it under Open promises and tagged, mark it kept", async () => {
    const { page, errors } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    // The first quick pick ("In 2 hours", or the next opening when that falls after hours).
    await p.getByRole("group", { name: "Quick picks" }).getByRole("button").first().click();
    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    await eventually(async () => expect(await p.getByText(/listed under Open promises/).count()).toBe(1));
    await eventually(async () => expect(await page.getByRole("navigation", { name: "Messages" }).innerText()).toContain("Make It Right: follow-up due"));

    await p.getByRole("tab", { name: "Open promises" }).click();
    const list = p.getByRole("list", { name: "Open promises" });
    await eventually(async () => expect(await list.innerText()).toContain("Priya Shah"));

    // Another customer's email, then back: the pinned pane follows, and the promise is still there.
    await page.getByRole("button", { name: /Tom Becker/ }).click();
    await eventually(async () => expect(await p.getByLabel("Customer's first name").inputValue()).toBe("Tom"));
    await p.getByRole("tab", { name: "Open promises" }).click();
    await list.getByRole("button", { name: "Open email" }).click();
    await eventually(async () => expect(await p.getByLabel("Customer's first name").inputValue()).toBe("Priya"));

    await p.getByRole("tab", { name: "Open promises" }).click();
    await list.getByRole("button", { name: "Mark kept" }).click();
    await eventually(async () => expect(await p.getByText("Marked kept.").count()).toBe(1));
    expect(await p.getByText(/No open promises/).count()).toBe(1);
    // Kept: the "follow-up due" tag comes off the email.
    await eventually(async () => expect(await page.getByRole("navigation", { name: "Messages" }).innerText()).not.toContain("Make It Right: follow-up due"));
    expect(errors).toEqual([]);
  });
});

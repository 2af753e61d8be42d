import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(60_000);

const HOSTILE_NAME = '<img src=x onerror="window.top.__pwned=1">Eve';
const HOSTILE_SUBJECT = "<script>window.top.__pwned=2</script>Late order";
const EML = [
  `From: "${HOSTILE_NAME.replace(/"/g, '\\"')}" <eve@x.example>`,
  `Subject: ${HOSTILE_SUBJECT}`,
  "Content-Type: text/html; charset=utf-8",
  "",
  '<p>My order was late again. <img src=x onerror="window.top.__pwned=3"><script>window.top.__pwned=4</script>&lt;b&gt;not bold&lt;/b&gt;</p>',
].join("\n");

describeBrowser("hostile email content", () => {
  test("shows as text in the pane and the draft, and never runs", async () => {
    const { page, errors, dialogs } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    await page.getByLabel("Paste an email").fill(EML);
    await page.getByRole("button", { name: "Open email" }).click();
    const p = page.frameLocator('iframe[title="Make It Right task pane"]');
    await eventually(async () => expect(await p.getByLabel("Issue summary").inputValue()).toContain("order was late"));
    // The sender's name appears literally, as text.
    expect(await p.getByText(HOSTILE_NAME, { exact: false }).count()).toBeGreaterThan(0);
    await p.getByLabel("Customer's first name").fill('<img src=x onerror="window.top.__pwned=5">');
    await p.getByRole("button", { name: "Insert into reply" }).click();
    const reply = page.getByRole("region", { name: "Reply draft" });
    await eventually(async () => expect(await reply.innerText()).toContain('Hi <img src=x onerror="window.top.__pwned=5">,'));
    await p.getByRole("group", { name: "Quick picks" }).getByRole("button").first().click();
    await p.getByRole("button", { name: "Add follow-up to calendar" }).click();
    await eventually(async () => expect(await page.getByRole("region", { name: "New appointment" }).innerText()).toContain("Follow up with"));

    expect(await reply.locator("img").count()).toBe(0);
    expect(await page.locator(".reading img[onerror], .reading script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { describeBrowser, serveOfficeJsLocally, sharedHarness } from "./harness";

const harness = sharedHarness(60_000);

describeBrowser("the production taskpane.html outside Outlook", () => {
  test("loads the real Office.js, explains that it runs inside Outlook, links to the demo, throws nothing", async () => {
    const { page, context, errors } = await harness().newPage();
    const officeRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith("https://appsforoffice.microsoft.com/")) officeRequests.push(r.url());
    });
    await serveOfficeJsLocally(context);
    await page.goto(`${harness().baseUrl}taskpane.html`);
    await page.getByText("This pane runs inside Outlook").waitFor({ timeout: 15_000 });
    expect(officeRequests[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(await page.getByRole("link", { name: "Try the demo" }).getAttribute("href")).toBe("demo.html");
    expect(errors).toEqual([]);
  });

  test("with Office.js blocked, it still explains itself", async () => {
    const { page, context, errors } = await harness().newPage();
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${harness().baseUrl}taskpane.html`);
    await page.getByText("This pane runs inside Outlook").waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });
});

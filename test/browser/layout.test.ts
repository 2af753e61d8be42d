import fs from "fs";
import type { Frame, Page } from "playwright-core";
import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(90_000);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

/** Opens the demo with the pane at Outlook's narrow width and a given height. */
async function narrowPane(page: Page, query = "", width = 320, height = 700): Promise<Frame> {
  await page.goto(`${harness().baseUrl}demo.html${query}`);
  await page.waitForSelector('iframe[title="Make It Right task pane"]');
  await page.evaluate(
    ({ width, height }) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Make It Right task pane"]')!;
      frame.style.cssText = `width:${width}px;height:${height}px;flex:none`;
    },
    { width, height },
  );
  const frame = (await (await page.waitForSelector('iframe[title="Make It Right task pane"]')).contentFrame())!;
  await frame.getByRole("region", { name: "Preview" }).waitFor();
  return frame;
}

async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE);
  const violations = (await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describeBrowser("the pane at Outlook's width and theme", () => {
  test("at 320 px nothing overflows sideways, and the summary and Insert show without scrolling", async () => {
    const { page, errors } = await harness().newPage();
    const frame = await narrowPane(page);
    for (const tab of ["Apology", "Open promises", "Settings"]) {
      await frame.getByRole("tab", { name: tab }).click();
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(`${tab}: ${overflow}`).toBe(`${tab}: 0`);
    }
    await frame.getByRole("tab", { name: "Apology" }).click();
    const inView = async (locator: ReturnType<Frame["getByLabel"]>) =>
      locator.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      });
    expect(await inView(frame.getByLabel("Issue summary"))).toBe(true);
    expect(await inView(frame.getByRole("button", { name: "Insert into reply" }))).toBe(true);
    expect(errors).toEqual([]);
  });

  test.each([
    ["black", "dark"],
    ["contrast", "high contrast"],
  ])("follows Outlook's %s theme (%s), and passes axe there", async (theme) => {
    const { page, errors } = await harness().newPage();
    const frame = await narrowPane(page, `?theme=${theme}`, 360, 900);
    // The pane's background follows the theme: dark, not Fluent's light grey.
    await eventually(async () => {
      const bg = await frame.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      expect(r! + g! + b!).toBeLessThan(200);
    });
    expect(await seriousViolations(frame)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a theme change in Outlook reaches an open pane", async () => {
    const { page } = await harness().newPage();
    const frame = await narrowPane(page, "", 360, 900);
    const background = () => frame.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const light = await background();
    await page.getByLabel("Office theme").selectOption("black");
    await eventually(async () => expect(await background()).not.toBe(light));
  });

  test("keyboard only: from the summary to an inserted reply, with the outcome announced", async () => {
    const { page } = await harness().newPage();
    const frame = await narrowPane(page, "", 360, 900);
    await frame.getByLabel("Issue summary").focus();
    // Tab through the pane until the suggestion for the fix has focus, and take it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const name = await frame.evaluate(() => document.activeElement?.textContent ?? "");
      if (/^Use the suggestion/.test(name)) break;
    }
    await page.keyboard.press("Enter");
    await eventually(async () => expect(await frame.getByLabel("3. Fix in motion").inputValue()).not.toBe(""));
    await frame.getByRole("group", { name: "Quick picks" }).getByRole("button").first().focus();
    await page.keyboard.press("Enter");
    await frame.getByRole("button", { name: "Insert into reply" }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => expect(await frame.getByText("Draft inserted.").count()).toBe(1));
    // Said in a live region, so a screen reader hears it.
    expect(await frame.locator('[aria-live="polite"]', { hasText: "Draft inserted." }).count()).toBeGreaterThan(0);
  });
});

import fs from "fs";
import { describeBrowser, eventually, sharedHarness } from "./harness";

const harness = sharedHarness(60_000);

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

describeBrowser("accessibility (axe-core)", () => {
  test("the task pane has no serious or critical violations, and works from the keyboard", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    const frame = page.frame({ url: /demo-pane\.html/ }) ?? (await (await page.waitForSelector("iframe")).contentFrame())!;
    await frame.getByLabel("Issue summary").waitFor();
    await frame.evaluate(AXE); // via DevTools, so the pane keeps its strict CSP
    const violations = (await frame.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ["violations"] })).violations;
    })) as Violation[];
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);

    // The other tabs too.
    for (const tab of ["Open promises", "Settings"]) {
      await frame.getByRole("tab", { name: tab }).click();
      const more = (await frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ["violations"] })).violations;
      })) as Violation[];
      expect(
        more
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${tab}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
      ).toEqual([]);
    }
    await frame.getByRole("tab", { name: "Apology" }).click();

    // Keyboard: tab to the insert button and press Enter.
    await frame.getByRole("button", { name: "Insert into reply" }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => expect(await page.getByRole("region", { name: "Reply draft" }).innerText()).toContain("Hi Priya,"));
  });

  test("the demo host has no serious or critical violations", async () => {
    const { page } = await harness().newPage();
    await page.goto(`${harness().baseUrl}demo.html`);
    await page.evaluate(AXE);
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run({ exclude: [["iframe"]] }, { resultTypes: ["violations"] })).violations;
    })) as Violation[];
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
});

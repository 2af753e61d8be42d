// `npm run screenshot`: the README's pictures of the demo, taken in headless Chromium.
// Builds dist/ first if it is missing. Writes docs/screenshot.png, and the pane alone at Outlook's
// narrow width (320 x 700) in the light and dark themes: docs/pane-320-light.png, docs/pane-320-dark.png.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { startStaticServer } = require("./static-server");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const out = path.join(root, "docs", "screenshot.png");

(async () => {
  if (!fs.existsSync(path.join(dist, "demo.html"))) {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
  }
  const { server, url } = await startStaticServer(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1500 }, timezoneId: "America/Chicago" });
    await page.goto(`${url}demo.html`);
    const pane = page.frameLocator('iframe[title="Make It Right task pane"]');
    await pane.getByLabel("Issue summary").waitFor();
    await pane.getByRole("button", { name: /^Use the suggestion/ }).click();
    await pane.getByLabel("3. Fix in motion").selectOption("replacement");
    await pane.getByLabel("What is replaced, and when it arrives").fill("a vegan lunch for three, delivered by 11:30 AM");
    await pane.getByRole("button", { name: /^Tomorrow|^Next working day/ }).click();
    await pane.getByRole("button", { name: "Insert into reply" }).click();
    await page.getByRole("region", { name: "Reply draft" }).locator(".reply-body").waitFor();
    // Show the pane from the top: the summary is what a user reads first.
    const frame = page.frames().find((f) => f.url().includes("demo-pane.html"));
    if (frame) await frame.evaluate(() => globalThis.scrollTo(0, 0));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`Wrote ${path.relative(root, out)}`);

    for (const [theme, name] of [
      ["colorful", "light"],
      ["black", "dark"],
    ]) {
      const narrow = await browser.newPage({ viewport: { width: 1440, height: 1000 }, timezoneId: "America/Chicago" });
      await narrow.goto(`${url}demo.html?theme=${theme}`);
      await narrow.waitForSelector('iframe[title="Make It Right task pane"]');
      await narrow.evaluate(() => {
        globalThis.document.querySelector('iframe[title="Make It Right task pane"]').style.cssText = "width:320px;height:700px;flex:none";
      });
      const f = await (await narrow.$('iframe[title="Make It Right task pane"]')).contentFrame();
      await f.getByRole("region", { name: "Preview" }).waitFor();
      const file = path.join(root, "docs", `pane-320-${name}.png`);
      await (await narrow.$('iframe[title="Make It Right task pane"]')).screenshot({ path: file });
      console.log(`Wrote ${path.relative(root, file)}`);
      await narrow.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Builds the production bundle once and finds Chromium for the browser tests.
// CI must run them: there a missing browser is an error, not a skip.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

module.exports = async () => {
  const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chrome)) {
    const message = `Chromium not found at ${chrome}: the browser tests can't run. Install it (apt-get install chromium) or set CHROME_PATH.`;
    if (process.env.CI) throw new Error(message);
    process.env.MIR_BROWSER_SKIP = message;
    console.warn(`\n\n*** SKIPPED: ${message} ***\n`);
    return;
  }
  process.env.MIR_CHROME = chrome;
  if (process.env.MIR_SKIP_BUILD && fs.existsSync(path.join(__dirname, "../../dist/demo.html"))) return;
  console.log("\n[browser tests] building dist/ (production) ...");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: path.join(__dirname, "../.."),
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ADDIN_URL: "" },
  });
};

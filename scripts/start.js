// `npm start`: the HTTPS dev server, with the demo host as the default page,
// and desktop sideloading where desktop Outlook can exist (Windows, macOS).
const { spawn } = require("child_process");
const path = require("path");

const port = Number(process.env.PORT || 3000);
const root = path.join(__dirname, "..");
const noSideload = process.argv.includes("--no-sideload") || process.env.CI;

console.log(`
Make It Right: starting the development server on port ${port}.

  Demo (simulated Outlook):  https://localhost:${port}/demo.html
  Task pane (inside Outlook): https://localhost:${port}/taskpane.html
  Manifest to sideload:       ${path.join(root, "manifest.xml")}

  Sideload into Outlook on the web or new Outlook: open https://aka.ms/olksideload,
  choose "My add-ins" > "Add a custom add-in" > "Add from file…", and pick manifest.xml.
  (Details for every client are in README.md, "Sideloading".)
`);

const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

if (!noSideload && (process.platform === "win32" || process.platform === "darwin")) {
  // office-addin-dev-settings registers the manifest with desktop Outlook. It is fetched on demand
  // because it pulls in a large toolchain that the rest of the project does not need.
  setTimeout(() => {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const sideload = spawn(npx, ["--yes", "office-addin-dev-settings@3", "sideload", "manifest.xml", "desktop"], {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    sideload.on("exit", (code) => {
      if (code !== 0) console.warn("[make-it-right] Desktop sideloading did not complete; sideload manifest.xml by hand (README, Sideloading).");
    });
  }, 8000);
}

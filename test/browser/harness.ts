import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import path from "path";
import fs from "fs";
const { startStaticServer } = require("../../scripts/static-server.js") as {
  startStaticServer: (root: string) => Promise<{ server: import("http").Server; url: string }>;
};

export const skipReason = process.env.MIR_BROWSER_SKIP;
/** describe, or describe.skip with the reason printed, when there is no browser. */
export const describeBrowser = skipReason ? describe.skip : describe;

export const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--disable-sync",
];

export interface Harness {
  browser: Browser;
  baseUrl: string;
  newPage(options?: { timezoneId?: string }): Promise<{ page: Page; context: BrowserContext; errors: string[]; dialogs: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { server, url } = await startStaticServer(path.join(__dirname, "../../dist"));
  const browser = await chromium.launch({
    executablePath: process.env.MIR_CHROME || process.env.CHROME_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROME_FLAGS,
  });
  return {
    browser,
    baseUrl: url,
    async newPage(options = {}) {
      const context = await browser.newContext({
        timezoneId: options.timezoneId ?? "America/Chicago",
        locale: "en-US",
        viewport: { width: 1400, height: 1000 },
      });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url.replace(/\/$/, "") });
      const page = await context.newPage();
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      return { page, context, errors, dialogs };
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Serves Office.js from the @microsoft/office-js package in place of Microsoft's CDN. */
export async function serveOfficeJsLocally(context: BrowserContext): Promise<void> {
  const root = path.dirname(require.resolve("@microsoft/office-js/package.json"));
  const dist = path.join(root, "dist");
  await context.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.join(dist, rel);
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      await route.fulfill({ path: file, contentType: file.endsWith(".js") ? "text/javascript" : undefined });
    } else {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}

/** Retries an assertion until it passes or time runs out, as a person waits for the screen to update. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts the served build and Chromium once per test file, and stops them after. */
export function sharedHarness(timeoutMs = 60_000): () => Harness {
  jest.setTimeout(timeoutMs);
  let h: Harness | undefined;
  beforeAll(async () => {
    if (!skipReason) h = await startHarness();
  });
  afterAll(async () => h?.close());
  return () => h!;
}

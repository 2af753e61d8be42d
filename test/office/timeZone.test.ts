import { mailboxTimeZone } from "../../src/office/timeZone";
import { installOffice } from "./officeMock";

// jest runs with TZ=UTC, so "the computer's zone" is UTC here.
describe("the mailbox's time zone", () => {
  it.each([
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["AUS Eastern Standard Time", "Australia/Sydney"],
    ["GMT Standard Time", "Europe/London"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["UTC-02", "Etc/GMT+2"],
  ])("reads Outlook's Windows zone name %s as %s", async (windowsName, iana) => {
    installOffice({ timeZone: windowsName });
    await expect(mailboxTimeZone()).resolves.toBe(iana);
  });

  it("keeps a zone that is already an IANA name", async () => {
    installOffice({ timeZone: "America/Chicago" });
    await expect(mailboxTimeZone()).resolves.toBe("America/Chicago");
  });

  it("prefers the computer's zone when it is one the mailbox's zone covers", async () => {
    installOffice({ timeZone: "UTC" });
    await expect(mailboxTimeZone()).resolves.toBe("UTC");
  });

  it.each([
    ["(missing)", undefined],
    ["empty", ""],
    ["unknown", "Mars Standard Time"],
  ])("falls back to the computer's zone when it is %s", async (_label, zone) => {
    installOffice({ timeZone: zone });
    await expect(mailboxTimeZone()).resolves.toBe("UTC");
  });

  it("falls back when reading the profile throws", async () => {
    installOffice();
    const office = (globalThis as unknown as { Office: { context: { mailbox: object } } }).Office;
    Object.defineProperty(office.context.mailbox, "userProfile", {
      get() {
        throw new Error("not available");
      },
    });
    await expect(mailboxTimeZone()).resolves.toBe("UTC");
  });

  it("goes on with the computer's zone when the zone table can't load", async () => {
    installOffice({ timeZone: "Pacific Standard Time" });
    await expect(mailboxTimeZone(() => Promise.reject(new Error("Loading chunk zones failed.")))).resolves.toBe("UTC");
  });

  it("doesn't keep the pane waiting on a zone table that never arrives", async () => {
    installOffice({ timeZone: "Pacific Standard Time" });
    const never = () => new Promise<never>(() => undefined);
    // Resolving at all proves it gave up at its own limit: the table itself never answers.
    await expect(mailboxTimeZone(never, 30)).resolves.toBe("UTC");
  });
});

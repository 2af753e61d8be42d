import { startOffice } from "../../src/office/boot";
import { supportsMailbox } from "../../src/office/requirements";
import { installOffice } from "./officeMock";

const setOffice = (value: unknown) => ((globalThis as unknown as { Office: unknown }).Office = value);

describe("starting up", () => {
  afterEach(() => setOffice(undefined));

  test("no office.js at all (blocked or offline)", async () => {
    setOffice(undefined);
    expect(await startOffice()).toEqual({ kind: "no-office" });
  });

  test("office.js outside Outlook resolves with no host", async () => {
    setOffice({ onReady: () => Promise.resolve({ host: null, platform: null }), HostType: { Outlook: "Outlook" }, context: {} });
    expect(await startOffice()).toEqual({ kind: "not-outlook", host: "" });
  });

  test("inside Outlook", async () => {
    installOffice();
    const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
    office.onReady = () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" });
    expect(await startOffice()).toEqual({ kind: "outlook" });
  });

  test("onReady that never settles times out into an explanation", async () => {
    setOffice({ onReady: () => new Promise(() => undefined), HostType: { Outlook: "Outlook" } });
    expect(await startOffice(20)).toEqual({ kind: "no-office" });
  });

  test("requirement sets are checked at run time", () => {
    installOffice({ mailbox: "1.5" });
    expect(supportsMailbox("1.5")).toBe(true);
    expect(supportsMailbox("1.9")).toBe(false);
  });
});

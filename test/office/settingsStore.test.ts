import { DEFAULT_TEAM_SETTINGS, composeApology, DEFAULT_SETTINGS } from "../../src/core";
import { createOfficeMailbox } from "../../src/office/officeMailbox";
import { installOffice } from "./officeMock";

const mine = { ...DEFAULT_TEAM_SETTINGS, businessName: "Brightside" };

describe("settings in roaming settings", () => {
  test("saved under one key, then read back", async () => {
    const calls = installOffice();
    const mailbox = createOfficeMailbox();
    expect(await mailbox.saveSettings(mine)).toMatchObject({ ok: true });
    expect(calls.saves).toBe(1);
    expect(mailbox.loadSettings()).toEqual(mine);
  });

  test("a failed save is retried once", async () => {
    const calls = installOffice({ saveFailures: 1 });
    expect(await createOfficeMailbox().saveSettings(mine)).toMatchObject({ ok: true });
    expect(calls.saves).toBe(2);
  });

  test("a save that keeps failing is reported, and what was stored before is put back", async () => {
    const calls = installOffice();
    const mailbox = createOfficeMailbox();
    await mailbox.saveSettings(mine);
    installOffice({ fail: { saveSettings: true } });
    const again = createOfficeMailbox();
    // Same store as before the failure.
    (globalThis as unknown as { Office: { context: { roamingSettings: { get: (k: string) => unknown; set: (k: string, v: unknown) => void } } } }).Office.context.roamingSettings.set("makeItRight.settings", mine);
    const result = await again.saveSettings({ ...mine, businessName: "Other" });
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.message).toMatch(/couldn't save/);
    expect(again.loadSettings()).toEqual(mine);
    expect(calls.saves).toBe(1);
  });

  test("settings over their share of the 32 KB are refused before saving", async () => {
    const calls = installOffice();
    const result = await createOfficeMailbox().saveSettings({ ...mine, ownershipStatement: "x".repeat(9000) });
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    expect(calls.saves).toBe(0);
  });
});

test("compose mode on Mailbox 1.1 prepends above the quoted email", async () => {
  const calls = installOffice({ mode: "compose", mailbox: "1.1" });
  const draft = composeApology({ customerFirstName: "Jane", summary: "x", fix: { move: "callback", detail: "" }, nextUpdate: { owner: "", at: null } }, DEFAULT_SETTINGS);
  expect(await createOfficeMailbox().insertReply(draft, "reply")).toMatchObject({ ok: true });
  expect(calls.prepended).toEqual([{ data: draft.html, coercionType: "html" }]);
  expect(calls.inserted).toEqual([]);
});

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
    (
      globalThis as unknown as { Office: { context: { roamingSettings: { get: (k: string) => unknown; set: (k: string, v: unknown) => void } } } }
    ).Office.context.roamingSettings.set("makeItRight.settings", mine);
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
  const draft = composeApology(
    { customerFirstName: "Jane", summary: "x", fix: { move: "callback", detail: "" }, nextUpdate: { owner: "", at: null } },
    DEFAULT_SETTINGS,
  );
  expect(await createOfficeMailbox().insertReply(draft, "reply")).toMatchObject({ ok: true });
  expect(calls.prepended).toEqual([{ data: draft.html, coercionType: "html" }]);
  expect(calls.inserted).toEqual([]);
});

describe("opening and tagging emails", () => {
  test("tags the open email on Mailbox 1.8", async () => {
    installOffice();
    const added: string[][] = [];
    const office = (globalThis as unknown as { Office: { context: { mailbox: { item: Record<string, unknown> } } } }).Office;
    office.context.mailbox.item.categories = {
      addAsync: (names: string[], cb: (r: { status: string }) => void) => (added.push(names), cb({ status: "succeeded" })),
    };
    expect(await createOfficeMailbox().tagItem("Make It Right: follow-up due")).toMatchObject({ ok: true });
    expect(added).toEqual([["Make It Right: follow-up due"]]);
  });

  test("a category missing from the user's list explains how to add it", async () => {
    installOffice();
    const office = (globalThis as unknown as { Office: { context: { mailbox: { item: Record<string, unknown> } } } }).Office;
    office.context.mailbox.item.categories = {
      addAsync: (_n: string[], cb: (r: unknown) => void) => cb({ status: "failed", error: { code: 9044, message: "Category not found" } }),
    };
    const result = await createOfficeMailbox().tagItem("Make It Right: follow-up due");
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.message).toMatch(/Create a category named "Make It Right: follow-up due"/);
  });

  test("older clients can't tag", async () => {
    installOffice({ mailbox: "1.5" });
    expect(await createOfficeMailbox().tagItem("x")).toMatchObject({ ok: false, reason: "unsupported" });
  });

  test("opens another email by id, and reports one that is gone", async () => {
    installOffice();
    const opened: string[] = [];
    const office = (globalThis as unknown as { Office: { context: { mailbox: Record<string, unknown> } } }).Office;
    office.context.mailbox.displayMessageForm = (id: string) => {
      if (id === "gone") throw new Error("The item does not exist.");
      opened.push(id);
    };
    expect(await createOfficeMailbox().openItem("AAMk-2")).toMatchObject({ ok: true });
    expect(opened).toEqual(["AAMk-2"]);
    expect(await createOfficeMailbox().openItem("gone")).toMatchObject({ ok: false, reason: "failed" });
  });
});

test("follow-up records are stored under their own key and budget", async () => {
  const calls = installOffice();
  const mailbox = createOfficeMailbox();
  const record = {
    id: "r1",
    customerName: "Jane",
    customerEmail: "jane@x.example",
    subject: "s",
    summary: "x",
    fix: "y",
    dueAt: "2026-03-10T16:00:00.000Z",
    createdAt: "2026-03-10T10:00:00.000Z",
    status: "open" as const,
  };
  expect(await mailbox.saveRecords([record])).toMatchObject({ ok: true });
  expect(mailbox.loadRecords()).toEqual([record]);
  expect(calls.roaming.has("makeItRight.settings")).toBe(false);
});

import {
  DEFAULT_TEAM_SETTINGS,
  exportSettings,
  notASettingsFile,
  parseSettings,
  RECORDS_BUDGET_BYTES,
  ROAMING_LIMIT_BYTES,
  SETTINGS_BUDGET_BYTES,
  settingsBytes,
} from "../../src/core";

describe("team settings", () => {
  test("an export imports back to the same settings", () => {
    const mine = {
      ...DEFAULT_TEAM_SETTINGS,
      businessName: "Brightside",
      signerTitle: "Owner",
      tone: "formal" as const,
      allowedCompensation: ["refund"],
      followUpWindowHours: 24,
    };
    const { settings, problems } = parseSettings(exportSettings(mine));
    expect(problems).toEqual([]);
    expect(settings).toEqual(mine);
  });

  test("invalid JSON is refused with a clear reason and changes nothing", () => {
    const { settings, problems } = parseSettings("{ not json");
    expect(problems[0]).toMatch(/isn't valid JSON/);
    expect(settings).toEqual(DEFAULT_TEAM_SETTINGS);
  });

  test("wrong types are skipped and named; the rest is kept", () => {
    const { settings, problems } = parseSettings({
      businessName: "Brightside",
      tone: "shouty",
      followUpWindowHours: -3,
      allowedCompensation: ["refund", "yacht"],
      businessHours: { startHour: 18, endHour: 9, days: [1] },
    });
    expect(settings.businessName).toBe("Brightside");
    expect(settings.tone).toBe(DEFAULT_TEAM_SETTINGS.tone);
    expect(settings.allowedCompensation).toEqual(["refund"]);
    expect(settings.businessHours).toEqual(DEFAULT_TEAM_SETTINGS.businessHours);
    expect(problems.join(" ")).toMatch(/tone.*followUpWindowHours.*businessHours/);
  });

  test("over-long texts are cut to size", () => {
    expect(parseSettings({ ownershipStatement: "x".repeat(5000) }).settings.ownershipStatement).toHaveLength(600);
  });

  test("nothing stored gives the defaults without complaint", () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_TEAM_SETTINGS, problems: [] });
  });

  test("size is measured in bytes", () => {
    expect(settingsBytes({ ...DEFAULT_TEAM_SETTINGS, businessName: "é" })).toBe(settingsBytes({ ...DEFAULT_TEAM_SETTINGS, businessName: "e" }) + 1);
  });
});

describe("importing a settings file", () => {
  test.each([
    ["not JSON", "hello", /isn't valid JSON/],
    ["an array", "[1,2]", /JSON object/],
    ["another of our files", JSON.stringify({ makeItRight: "records", version: 1 }), /not a settings file/],
    ["an unrelated object", JSON.stringify({ name: "x", items: [] }), /none of the settings/],
  ])("rejects %s, saying what is wrong", (_, text, message) => {
    expect(notASettingsFile(text)).toMatch(message);
  });
  test("accepts our export and a hand-written object with a setting", () => {
    expect(notASettingsFile(exportSettings(DEFAULT_TEAM_SETTINGS))).toBeNull();
    expect(notASettingsFile(JSON.stringify({ tone: "formal" }))).toBeNull();
  });
});

test("settings and records budgets fit in roaming settings together, with room for the JSON around them", () => {
  const wrapping = JSON.stringify({ "makeItRight.settings": {}, "makeItRight.records": [] }).length;
  expect(SETTINGS_BUDGET_BYTES + RECORDS_BUDGET_BYTES + wrapping).toBeLessThanOrEqual(ROAMING_LIMIT_BYTES - 1024);
});

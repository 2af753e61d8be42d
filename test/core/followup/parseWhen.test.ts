import { parseFollowUpTime, quickPicks, DEFAULT_HOURS } from "../../../src/core";
import { chronoDates } from "../../../src/core/analysis/chronoDates";

const now = new Date("2026-03-10T15:00:00Z"); // Tuesday, 10:00 in Chicago (CDT)

describe("typed follow-up times", () => {
  test.each([
    ["Friday 3pm", "America/Chicago", "2026-03-13T20:00:00.000Z"],
    ["tomorrow at 10", "America/Chicago", "2026-03-11T15:00:00.000Z"],
    ["Friday 3pm", "Europe/London", "2026-03-13T15:00:00.000Z"],
    ["Thursday", "UTC", "2026-03-12T10:00:00.000Z"],
  ])("%s in %s", (text, zone, iso) => {
    expect(parseFollowUpTime(text, now, zone, chronoDates)?.toISOString()).toBe(iso);
  });

  test.each(["", "whenever", "yesterday at 9", "   "])("nothing usable in %j", (text) => {
    expect(parseFollowUpTime(text, now, "UTC", chronoDates)).toBeNull();
  });
});

test("in 2 hours after closing becomes the next working morning", () => {
  // Friday 16:30 in UTC: two hours on is after 17:00, so Monday 09:00.
  const picks = quickPicks(new Date("2026-03-13T16:30:00Z"), "UTC", null, DEFAULT_HOURS);
  const p = picks.find((x) => x.id === "in-2-hours")!;
  expect(p.label).toBe("At opening, Mon 09:00");
  expect(p.at.toISOString()).toBe("2026-03-16T09:00:00.000Z");
});

import { offsetMinutes, wallTime, zonedDate } from "../../../src/core/followup/zone";

describe("wall-clock time in a zone", () => {
  test("reads the wall clock, weekday included", () => {
    expect(wallTime(new Date("2026-03-13T20:00:00Z"), "America/Chicago")).toEqual({ year: 2026, month: 2, day: 13, hour: 15, minute: 0, weekday: 5 });
    expect(wallTime(new Date("2026-03-13T23:30:00Z"), "Asia/Kolkata")).toMatchObject({ day: 14, hour: 5, minute: 0, weekday: 6 });
  });

  test.each([
    ["before the US spring change", 2026, 2, 6, 10, "America/Chicago", "2026-03-06T16:00:00.000Z"],
    ["after the US spring change", 2026, 2, 9, 10, "America/Chicago", "2026-03-09T15:00:00.000Z"],
    ["before the UK autumn change", 2026, 9, 23, 10, "Europe/London", "2026-10-23T09:00:00.000Z"],
    ["after the UK autumn change", 2026, 9, 26, 10, "Europe/London", "2026-10-26T10:00:00.000Z"],
    ["a day past the month's end rolls over", 2026, 1, 29, 9, "UTC", "2026-03-01T09:00:00.000Z"],
  ])("%s", (_name, y, m, d, h, zone, iso) => {
    expect(zonedDate(y as number, m as number, d as number, h as number, 0, zone as string).toISOString()).toBe(iso);
  });

  test("a time inside the skipped spring-forward hour lands just after the gap", () => {
    // 02:30 on 8 March 2026 does not exist in Chicago.
    const d = zonedDate(2026, 2, 8, 2, 30, "America/Chicago");
    expect(wallTime(d, "America/Chicago").hour).toBe(3);
  });

  test("offsets follow daylight saving", () => {
    expect(offsetMinutes(new Date("2026-01-15T12:00:00Z"), "America/Chicago")).toBe(-360);
    expect(offsetMinutes(new Date("2026-07-15T12:00:00Z"), "America/Chicago")).toBe(-300);
    expect(offsetMinutes(new Date("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_HOLIDAY_CALENDAR, holidaysBetween } from "../../../../src/core/calendar/holiday-calendar";

describe("holidaysBetween", () => {
  it("gives the observed federal holidays of every year in the range by default", () => {
    const dates = holidaysBetween(DEFAULT_HOLIDAY_CALENDAR, "2027-12-20", "2028-01-20").map((h) => h.date);
    // Christmas 2027 is a Saturday (observed Friday 24th); New Year's Day 2028 a Saturday (observed
    // Friday 31 December 2027); MLK Day 2028 is Monday 17 January.
    expect(dates).toEqual(["2027-12-24", "2027-12-31", "2028-01-17"]);
  });

  it("lets a client extend the federal set and take days out of it", () => {
    const calendar = {
      base: "us_federal" as const,
      add: [{ date: "2026-11-27", name: "Day after Thanksgiving" }],
      remove: ["2026-10-12"],
    };
    expect(holidaysBetween(calendar, "2026-10-01", "2026-11-30")).toEqual([
      { date: "2026-11-11", name: "Veterans Day" },
      { date: "2026-11-26", name: "Thanksgiving Day" },
      { date: "2026-11-27", name: "Day after Thanksgiving" },
    ]);
  });

  it("holds only the client's own days when it replaces the federal set", () => {
    const calendar = {
      base: "none" as const,
      add: [{ date: "2026-03-17", name: "Founders' Day" }],
      remove: [],
    };
    expect(holidaysBetween(calendar, "2026-01-01", "2026-12-31")).toEqual([
      { date: "2026-03-17", name: "Founders' Day" },
    ]);
  });
});

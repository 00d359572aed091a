import { describe, expect, it } from "vitest";
import { DEFAULT_HOLIDAY_CALENDAR, holidaysBetween } from "../../../../src/core/calendar/holiday-calendar";
import { expandPtoDays, planPtoDays } from "../../../../src/core/pto/pto-days";

describe("expandPtoDays", () => {
  it("covers weekdays only", () => {
    // Fri Dec 4 … Tue Dec 8 2026: Sat/Sun skipped.
    expect(expandPtoDays("2026-12-04", "2026-12-08", "8", [])).toEqual([
      ["2026-12-04", "8"],
      ["2026-12-07", "8"],
      ["2026-12-08", "8"],
    ]);
  });

  it("is empty for a weekend", () => {
    expect(expandPtoDays("2026-12-05", "2026-12-06", "8", [])).toEqual([]);
  });

  it("charges a week spanning a holiday one day less and names the holiday", () => {
    // Mon 2026-11-23 … Fri 2026-11-27: Thanksgiving is Thursday 26 November 2026.
    const holidays = holidaysBetween(DEFAULT_HOLIDAY_CALENDAR, "2026-11-23", "2026-11-27");
    const plan = planPtoDays("2026-11-23", "2026-11-27", "8", holidays);
    expect(plan.days.map((d) => d[0])).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27"]);
    expect(plan.holidays).toEqual([{ date: "2026-11-26", name: "Thanksgiving Day" }]);
  });

  it("skips an observed holiday, not the calendar date that falls on a weekend", () => {
    // Independence Day 2026 is a Saturday, observed Friday 3 July.
    const holidays = holidaysBetween(DEFAULT_HOLIDAY_CALENDAR, "2026-06-29", "2026-07-03");
    expect(expandPtoDays("2026-06-29", "2026-07-03", "8", holidays).map((d) => d[0])).toEqual([
      "2026-06-29",
      "2026-06-30",
      "2026-07-01",
      "2026-07-02",
    ]);
  });

  it("does not list a holiday that falls on a weekend among the skipped days", () => {
    const plan = planPtoDays("2026-12-05", "2026-12-06", "8", [{ date: "2026-12-05", name: "Party" }]);
    expect(plan).toEqual({ days: [], holidays: [] });
  });
});

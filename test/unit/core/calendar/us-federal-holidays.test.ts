import { describe, expect, it } from "vitest";
import { usFederalHolidays } from "../../../../src/core/calendar/us-federal-holidays";
import { businessMillisBetween, DEFAULT_ASO_CALENDAR } from "../../../../src/core/cases/business-calendar";
import { legalHolidays } from "../../../../src/core/ledger/business-days";

const dates = (year: number) => usFederalHolidays(year).map((h) => h.date);

describe("US federal holidays by rule", () => {
  it("gives OPM's 2026 observed dates", () => {
    expect(dates(2026)).toEqual([
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25",
    ]);
  });

  it("moves 2027's weekend holidays, and observes 1 January 2028 (a Saturday) on 31 December 2027", () => {
    expect(dates(2027)).toEqual([
      "2027-01-01",
      "2027-01-18",
      "2027-02-15",
      "2027-05-31",
      "2027-06-18",
      "2027-07-05",
      "2027-09-06",
      "2027-10-11",
      "2027-11-11",
      "2027-11-25",
      "2027-12-24",
      "2027-12-31",
    ]);
    expect(dates(2028)).not.toContain("2028-01-01");
    expect(dates(2028)).toHaveLength(10);
  });

  it("are a subset of the District's legal holidays that move tax deposits", () => {
    for (const year of [2026, 2027, 2028, 2029]) {
      const legal = legalHolidays(year);
      for (const d of dates(year)) expect(legal.has(d)).toBe(true);
    }
  });

  it("stop the default SLA clock in every year, not only 2026", () => {
    // Friday 2 July 2027, 16:00 New York → Tuesday 6 July 10:00: Monday 5 July is the observed Independence Day.
    const ms = businessMillisBetween(
      DEFAULT_ASO_CALENDAR,
      new Date("2027-07-02T20:00:00Z"),
      new Date("2027-07-06T14:00:00Z"),
    );
    expect(ms / 3_600_000).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  isBusinessDay,
  legalHolidays,
  nthBusinessDayOfMonth,
  onOrNextBusinessDay,
  subtractBusinessDays,
} from "../../../../src/core/ledger/business-days";

describe("business days", () => {
  it("knows the 2026 legal holidays, with Independence Day observed on Friday 3 July", () => {
    const h = legalHolidays(2026);
    for (const d of [
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-04-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25",
    ])
      expect(h.has(d), d).toBe(true);
    expect(h.has("2026-07-04")).toBe(false);
    expect(h.size).toBe(12);
  });

  it("adds Inauguration Day in 2029 and observes a Saturday New Year's Day on 31 December", () => {
    expect(legalHolidays(2029).has("2029-01-22")).toBe(false);
    expect(legalHolidays(2029).has("2029-01-15")).toBe(true);
    // 20 January 2029 is a Saturday: observed Friday 19 January.
    expect(legalHolidays(2029).has("2029-01-19")).toBe(true);
    // 1 January 2028 is a Saturday: observed Friday 31 December 2027.
    expect(legalHolidays(2027).has("2027-12-31")).toBe(true);
  });

  it("skips weekends and holidays when counting business days", () => {
    expect(isBusinessDay("2026-01-17")).toBe(false);
    expect(addBusinessDays("2026-01-16", 1)).toBe("2026-01-20");
    expect(addBusinessDays("2026-01-16", 7)).toBe("2026-01-28");
    expect(onOrNextBusinessDay("2026-02-15")).toBe("2026-02-17");
  });

  it("counts business days back past a weekend and a holiday (deposit reminders)", () => {
    // Two business days before Wednesday 21 January 2026: Tuesday 20, then Friday 16 (MLK Day is the 19th).
    expect(subtractBusinessDays("2026-01-21", 2)).toBe("2026-01-16");
    expect(subtractBusinessDays("2026-04-30", 2)).toBe("2026-04-28");
  });

  it("finds the 15th business day of February 2026 past Presidents' Day", () => {
    // Feb 2026 business days: 2,3,4,5,6, 9,10,11,12,13, (16 holiday) 17,18,19,20, 23 → the 15th is the 23rd.
    expect(nthBusinessDayOfMonth(2026, 2, 15)).toBe("2026-02-23");
  });
});

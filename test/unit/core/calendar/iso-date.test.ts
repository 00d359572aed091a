import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  ageOn,
  compareDates,
  dayOfWeek,
  daysBetween,
  firstOfMonthOnOrAfter,
  firstOfNextMonth,
  formatShortDate,
  isIsoDate,
  isoDate,
  isoDay,
  isWithin,
  lastDayOfMonth,
  monthsBetween,
  parts,
  rangesOverlap,
} from "../../../../src/core/calendar/iso-date";

describe("calendar dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => compareDates("2026-02-01", "tomorrow")).toThrow(RangeError);
  });

  it("moves across months, years and leap days without a time zone", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    // The spring-forward Sunday is a day like any other on the UTC calendar.
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(daysBetween("2026-12-25", "2027-01-08")).toBe(14);
    expect(daysBetween("2027-01-08", "2026-12-25")).toBe(-14);
    expect(dayOfWeek("2026-12-05")).toBe(6);
    expect(formatShortDate("2026-11-24")).toBe("Tue Nov 24");
  });

  it("builds and splits dates, rolling over out-of-range days", () => {
    expect(isoDate(2026, 2, 29)).toBe("2026-03-01");
    expect(isoDate(2027, 1, 0)).toBe("2026-12-31");
    expect(parts("2026-07-04")).toEqual({ year: 2026, month: 7, day: 4 });
    expect(isoDay(new Date("2026-12-05T23:59:59.999Z"))).toBe("2026-12-05");
  });

  it("clamps a month's arithmetic to the last day of the target month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(lastDayOfMonth("2026-02-10")).toBe("2026-02-28");
    expect(firstOfNextMonth("2026-12-01")).toBe("2027-01-01");
    expect(firstOfMonthOnOrAfter("2026-03-01")).toBe("2026-03-01");
    expect(firstOfMonthOnOrAfter("2026-03-02")).toBe("2026-04-01");
  });

  it("counts tenure in completed months and age in completed years", () => {
    expect(monthsBetween("2024-03-31", "2024-04-30")).toBe(0);
    expect(monthsBetween("2024-03-31", "2024-05-01")).toBe(1);
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")).toBe(26);
  });

  it("reads closed ranges with an open end", () => {
    expect(isWithin("2026-06-30", "2026-01-01", "2026-06-30")).toBe(true);
    expect(isWithin("2026-07-01", "2026-01-01", "2026-06-30")).toBe(false);
    expect(isWithin("2099-01-01", "2026-01-01", null)).toBe(true);
    expect(isWithin("2099-01-01", "2026-01-01")).toBe(true);
    expect(rangesOverlap("2026-01-01", "2026-03-31", "2026-03-31", null)).toBe(true);
    expect(rangesOverlap("2026-01-01", "2026-03-31", "2026-04-01", "2026-04-30")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, isIsoDate, monthsBetween } from "../../../../src/core/calendar/iso-date";
import { workweekOf, workweeksEndingWithin } from "../../../../src/core/timesheets/workweek";

describe("workweekOf", () => {
  it("starts the week on the client's start day (Sunday)", () => {
    // 2026-11-24 is a Tuesday.
    expect(dayOfWeek("2026-11-24")).toBe(2);
    const week = workweekOf("2026-11-24", 0);
    expect(week.start).toBe("2026-11-22");
    expect(week.end).toBe("2026-11-28");
    expect(week.dates).toHaveLength(7);
  });

  it("starts the week on a Wednesday for a client whose workweek starts on Wednesday", () => {
    expect(workweekOf("2026-11-24", 3)).toMatchObject({ start: "2026-11-18", end: "2026-11-24" });
    expect(workweekOf("2026-11-25", 3)).toMatchObject({ start: "2026-11-25", end: "2026-12-01" });
  });

  it("crosses month and year ends", () => {
    expect(workweekOf("2027-01-01", 1)).toMatchObject({ start: "2026-12-28", end: "2027-01-03" });
  });

  it("refuses a start day outside 0..6", () => {
    expect(() => workweekOf("2026-11-24", 7)).toThrow(RangeError);
  });

  it("lists the workweeks that end within a pay period", () => {
    const weeks = workweeksEndingWithin("2026-11-01", "2026-11-14", 0);
    expect(weeks.map((w) => w.start)).toEqual(["2026-11-01", "2026-11-08"]);
    const offset = workweeksEndingWithin("2026-11-03", "2026-11-16", 0);
    expect(offset.map((w) => w.end)).toEqual(["2026-11-07", "2026-11-14"]);
  });
});

describe("iso dates", () => {
  it("rejects impossible calendar dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-2-1")).toBe(false);
  });

  it("adds days across a daylight-saving change without drifting", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2026-11-02", -2)).toBe("2026-10-31");
  });

  it("counts completed months of tenure", () => {
    expect(monthsBetween("2021-03-15", "2026-03-14")).toBe(59);
    expect(monthsBetween("2021-03-15", "2026-03-15")).toBe(60);
  });
});

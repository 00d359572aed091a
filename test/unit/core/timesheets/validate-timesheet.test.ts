import { describe, expect, it } from "vitest";
import {
  mergeTimesheetDays,
  type TimesheetValidationInput,
  validateTimesheet,
} from "../../../../src/core/timesheets/validate-timesheet";
import { workweekOf } from "../../../../src/core/timesheets/workweek";

const week = workweekOf("2026-11-24", 0); // Sun Nov 22 … Sat Nov 28
const base: TimesheetValidationInput = {
  week,
  days: [],
  payType: "hourly",
  hireDate: "2024-03-01",
  approvedPto: {},
  standardDayHours: "8",
};

describe("validateTimesheet", () => {
  it("accepts an ordinary week", () => {
    const days = week.dates.slice(1, 6).map((date) => ({ date, hours: "9.25" }));
    expect(validateTimesheet({ ...base, days })).toEqual([]);
  });

  it("refuses a day over 24 hours, counting PTO", () => {
    const issues = validateTimesheet({
      ...base,
      approvedPto: { "2026-11-24": { vacation: "4.25" } },
      days: [{ date: "2026-11-24", hours: "20", pto: { vacation: "4.25" } }],
    });
    expect(issues.map((i) => i.code)).toEqual(["over_24_hours", "overlaps_approved_pto"]);
    expect(issues[0]!.message).toContain("24.25 hours");
  });

  it("accepts exactly 24 hours", () => {
    expect(validateTimesheet({ ...base, days: [{ date: "2026-11-24", hours: "24" }] })).toEqual([]);
  });

  it("refuses entries before the hire date or after the termination date", () => {
    const issues = validateTimesheet({
      ...base,
      hireDate: "2026-11-24",
      terminationDate: "2026-11-26",
      days: [
        { date: "2026-11-23", hours: "8" },
        { date: "2026-11-24", hours: "8" },
        { date: "2026-11-26", hours: "8" },
        { date: "2026-11-27", hours: "8" },
      ],
    });
    expect(issues.map((i) => [i.date, i.code])).toEqual([
      ["2026-11-23", "outside_employment"],
      ["2026-11-27", "outside_employment"],
    ]);
  });

  it("refuses work on a day of approved PTO beyond the scheduled day", () => {
    const issues = validateTimesheet({
      ...base,
      approvedPto: { "2026-11-24": { vacation: "8" }, "2026-11-25": { vacation: "4" } },
      days: [
        { date: "2026-11-24", hours: "1", pto: { vacation: "8" } },
        { date: "2026-11-25", hours: "4", pto: { vacation: "4" } },
      ],
    });
    expect(issues.map((i) => [i.date, i.code])).toEqual([["2026-11-24", "overlaps_approved_pto"]]);
    expect(issues[0]!.message).toContain("at most 0 hours");
  });

  it("lets salaried employees record PTO but not hours worked", () => {
    const issues = validateTimesheet({
      ...base,
      payType: "salary",
      approvedPto: { "2026-11-24": { sick: "8" } },
      days: [
        { date: "2026-11-24", hours: "0", pto: { sick: "8" } },
        { date: "2026-11-25", hours: "8" },
      ],
    });
    expect(issues.map((i) => [i.date, i.code])).toEqual([["2026-11-25", "salaried_hours"]]);
  });

  it("refuses PTO on a timesheet beyond what was approved for that day and type", () => {
    const issues = validateTimesheet({
      ...base,
      approvedPto: { "2026-11-24": { vacation: "4" } },
      days: [
        { date: "2026-11-24", hours: "0", pto: { vacation: "4" } },
        { date: "2026-11-25", hours: "0", pto: { sick: "8" } },
        { date: "2026-11-24", hours: "0", pto: { sick: "1" } },
      ],
    });
    expect(issues.map((i) => [i.date, i.code])).toEqual([
      ["2026-11-25", "unapproved_pto"],
      ["2026-11-24", "unapproved_pto"],
    ]);
    expect(issues[0]!.message).toContain("please request time off first");
  });

  it("refuses days outside the week and negative hours", () => {
    const issues = validateTimesheet({
      ...base,
      days: [
        { date: "2026-11-29", hours: "8" },
        { date: "2026-11-24", hours: "-1" },
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(["outside_week", "negative_hours"]);
  });
});

describe("mergeTimesheetDays", () => {
  it("changes only the dates given and keeps the other fields of a day", () => {
    const merged = mergeTimesheetDays(
      [
        { date: "2026-11-23", hours: "8", note: "site A" },
        { date: "2026-11-24", hours: "8" },
      ],
      [{ date: "2026-11-23", hours: "9" }],
    );
    expect(merged).toEqual([
      { date: "2026-11-23", hours: "9", note: "site A" },
      { date: "2026-11-24", hours: "8" },
    ]);
  });

  it("adds hours to a day ('add 2 hours on Tuesday') and creates a missing day", () => {
    const merged = mergeTimesheetDays(
      [{ date: "2026-11-24", hours: "8" }],
      [
        { date: "2026-11-24", addHours: "2" },
        { date: "2026-11-25", hours: "7.5", note: "left early" },
      ],
    );
    expect(merged).toEqual([
      { date: "2026-11-24", hours: "10" },
      { date: "2026-11-25", hours: "7.5", note: "left early" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { deriveTimesheetHours } from "../../../../../src/core/payroll/overtime/derive-hours";

const s = (w: {
  regular: { toString(): string };
  overtime: { toString(): string };
  doubleTime: { toString(): string };
}) => [w.regular.toString(), w.overtime.toString(), w.doubleTime.toString()];

describe("deriveTimesheetHours", () => {
  it("pays hours over 40 in a workweek as FLSA overtime (46 h → 40 + 6, 29 CFR 778.110)", () => {
    // 2026-01-04 is a Sunday.
    const r = deriveTimesheetHours({
      rule: "flsa",
      days: [
        ["2026-01-05", "10"],
        ["2026-01-06", "10"],
        ["2026-01-07", "10"],
        ["2026-01-08", "10"],
        ["2026-01-09", "6"],
      ],
    });
    expect(r.weeks).toHaveLength(1);
    expect(r.weeks[0]!.weekStart).toBe("2026-01-04");
    expect(s(r.weeks[0]!)).toEqual(["40", "6", "0"]);
    expect(r.flsaOvertime.toString()).toBe("6");
  });

  it("treats each workweek alone, so 30 h + 50 h is 10 h of overtime, not 0", () => {
    const r = deriveTimesheetHours({
      rule: "flsa",
      days: [
        ["2026-01-05", "10"],
        ["2026-01-06", "10"],
        ["2026-01-07", "10"],
        ["2026-01-12", "10"],
        ["2026-01-13", "10"],
        ["2026-01-14", "10"],
        ["2026-01-15", "10"],
        ["2026-01-16", "10"],
      ],
    });
    expect(r.weeks.map(s)).toEqual([
      ["30", "0", "0"],
      ["40", "10", "0"],
    ]);
    expect(r.overtime.toString()).toBe("10");
  });

  it("honours a workweek that starts on another weekday", () => {
    const r = deriveTimesheetHours({
      rule: "flsa",
      workweekStart: "2026-01-07",
      days: [
        ["2026-01-06", "8"],
        ["2026-01-07", "8"],
      ],
    });
    expect(r.weeks.map((w) => w.weekStart)).toEqual(["2025-12-31", "2026-01-07"]);
  });

  it("pays California daily overtime over 8 h and double time over 12 h", () => {
    const r = deriveTimesheetHours({ rule: "california", days: [["2026-01-05", "14"]] });
    expect(s(r.weeks[0]!)).toEqual(["8", "4", "2"]);
    expect(r.flsaOvertime.toString()).toBe("0");
  });

  it("pays the seventh consecutive day in a California workweek at 1.5× for 8 h, then 2×", () => {
    const days: [string, string][] = [
      ["2026-01-04", "5"],
      ["2026-01-05", "5"],
      ["2026-01-06", "5"],
      ["2026-01-07", "5"],
      ["2026-01-08", "5"],
      ["2026-01-09", "5"],
      ["2026-01-10", "9"],
    ];
    const r = deriveTimesheetHours({ rule: "california", days });
    expect(s(r.weeks[0]!)).toEqual(["30", "8", "1"]);
    expect(s(r.weeks[0]!.days[6]!)).toEqual(["0", "8", "1"]);
  });

  it("does not apply the seventh-day rule to seven days that straddle two workweeks", () => {
    const days: [string, string][] = [
      ["2026-01-07", "6"],
      ["2026-01-08", "6"],
      ["2026-01-09", "6"],
      ["2026-01-10", "6"],
      ["2026-01-11", "6"],
      ["2026-01-12", "6"],
      ["2026-01-13", "6"],
    ];
    const r = deriveTimesheetHours({ rule: "california", days });
    expect(r.overtime.toString()).toBe("0");
    expect(r.weeks).toHaveLength(2);
  });

  it("moves California straight time past 40 in the week to overtime without counting daily overtime twice", () => {
    // Five 10-hour days: 8 + 2 daily OT each day = 40 straight, 10 OT (not 50 − 40 + 10).
    const days: [string, string][] = ["05", "06", "07", "08", "09"].map((d) => [`2026-01-${d}`, "10"]);
    days.push(["2026-01-10", "4"]);
    const r = deriveTimesheetHours({ rule: "california", days });
    expect(s(r.weeks[0]!)).toEqual(["40", "14", "0"]);
    expect(r.weeks[0]!.flsaOvertime.toString()).toBe("14");
  });

  it("adds up several entries for the same date", () => {
    const r = deriveTimesheetHours({
      rule: "california",
      days: [
        ["2026-01-05", "6"],
        ["2026-01-05", "3.5"],
      ],
    });
    expect(s(r.weeks[0]!)).toEqual(["8", "1.5", "0"]);
  });

  it("rejects a bad date, bad hours and more than 24 hours on a date, naming the entry", () => {
    expect(() => deriveTimesheetHours({ rule: "flsa", days: [["2026-02-30", "8"]] })).toThrow(
      /days\[0\]\[0\]/,
    );
    expect(() => deriveTimesheetHours({ rule: "flsa", days: [["2026-01-05", "-1"]] })).toThrow(
      /days\[0\]\[1\]/,
    );
    expect(() =>
      deriveTimesheetHours({
        rule: "flsa",
        days: [
          ["2026-01-05", "20"],
          ["2026-01-05", "5"],
        ],
      }),
    ).toThrow(/more than 24/);
  });
});

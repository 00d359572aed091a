import { describe, expect, it } from "vitest";
import { derivePayableHours } from "../../../../src/core/timesheets/payable-hours";

const week = [
  ["2026-11-23", "10"],
  ["2026-11-24", "10"],
  ["2026-11-25", "10"],
  ["2026-11-26", "8"],
  ["2026-11-27", "8"],
] as const;

describe("derivePayableHours", () => {
  it("pays a 46-hour workweek as 40 regular + 6 overtime under the FLSA", () => {
    const result = derivePayableHours({
      workState: "PA",
      workweekStartDay: 0,
      days: week.map(([date, hours]) => ({ date, hours })),
    });
    expect(result).toMatchObject({ rule: "flsa", regular: "40", overtime: "6", doubleTime: "0" });
  });

  it("pays the same week by California's daily rule for a CA employee", () => {
    const result = derivePayableHours({
      workState: "CA",
      workweekStartDay: 0,
      days: week.map(([date, hours]) => ({ date, hours })),
    });
    // 3 days × 2 h over 8 = 6 daily OT; straight time 8+8+8+8+8 = 40 → no weekly OT.
    expect(result).toMatchObject({ rule: "california", regular: "40", overtime: "6", doubleTime: "0" });
  });

  it("splits a 13-hour California day into 8 regular, 4 overtime and 1 double time", () => {
    const result = derivePayableHours({
      workState: "CA",
      workweekStartDay: 0,
      days: [{ date: "2026-11-24", hours: "13" }],
    });
    expect(result).toMatchObject({ regular: "8", overtime: "4", doubleTime: "1" });
  });

  it("totals PTO by type and never counts it toward overtime", () => {
    const result = derivePayableHours({
      workState: "PA",
      workweekStartDay: 0,
      days: [
        ...week.slice(0, 4).map(([date, hours]) => ({ date, hours })),
        { date: "2026-11-27", hours: "0", pto: { vacation: "8" } },
      ],
    });
    expect(result).toMatchObject({ regular: "38", overtime: "0", pto: { vacation: "8", sick: "0" } });
    expect(result.days.map((d) => d[0])).not.toContain("2026-11-27");
  });

  it("keeps each workweek apart by the client's start day", () => {
    // Wednesday workweeks: Mon–Tue belong to the week before Wed–Fri.
    const result = derivePayableHours({
      workState: "PA",
      workweekStartDay: 3,
      days: week.map(([date, hours]) => ({ date, hours })),
    });
    expect(result.weeks.map((w) => w.weekStart)).toEqual(["2026-11-18", "2026-11-25"]);
    expect(result.overtime).toBe("0");
  });
});

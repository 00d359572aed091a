import { describe, expect, it } from "vitest";
import { buildForm941 } from "../../../../src/core/ledger/form-941";
import { buildScheduleB } from "../../../../src/core/ledger/schedule-b";
import { paycheck } from "./fixtures";

const quarter = [
  paycheck({ employeeId: "e1", payDate: "2026-01-16" }),
  paycheck({
    employeeId: "e2",
    payDate: "2026-01-16",
    employeeTaxes: { ...paycheck().employeeTaxes, socialSecurity: "114.71" },
  }),
  paycheck({ employeeId: "e1", payDate: "2026-01-30" }),
  paycheck({ employeeId: "e1", payDate: "2026-03-13" }),
  // Other quarters: left out.
  paycheck({ employeeId: "e1", payDate: "2025-12-31" }),
  paycheck({ employeeId: "e1", payDate: "2026-04-01" }),
];

describe("buildScheduleB", () => {
  it("puts each pay date's liability on its day of the quarter's month", () => {
    const b = buildScheduleB("2026Q1", quarter);
    // 150.00 FIT + 114.70 + 114.70 SS + 26.83 + 26.83 Medicare = 433.06 per fixture paycheck.
    expect(b.months[0]!.days).toEqual([
      { day: 16, amount: "866.13" },
      { day: 30, amount: "433.06" },
    ]);
    expect(b.months[1]).toEqual({ month: 2, days: [], total: "0.00" });
    expect(b.months[2]!.days).toEqual([{ day: 13, amount: "433.06" }]);
    expect(b.total).toBe("1732.25");
  });

  it("totals to Form 941 line 10 (line 12), fractions-of-cents adjustment included, and to line 16 by month", () => {
    const b = buildScheduleB("2026Q1", quarter);
    const f = buildForm941("2026Q1", quarter);
    expect(b.total).toBe(f.line10);
    expect(f.line7).not.toBe("0.00");
    expect(b.months.map((m) => m.total)).toEqual([f.line16.month1, f.line16.month2, f.line16.month3]);
  });
});

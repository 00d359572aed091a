import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computeRetroPay, type PaidPeriod } from "../../../../src/core/payroll/retro-pay";
import { isDomainError } from "../../../../src/errors/domain-error";

const period = (start: string, end: string, earnings: PaidPeriod["earnings"]): PaidPeriod => ({
  periodStart: start,
  periodEnd: end,
  earnings,
});

const paid: PaidPeriod[] = [
  period("2025-12-21", "2026-01-03", [{ code: "regular", amount: "1600.00", hours: "80", rate: "20.00" }]),
  period("2026-01-04", "2026-01-17", [
    { code: "regular", amount: "1600.00", hours: "80", rate: "20.00" },
    { code: "overtime", amount: "200.00", hours: "10", rate: "20.00" },
    { code: "overtime_premium", amount: "100.00" },
  ]),
  period("2026-01-18", "2026-01-31", [
    { code: "regular", amount: "1500.00", hours: "75", rate: "20.00" },
    { code: "double_time", amount: "40.00", hours: "2", rate: "20.00" },
    { code: "bonus", amount: "300.00" },
  ]),
];

describe("retro pay", () => {
  it("owes the difference on every hour paid since the raise, overtime hours their premium on it", () => {
    // $1.25 more: 80 h → $100; 10 overtime h × 1.5 → $18.75; 75 h → $93.75; 2 double-time h × 2 → $5.
    const r = computeRetroPay(paid, new Decimal("21.25"), "2026-01-04");
    expect(r.amount.toFixed(2)).toBe("217.50");
    expect(r.periods.map((p) => [p.periodStart, p.amount.toFixed(2)])).toEqual([
      ["2026-01-04", "118.75"],
      ["2026-01-18", "98.75"],
    ]);
    expect(r.explanation.at(-1)).toBe("Retro pay at $21.25 from 2026-01-04: $217.50.");
  });

  it("rounds once, on the total, half up", () => {
    // 80 h × $0.0125 = $1.00 and 75 h × $0.0125 = $0.9375, 2 double-time h × $0.0125 × 2 = $0.05:
    // 10 overtime h × $0.0125 × 1.5 = $0.1875 → total $2.175 → $2.18.
    expect(computeRetroPay(paid, new Decimal("20.0125"), "2026-01-04").amount.toFixed(2)).toBe("2.18");
  });

  it("refuses a date inside a paid period, a rate not above the one paid, and periods without hours", () => {
    const refused = (f: () => unknown, field: RegExp) => {
      try {
        f();
      } catch (e) {
        expect(isDomainError(e, "input.invalid")).toBe(true);
        expect((e as Error).message).toMatch(field);
        return;
      }
      throw new Error("not refused");
    };
    refused(
      () => computeRetroPay(paid, new Decimal("21"), "2026-01-10"),
      /--effective: .*2026-01-04–2026-01-17/,
    );
    refused(() => computeRetroPay(paid, new Decimal("20"), "2026-01-04"), /--rate: .*recovery/);
    refused(() => computeRetroPay(paid, new Decimal("21"), "2026-02-01"), /no hours were paid/);
  });
});

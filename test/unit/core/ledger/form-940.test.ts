import { describe, expect, it } from "vitest";
import { buildForm940 } from "../../../../src/core/ledger/form-940";
import type { PaycheckFigures } from "../../../../src/core/ledger/paycheck-figures";
import { Money } from "../../../../src/core/money/money";
import { RoundingRule } from "../../../../src/core/money/rounding";
import { FUTA } from "../../../../src/core/tables/us/futa";
import { FUTA_CREDIT_REDUCTIONS } from "../../../../src/core/tables/us/futa-credit-reduction";
import { paycheck } from "./fixtures";

const tables = { futa: FUTA, creditReductions: FUTA_CREDIT_REDUCTIONS };

/** A paycheck with the FUTA-relevant figures only (the rest from the fixture). */
function pay(
  employeeId: string,
  payDate: string,
  workState: string,
  gross: string,
  subject: string,
  futa: string,
): PaycheckFigures {
  const base = paycheck();
  return paycheck({
    employeeId,
    payDate,
    workState,
    gross,
    taxableWages: { ...base.taxableWages, medicare: subject, futa, suta: futa },
    employerTaxes: {
      ...base.employerTaxes,
      futa: Money.of(futa).times("0.006").round(RoundingRule.HalfUp).toFixed(),
    },
  });
}

// e1 in CA: 5,000 + 5,000 subject; only 2,000 of the second is under the $7,000 base.
// e2 in NV: 3,000 subject (200 of the 3,200 gross is a Section 125 premium).
const year2025 = [
  pay("e1", "2025-02-14", "CA", "5000.00", "5000.00", "5000.00"),
  pay("e1", "2025-08-15", "CA", "5000.00", "5000.00", "2000.00"),
  pay("e2", "2025-11-14", "NV", "3200.00", "3000.00", "3000.00"),
];

describe("buildForm940", () => {
  it("splits gross into exempt payments, wages over $7,000 and taxable FUTA wages", () => {
    const f = buildForm940(2025, year2025, tables);
    expect(f.line3).toBe("13200.00");
    expect(f.line4).toBe("200.00");
    expect(f.line5).toBe("3000.00");
    expect(f.line6).toBe("3200.00");
    expect(f.line7).toBe("10000.00");
    expect(f.line8).toBe("60.00");
    expect(f.line1a).toBeNull();
    expect(f.line1b).toBe(true);
  });

  it("adds California's 2025 credit reduction from Schedule A and puts it in the fourth quarter", () => {
    const f = buildForm940(2025, year2025, tables);
    expect(f.scheduleA.known).toBe(true);
    expect(f.scheduleA.source).toMatch(/Final 2025 FUTA Credit Reductions/);
    expect(f.scheduleA.states).toEqual([
      { state: "CA", futaWages: "7000.00", reductionRate: "0.012", creditReduction: "84.00" },
      { state: "NV", futaWages: "3000.00", reductionRate: null, creditReduction: null },
    ]);
    expect(f.line2).toBe(true);
    expect(f.line11).toBe("84.00");
    expect(f.line12).toBe("144.00");
    expect(f.line16).toEqual({ q1: "30.00", q2: "0.00", q3: "12.00", q4: "102.00" });
    expect(f.line17).toBe(f.line12);
    expect(f.ledgerFuta).toBe("60.00");
  });

  it("leaves line 11 unknown for a year whose credit reduction states are not in the tables", () => {
    const f = buildForm940(
      2026,
      year2025.map((p) => ({ ...p, payDate: p.payDate.replace("2025", "2026") })),
      tables,
    );
    expect(f.scheduleA.known).toBe(false);
    expect(f.line11).toBeNull();
    expect(f.scheduleA.states.every((s) => s.creditReduction === null)).toBe(true);
    expect(f.line12).toBe(f.line8);
    expect(f.line17).toBe(f.line12);
  });

  it("names the one state when all wages were paid in one state", () => {
    const f = buildForm940(2025, year2025.slice(0, 2), tables);
    expect(f.line1a).toBe("CA");
    expect(f.line1b).toBe(false);
  });
});

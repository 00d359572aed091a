import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import type { PaycheckResult } from "../../../../src/core/payroll/paycheck-result";
import { isDomainError } from "../../../../src/errors/domain-error";

const cents = (max: number) =>
  fc.integer({ min: 0, max }).map((c) => new Decimal(c).dividedBy(100).toFixed(2));
const hours = fc.integer({ min: 0, max: 800 }).map((q) => new Decimal(q).dividedBy(10).toString());

const inputArb: fc.Arbitrary<PaycheckInput> = fc.record({
  payDate: fc.constantFrom("2021-06-15", "2025-06-15", "2026-06-15"),
  payFrequency: fc.constantFrom("weekly", "biweekly", "semimonthly", "monthly"),
  earnings: fc.array(
    fc.oneof(
      fc.record({ code: fc.constant("regular" as const), hours, rate: cents(10000) }),
      fc.record({ code: fc.constant("overtime" as const), hours, rate: cents(10000) }),
      fc.record({ code: fc.constant("salary" as const), amount: cents(2_000_000) }),
      fc.record({
        code: fc.constant("bonus" as const),
        amount: cents(500_000),
        nondiscretionary: fc.boolean(),
      }),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  federalW4: fc.oneof(
    fc.record({
      version: fc.constant(2020 as const),
      filingStatus: fc.constantFrom("single", "married_jointly", "married_separately", "head_of_household"),
      step2Checkbox: fc.boolean(),
      step3Credits: cents(800_000),
      step4cExtraWithholding: cents(5_000),
    }),
    fc.record({
      version: fc.constant(2019 as const),
      filingStatus: fc.constantFrom("single", "married"),
      allowances: fc.integer({ min: 0, max: 10 }),
    }),
  ),
  workState: fc.constantFrom("TX", "PA", "IL", "CO", "CA", "FL"),
  deductions: fc.array(
    fc.record({
      code: fc.constantFrom(
        "401k",
        "roth_401k",
        "section125_medical",
        "hsa_section125",
        "health_fsa",
        "dependent_care_fsa",
      ),
      amount: cents(30_000),
    }),
    { maxLength: 3 },
  ),
  ytd: fc.record({
    socialSecurityWages: cents(25_000_000),
    medicareWages: cents(25_000_000),
    futaWages: cents(1_000_000),
    sutaWages: cents(1_500_000),
    k401Deferrals: cents(3_000_000),
  }),
  employer: fc.constant({
    sutaRate: "0.027",
    sutaWageBase: "10000",
    workersComp: { classCode: "8810", ratePer100: "0.25", experienceMod: "0.95" },
  }),
});

/** Only 2025 and 2026 have state tables for IL/CO/CA; the rest of the inputs may be refused for negative net. */
function tryCompute(input: PaycheckInput): PaycheckResult | undefined {
  try {
    return computePaycheck(input);
  } catch (error) {
    if (isDomainError(error, "payroll.negative_net_pay") || isDomainError(error, "payroll.no_table_for_date"))
      return undefined;
    throw error;
  }
}

const MONEY = /^\d+\.\d{2}$/;

describe("computePaycheck invariants", () => {
  it("net = gross − employee taxes − deductions, every amount is exact cents and no tax is negative", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = tryCompute(input);
        if (!r) return;
        const money = [
          r.gross,
          r.net,
          ...Object.values(r.employeeTaxes),
          ...(r.statePrograms ?? []).map((s) => s.amount),
          ...Object.values(r.employerTaxes),
          ...Object.values(r.taxableWages),
          ...r.deductions.map((d) => d.amount),
          ...r.earnings.map((e) => e.amount),
          r.workersCompPremium,
        ];
        for (const m of money) expect(m).toMatch(MONEY);
        const taxes = [
          ...Object.values(r.employeeTaxes),
          ...(r.statePrograms ?? []).map((s) => s.amount),
        ].reduce((a, t) => a.plus(t), new Decimal(0));
        const deductions = r.deductions.reduce((a, d) => a.plus(d.amount), new Decimal(0));
        expect(new Decimal(r.gross).minus(taxes).minus(deductions).toFixed(2)).toBe(r.net);
        expect(r.earnings.reduce((a, e) => a.plus(e.amount), new Decimal(0)).toFixed(2)).toBe(r.gross);
      }),
      { numRuns: 400 },
    );
  });

  it("never withholds more Social Security over a year than the annual maximum, each check 6.2% of its wages rounded once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["2026-06-15", "184500"], ["2025-06-15", "176100"], ["2021-06-15", "142800"]),
        fc.array(cents(5_000_000), { minLength: 1, maxLength: 60 }),
        ([payDate, base], paychecks) => {
          let ytd = new Decimal(0);
          let withheld = new Decimal(0);
          const max = new Decimal(base!).times("0.062");
          for (const amount of paychecks) {
            const r = computePaycheck({
              payDate: payDate!,
              payFrequency: "weekly",
              earnings: [{ code: "salary", amount }],
              federalW4: { version: 2020, filingStatus: "single" },
              ytd: {
                socialSecurityWages: ytd.toFixed(2),
                socialSecurityTax: withheld.toFixed(2),
                medicareWages: ytd.toFixed(2),
              },
            });
            const ss = new Decimal(r.employeeTaxes.socialSecurity);
            const perPayment = new Decimal(r.taxableWages.socialSecurity)
              .times("0.062")
              .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
            // the check's own arithmetic, unless it is the one held to what is left of the maximum
            if (!ss.equals(perPayment)) expect(ss.toFixed(2)).toBe(max.minus(withheld).toFixed(2));
            withheld = withheld.plus(ss);
            ytd = ytd.plus(r.taxableWages.medicare);
          }
          expect(withheld.lessThanOrEqualTo(max)).toBe(true);
          // within half a cent a check of 6.2% of the taxed wages (Form 941 line 7 carries the difference)
          const taxed = Decimal.min(ytd, new Decimal(base!)).times("0.062");
          expect(
            withheld.minus(taxed).abs().lessThanOrEqualTo(new Decimal(paychecks.length).times("0.005")),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

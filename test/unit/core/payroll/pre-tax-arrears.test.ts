import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import { arrearsMovements, paycheckArrears } from "../../../../src/core/payroll/deduction-arrears";
import type {
  DeductionCode,
  DeductionInput,
  PaycheckInput,
} from "../../../../src/core/payroll/paycheck-input";
import type { PaycheckResult } from "../../../../src/core/payroll/paycheck-result";
import { isDomainError } from "../../../../src/errors/domain-error";
import { salaryInput } from "./helpers";

const amountsOf = (r: ReturnType<typeof computePaycheck>) => r.deductions.map((d) => [d.code, d.amount]);
const taxesOf = (r: ReturnType<typeof computePaycheck>) =>
  Object.values(r.employeeTaxes)
    .reduce((a, v) => a.plus(v), new Decimal(0))
    .toFixed(2);

describe("before-tax deductions net pay cannot cover", () => {
  /** A part-time biweekly check in Texas (no state tax) whose medical premium is more than its pay. */
  const partTime = (over: Partial<PaycheckInput> = {}) =>
    salaryInput("150.00", {
      payFrequency: "biweekly",
      deductions: [{ code: "section125_medical", amount: "180.00" }],
      ...over,
    });

  it("takes the whole check for the premium, carries the rest, and taxes nothing", () => {
    // Without the field the check is refused as before.
    expect(() => computePaycheck(partTime())).toThrow(
      expect.objectContaining({ code: "payroll.negative_net_pay" }),
    );
    const r = computePaycheck(partTime({ deductionArrears: [] }));
    // $180.00 asked of $150.00 pay: $150.00 taken, $30.00 carried; the wages left are $0.00.
    expect(amountsOf(r)).toEqual([["section125_medical", "150.00"]]);
    expect(r.deductionArrears).toEqual([{ code: "section125_medical", amount: "30.00" }]);
    expect(r.taxableWages).toMatchObject({
      federalIncomeTax: "0.00",
      socialSecurity: "0.00",
      medicare: "0.00",
    });
    expect(taxesOf(r)).toBe("0.00");
    expect(r.net).toBe("0.00");
    expect(r.explanation).toContain(
      "Medical premium (Section 125): $30.00 could not be taken because net pay could not cover it; it is carried to your next paycheck.",
    );
    // The $30.00 not taken was above the pay: no pay is taxed for it.
    expect(r.explanation.some((l) => l.includes("left in your taxable wages"))).toBe(false);
  });

  it("defers the whole premium of a check with no pay instead of refusing it", () => {
    const r = computePaycheck(
      partTime({ earnings: [{ code: "regular", hours: "0", rate: "20.00" }], deductionArrears: [] }),
    );
    expect(r.gross).toBe("0.00");
    expect(amountsOf(r)).toEqual([["section125_medical", "0.00"]]);
    expect(r.deductionArrears).toEqual([{ code: "section125_medical", amount: "180.00" }]);
    expect(r.net).toBe("0.00");
  });

  /**
   * A weekly check whose W-4 asks $400.00 extra withholding: taxes are more than the wages the
   * premiums leave, so part of the premiums is cut and taxed.
   */
  const extra = { version: 2020 as const, filingStatus: "single" as const, step4cExtraWithholding: "400.00" };
  const premiums: DeductionInput[] = [
    { code: "section125_medical", amount: "800.00" },
    { code: "section125_dental", amount: "20.00" },
    { code: "section125_vision", amount: "10.00" },
  ];
  const weekly = (gross: string, over: Partial<PaycheckInput> = {}) =>
    salaryInput(gross, { federalW4: extra, deductions: premiums, deductionArrears: [], ...over });

  it("cuts vision, then dental, then part of medical, with federal and FICA on the wages after the cut", () => {
    const r = computePaycheck(weekly("1200.00"));
    // Before any cut: wages $1,200 − $830 = $370.00; federal $6.04 + $400 extra, SS $22.94,
    // Medicare $5.37: $434.35 of taxes, net −$64.35. Cutting $78.13 makes the wages $448.13:
    //   federal: $448.13 × 52 = $23,302.76 − $8,600 = $14,702.76; 10% over $7,500 = $720.28 a year,
    //            ÷ 52 = $13.85, + $400.00 = $413.85;
    //   Social Security 6.2% × $448.13 = $27.784 → $27.78; Medicare 1.45% × $448.13 = $6.498 → $6.50;
    //   taxes $448.13 = the wages: net $0.00.
    expect(r.taxableWages).toMatchObject({
      federalIncomeTax: "448.13",
      socialSecurity: "448.13",
      medicare: "448.13",
      futa: "448.13",
    });
    expect(r.employeeTaxes).toMatchObject({
      federalIncomeTax: "413.85",
      socialSecurity: "27.78",
      medicare: "6.50",
    });
    expect(amountsOf(r)).toEqual([
      ["section125_medical", "751.87"],
      ["section125_dental", "0.00"],
      ["section125_vision", "0.00"],
    ]);
    expect(r.deductionArrears).toEqual([
      { code: "section125_medical", amount: "48.13" },
      { code: "section125_dental", amount: "20.00" },
      { code: "section125_vision", amount: "10.00" },
    ]);
    expect(r.net).toBe("0.00");
    expect(r.explanation).toContain("Social Security: 6.2% of $448.13 = $27.78.");
    expect(r.explanation).toContain(
      "Of what was not taken before tax, $78.13 is pay left in your taxable wages, so the taxes above are figured on the wages after the cut.",
    );

    // The taxes are those of the deductions as taken: the same check asking only what was taken
    // gives the same taxes; one cent more of medical would leave net pay below zero.
    const asTaken = (medical: string) =>
      weekly("1200.00", {
        deductions: [{ code: "section125_medical", amount: medical }],
        deductionArrears: undefined,
      });
    const same = computePaycheck(asTaken("751.87"));
    expect(same.employeeTaxes).toEqual(r.employeeTaxes);
    expect(same.net).toBe("0.00");
    expect(() => computePaycheck(asTaken("751.88"))).toThrow(
      expect.objectContaining({ code: "payroll.negative_net_pay" }),
    );
  });

  it("takes the carried premiums on the next check, before tax, after the period's own", () => {
    const first = computePaycheck(weekly("1200.00"));
    const carried = first.deductionArrears as NonNullable<PaycheckInput["deductionArrears"]>;
    const r = computePaycheck(weekly("2000.00", { deductionArrears: carried }));
    // Wages $2,000 − $830 − $78.13 = $1,091.87: federal × 52 = $56,777.24 − $8,600 = $48,177.24;
    // $1,240 + 12% × $28,277.24 = $4,633.27 a year, ÷ 52 = $89.10, + $400 = $489.10;
    // SS 6.2% = $67.70; Medicare 1.45% = $15.83; net $1,091.87 − $572.63 = $519.24.
    expect(r.taxableWages.federalIncomeTax).toBe("1091.87");
    expect(r.employeeTaxes).toMatchObject({
      federalIncomeTax: "489.10",
      socialSecurity: "67.70",
      medicare: "15.83",
    });
    expect(r.net).toBe("519.24");
    expect(r.deductions.filter((d) => d.arrears).map((d) => [d.code, d.amount, d.preTax])).toEqual([
      ["section125_medical", "48.13", true],
      ["section125_dental", "20.00", true],
      ["section125_vision", "10.00", true],
    ]);
    expect(r.explanation).toContain(
      "Medical premium (Section 125) carried from earlier paychecks: $48.13 (taken before income tax, Social Security and Medicare).",
    );
    const a = paycheckArrears(carried, r)!;
    expect(a.carriedOut).toEqual([]);
    expect(arrearsMovements(a)).toEqual([
      { code: "section125_dental", amount: "-20.00" },
      { code: "section125_medical", amount: "-48.13" },
      { code: "section125_vision", amount: "-10.00" },
    ]);
  });

  it("cuts after-tax deductions first, then the 401(k) before the premiums; FICA still on the 401(k)", () => {
    const r = computePaycheck(
      salaryInput("500.00", {
        payFrequency: "biweekly",
        deductions: [
          { code: "section125_medical", amount: "400.00" },
          { code: "401k", amount: "100.00" },
          { code: "roth_401k", amount: "100.00" },
        ],
        deductionArrears: [],
      }),
    );
    // Federal wages $0.00 and FICA wages $100.00 (a 401(k) does not shelter FICA): $7.65 of FICA and
    // $100.00 of Roth leave net −$107.65. The Roth goes whole, then $7.65 of the 401(k): federal
    // wages $7.65 (no tax that low), FICA unchanged, net $0.00. The premium is taken whole.
    expect(amountsOf(r)).toEqual([
      ["section125_medical", "400.00"],
      ["401k", "92.35"],
      ["roth_401k", "0.00"],
    ]);
    expect(r.taxableWages).toMatchObject({ federalIncomeTax: "7.65", socialSecurity: "100.00" });
    expect(r.employeeTaxes).toMatchObject({
      federalIncomeTax: "0.00",
      socialSecurity: "6.20",
      medicare: "1.45",
    });
    expect(r.deductionArrears).toEqual([
      { code: "401k", amount: "7.65" },
      { code: "roth_401k", amount: "100.00" },
    ]);
    expect(r.net).toBe("0.00");
  });

  it("cuts an HSA before the premium, and drops carried HSA the annual limit leaves no room for", () => {
    const hsa = (gross: string, over: Partial<PaycheckInput>) =>
      salaryInput(gross, {
        payFrequency: "biweekly",
        hsaCoverage: "self",
        deductions: [
          { code: "section125_medical", amount: "100.00" },
          { code: "hsa_section125", amount: "100.00" },
        ],
        ...over,
      });
    const short = computePaycheck(hsa("150.00", { deductionArrears: [] }));
    expect(amountsOf(short)).toEqual([
      ["section125_medical", "100.00"],
      ["hsa_section125", "50.00"],
    ]);
    expect(short.deductionArrears).toEqual([{ code: "hsa_section125", amount: "50.00" }]);

    // $4,380.00 in the HSA so far of the $4,400.00 self-only limit: $20.00 of the period's $100.00
    // is taken and nothing of the $50.00 carried, which is no longer owed.
    const carried = [{ code: "hsa_section125" as const, amount: "50.00" }];
    const next = computePaycheck(hsa("1500.00", { ytd: { hsa: "4380.00" }, deductionArrears: carried }));
    expect(amountsOf(next)).toEqual([
      ["section125_medical", "100.00"],
      ["hsa_section125", "20.00"],
      ["hsa_section125", "0.00"],
    ]);
    expect(next.deductionArrears).toEqual([]);
    const a = paycheckArrears(carried, next)!;
    expect(a).toEqual({ carriedIn: carried, taken: [], carriedOut: [] });
    expect(arrearsMovements(a)).toEqual([{ code: "hsa_section125", amount: "-50.00" }]);
  });

  it("still refuses a check whose taxes alone are more than its pay", () => {
    try {
      computePaycheck(
        partTime({ federalW4: { ...extra, step4cExtraWithholding: "200.00" }, deductionArrears: [] }),
      );
      throw new Error("not refused");
    } catch (e) {
      expect(isDomainError(e, "payroll.negative_net_pay")).toBe(true);
    }
  });
});

describe("the cut, on any check", () => {
  const cents = (max: number) =>
    fc.integer({ min: 0, max }).map((c) => new Decimal(c).dividedBy(100).toFixed(2));
  const CUT_ORDER: DeductionCode[] = [
    "401k",
    "hsa_section125",
    "dependent_care_fsa",
    "health_fsa",
    "section125_vision",
    "section125_dental",
    "section125_medical",
  ];
  const inputArb: fc.Arbitrary<PaycheckInput> = fc.record({
    payDate: fc.constant("2026-06-15"),
    payFrequency: fc.constantFrom("weekly" as const, "biweekly" as const),
    earnings: fc.tuple(cents(300_000)).map(([amount]) => [{ code: "salary" as const, amount }]),
    federalW4: fc.record({
      version: fc.constant(2020 as const),
      filingStatus: fc.constantFrom("single" as const, "married_jointly" as const),
      step4cExtraWithholding: fc.oneof(fc.constant("0.00"), cents(50_000)),
    }),
    workState: fc.constantFrom("TX", "PA", "IL", "CO", "CA"),
    deductions: fc.array(
      // At most $800.00 a line, so four lines stay under every annual limit (health FSA $3,400).
      fc.record({ code: fc.constantFrom<DeductionCode>(...CUT_ORDER, "roth_401k"), amount: cents(80_000) }),
      { maxLength: 4 },
    ),
  });
  const attempt = (input: PaycheckInput): PaycheckResult | undefined => {
    try {
      return computePaycheck(input);
    } catch (e) {
      if (isDomainError(e, "payroll.negative_net_pay")) return undefined;
      throw e;
    }
  };
  const byCode = (lines: readonly { code: string; amount: string }[]) => {
    const out = new Map<string, Decimal>();
    for (const l of lines) out.set(l.code, (out.get(l.code) ?? new Decimal(0)).plus(l.amount));
    return out;
  };

  it("changes nothing a check covers, and otherwise leaves net pay at zero with the taxes of what it took", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plain = attempt(input);
        const r = attempt({ ...input, deductionArrears: [] });
        if (plain) {
          expect(r).toEqual({ ...plain, deductionArrears: [] });
          return;
        }
        if (!r) return;
        const carried = byCode(r.deductionArrears ?? []);
        expect(carried.size).toBeGreaterThan(0);
        expect(r.net).toBe("0.00");
        // Taken and carried make up what was asked, code by code.
        const asked = byCode(input.deductions as { code: string; amount: string }[]);
        const taken = byCode(r.deductions);
        for (const [code, amount] of asked)
          expect(
            (taken.get(code) ?? new Decimal(0)).plus(carried.get(code) ?? new Decimal(0)).toFixed(2),
          ).toBe(amount.toFixed(2));
        // After-tax lines go first; before-tax ones in their order.
        const cutRanks = [...carried.keys()]
          .filter((c) => c !== "roth_401k")
          .map((c) => CUT_ORDER.indexOf(c as DeductionCode));
        if (cutRanks.length) {
          expect(taken.get("roth_401k")?.toFixed(2) ?? "0.00").toBe("0.00");
          const deepest = Math.max(...cutRanks);
          for (const d of r.deductions)
            if (CUT_ORDER.indexOf(d.code as DeductionCode) < deepest) expect(d.amount).toBe("0.00");
        }
        // The same check asking only what was taken has the same taxes and the same net pay.
        const asTaken = computePaycheck({
          ...input,
          deductions: r.deductions
            .filter((d) => d.amount !== "0.00")
            .map((d) => ({ code: d.code as DeductionCode, amount: d.amount })),
        });
        expect(asTaken.employeeTaxes).toEqual(r.employeeTaxes);
        expect(asTaken.statePrograms).toEqual(r.statePrograms);
        expect(asTaken.net).toBe("0.00");
      }),
      { numRuns: 400 },
    );
  });
});

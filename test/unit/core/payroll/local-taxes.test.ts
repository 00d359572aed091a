import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTaxTableFile } from "../../../../src/app/tables/tax-table-file";
import { Decimal } from "../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { LocalitiesInput, PaycheckInput } from "../../../../src/core/payroll/paycheck-input";
import { PAY_FREQUENCIES, PAY_PERIODS_PER_YEAR } from "../../../../src/core/tables/us/pay-periods";
import { isDomainError } from "../../../../src/errors/domain-error";

const check = (
  workState: string,
  localities: LocalitiesInput,
  overrides: Partial<PaycheckInput> = {},
): PaycheckInput => ({
  id: "local",
  payDate: "2026-03-13",
  payFrequency: "biweekly",
  earnings: [{ code: "salary", amount: "3000.00" }],
  federalW4: { version: 2020, filingStatus: "single" },
  workState,
  localities,
  ...overrides,
});

const lines = (input: PaycheckInput) =>
  (computePaycheck(input).localTaxes ?? []).map((l) => [l.code, l.jurisdiction, l.amount]);

function domainErrorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("Pennsylvania earned income tax (Act 32)", () => {
  it("withholds the home PSD's resident rate when it is higher than the work PSD's non-resident rate", () => {
    // Cumberland Twp / Gettysburg Area SD 1.7% vs Pittsburgh non-resident 1%: 1.7% × $3,000 = $51.00.
    expect(lines(check("PA", { home: "PA:010401", work: "PA:700102" }))).toContainEqual([
      "PA_EIT",
      "PA:010401",
      "51.00",
    ]);
  });

  it("withholds the work PSD's non-resident rate when the employee lives outside Pennsylvania", () => {
    // Pittsburgh non-resident 1% × $3,000 = $30.00 for a New York City resident.
    expect(lines(check("PA", { home: "NY:NYC", work: "PA:700102" }))).toContainEqual([
      "PA_EIT",
      "PA:700102",
      "30.00",
    ]);
  });

  it("taxes 401(k) deferrals but not Section 125 reductions, as Pennsylvania does", () => {
    // Pittsburgh resident 3% × ($3,000 − $100 Section 125) = $87.00; the 5% 401(k) stays in.
    const input = check(
      "PA",
      { home: "PA:700102" },
      {
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_medical", amount: "100.00" },
        ],
      },
    );
    expect(lines(input)).toEqual([["PA_EIT", "PA:700102", "87.00"]]);
  });

  it("takes the local taxes out of net pay and lists their unverified tables", () => {
    const without = computePaycheck({ ...check("PA", {}), localities: undefined });
    const withLocal = computePaycheck(check("PA", { home: "PA:700102", work: "PA:700102" }));
    // $90.00 EIT (3%) + $2.00 LST ($52 ÷ 26).
    expect(new Decimal(without.net).minus(withLocal.net).toFixed(2)).toBe("92.00");
    expect(withLocal.unverifiedTables).toContain("local.PA.700102.eit (from 2021-01-01, unverified)");
    expect(without.localTaxes).toBeUndefined();
  });

  it("refuses a work PSD whose non-resident rate is not loaded, naming the field and the code", () => {
    const e = domainErrorOf(() => computePaycheck(check("PA", { home: "PA:700102", work: "PA:010401" })));
    expect(e.code).toBe("payroll.unknown_locality");
    expect(e.message).toContain("localities.work");
    expect(e.message).toContain("PA:010401");
  });
});

describe("Philadelphia wage tax", () => {
  it("withholds the resident rate for a resident, wherever they work, instead of an EIT", () => {
    // 3.74% × $3,000 = $112.20 (July 2025 – June 2026); Pittsburgh's LST still applies at work.
    expect(lines(check("PA", { home: "PA:880000", work: "PA:700102" }))).toEqual([
      ["PHILADELPHIA_WAGE_TAX", "PA:880000", "112.20"],
      ["PA_LST", "PA:700102", "2.00"],
    ]);
  });

  it("withholds the non-resident rate for work in the City, and no home EIT beside it", () => {
    // 3.43% × $3,000 = $102.90.
    expect(lines(check("PA", { home: "PA:010401", work: "PA:880000" }))).toEqual([
      ["PHILADELPHIA_WAGE_TAX", "PA:880000", "102.90"],
    ]);
  });

  it("uses the rate in force on the pay date", () => {
    // 3.75% × $3,000 = $112.50 for a June 2025 pay date.
    expect(lines(check("PA", { home: "PA:880000" }, { payDate: "2025-06-13" }))).toEqual([
      ["PHILADELPHIA_WAGE_TAX", "PA:880000", "112.50"],
    ]);
  });

  it("refuses a pay date with no wage tax figures, naming the tax and the date, never a silent zero", () => {
    const e = domainErrorOf(() =>
      computePaycheck(check("PA", { home: "PA:880000" }, { payDate: "2026-11-20" })),
    );
    expect(e.code).toBe("payroll.no_table_for_date");
    expect(e.message).toContain("Philadelphia wage tax");
    expect(e.message).toContain("2026-11-20");
  });

  it("carries the latest rates forward when the client chose it, and says so", () => {
    const r = computePaycheck(check("PA", { home: "PA:880000" }, { payDate: "2026-11-20" }), {
      carryForward: true,
    });
    expect(r.localTaxes?.[0]?.amount).toBe("112.20");
    expect(r.unverifiedTables).toContain(
      "local.PA.philadelphia.wage_tax (2025 figures carried forward, unverified)",
    );
  });
});

describe("Philadelphia rates loaded at run time", () => {
  // Example figures, not the City's: what an ASO loads with `aso tables import` after 1 July.
  const file = JSON.stringify({
    tables: [
      {
        table: "local.PA.philadelphia.wage_tax",
        effective: "2026-07-01",
        through: "2027-06-30",
        source: "example figures for a test, not a City notice",
        unverified: true,
        value: { resident: "0.0373", nonresident: "0.0342" },
      },
    ],
  });

  it("computes a pay date the release has no figures for from a loaded table", () => {
    const [entry] = parseTaxTableFile(file);
    const r = computePaycheck(check("PA", { home: "PA:880000" }, { payDate: "2026-11-20" }), {
      imported: new Map([[entry!.table, [entry!]]]),
    });
    // 3.73% × $3,000 = $111.90.
    expect(r.localTaxes?.[0]?.amount).toBe("111.90");
    expect(r.unverifiedTables).toContain("local.PA.philadelphia.wage_tax (from 2026-07-01, unverified)");
  });

  it("refuses a loaded rate that is not a fraction, naming its path", () => {
    const bad = file.replace('"0.0373"', '"3.73"');
    expect(() => parseTaxTableFile(bad)).toThrow(/tables\[0\]\.value\.resident/);
  });
});

describe("Pennsylvania local services tax", () => {
  it.each([
    ["weekly", "1.00"],
    ["biweekly", "2.00"],
    // $52 ÷ 24 = $2.1666…: rounded down, never up.
    ["semimonthly", "2.16"],
    ["monthly", "4.33"],
  ] as const)(
    "withholds the yearly 52 dollars ÷ the %s payroll periods, rounded down: %s",
    (payFrequency, amount) => {
      const r = computePaycheck(check("PA", { work: "PA:700102" }, { payFrequency }));
      expect(r.localTaxes?.find((l) => l.code === "PA_LST")?.amount).toBe(amount);
    },
  );

  it("stops at the yearly amount, counting what was withheld earlier this year", () => {
    const lst = (ytd: string) =>
      computePaycheck(
        check("PA", { work: "PA:700102" }, { ytd: { localServicesTax: ytd } }),
      ).localTaxes?.find((l) => l.code === "PA_LST")?.amount;
    expect(lst("51.00")).toBe("1.00");
    expect(lst("52.00")).toBe("0.00");
  });

  it("withholds none with an exemption certificate on file", () => {
    const r = computePaycheck(
      check("PA", { work: "PA:700102", certificate: { localServicesTaxExempt: true } }),
    );
    expect(r.localTaxes?.map((l) => l.code)).toEqual(["PA_EIT"]);
    expect(r.explanation.some((l) => l.includes("exemption certificate"))).toBe(true);
  });

  it("never withholds more than the yearly amount over a year, whatever the frequency or number of checks", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAY_FREQUENCIES),
        fc.integer({ min: 0, max: 6 }),
        (payFrequency, extra) => {
          // A year's checks plus a few more (a 27th biweekly pay date, off-cycle checks).
          let ytd = new Decimal(0);
          const checks = PAY_PERIODS_PER_YEAR[payFrequency] + extra;
          for (let i = 0; i < checks; i++) {
            const r = computePaycheck(
              check("PA", { work: "PA:700102" }, { payFrequency, ytd: { localServicesTax: ytd.toFixed(2) } }),
            );
            const amount = r.localTaxes?.find((l) => l.code === "PA_LST")?.amount ?? "0";
            expect(new Decimal(amount).isNegative()).toBe(false);
            ytd = ytd.plus(amount);
          }
          expect(ytd.lessThanOrEqualTo(52)).toBe(true);
          // A full year of checks withholds the yearly amount less under one cent per check.
          expect(ytd.greaterThan(new Decimal(52).minus(new Decimal("0.01").times(checks)))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("New York City resident tax (NYS-50-T-NYC exact calculation)", () => {
  it("annualizes wages, subtracts the single deduction and allowances, and applies the City's table", () => {
    // $3,000 × 26 = $78,000 − $5,000 − 1 × $1,000 = $72,000; $2,264 + 4.1% × $12,000 = $2,756 ÷ 26 = $106.00.
    expect(lines(check("NY", { home: "NY:NYC" }, { stateW4: { allowances: 1 } }))).toEqual([
      ["NYC_RESIDENT", "NY:NYC", "106.00"],
    ]);
  });

  it("uses the married deduction and rounds the period's tax half-up to cents", () => {
    // $500 × 52 = $26,000 − $5,500 = $20,500; $513 + 3.876% × $5,500 = $726.18 ÷ 52 = $13.965 → $13.97.
    const input = check(
      "NY",
      { home: "NY:NYC" },
      {
        payFrequency: "weekly",
        earnings: [{ code: "salary", amount: "500.00" }],
        stateW4: { filingStatus: "married" },
      },
    );
    expect(lines(input)).toEqual([["NYC_RESIDENT", "NY:NYC", "13.97"]]);
  });

  it("takes IT-2104 line 2 allowances and line 5 extra from the local certificate", () => {
    // $78,000 − $5,000 − 3 × $1,000 = $70,000; $2,264 + 4.1% × $10,000 = $2,674 ÷ 26 = $102.846… + $5 = $107.85.
    const input = check(
      "NY",
      { home: "NY:NYC", certificate: { allowances: 3, extraWithholding: "5.00" } },
      { stateW4: { allowances: 1 } },
    );
    expect(lines(input)).toEqual([["NYC_RESIDENT", "NY:NYC", "107.85"]]);
  });

  it("leaves the City tax to New York State withholding when the check withholds for another state", () => {
    const r = computePaycheck(check("NJ", { home: "NY:NYC" }));
    expect(r.localTaxes).toEqual([]);
    expect(r.explanation.some((l) => l.startsWith("New York City resident tax: not withheld here"))).toBe(
      true,
    );
  });

  it("taxes no non-resident working in the City, and says why", () => {
    const r = computePaycheck(check("NY", { work: "NY:NYC" }));
    expect(r.localTaxes).toEqual([]);
    expect(r.explanation).toContain("New York City tax: none, the City taxes only its residents' wages.");
  });
});

describe("Yonkers resident tax (NYS-50-T-Y)", () => {
  it("is 16.75% of the New York State tax figured for the check, without the State extra amount", () => {
    const plain = computePaycheck(check("NY", { home: "NY:YONKERS" }));
    const state = new Decimal(plain.employeeTaxes.stateIncomeTax);
    const expected = state.times("0.1675").toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    expect(plain.localTaxes?.[0]).toMatchObject({ code: "YONKERS_RESIDENT", amount: expected });
    const withExtra = computePaycheck(
      check("NY", { home: "NY:YONKERS" }, { stateW4: { extraWithholding: "20.00" } }),
    );
    expect(withExtra.localTaxes?.[0]?.amount).toBe(expected);
  });

  it("refuses Yonkers as a work place for a non-resident (its earnings tax is not computed)", () => {
    const e = domainErrorOf(() => computePaycheck(check("NY", { work: "NY:YONKERS" })));
    expect(e.code).toBe("payroll.unknown_locality");
    expect(e.message).toContain("localities.work");
  });
});

describe("locality codes", () => {
  it.each([
    ["home", "PA:999999"],
    ["home", "OH:NOWHERE"],
    ["work", "NYC"],
  ] as const)("refuses an unknown %s code %s, naming the field and the value", (field, code) => {
    const e = domainErrorOf(() => computePaycheck(check("PA", { [field]: code })));
    expect(e.code).toBe("payroll.unknown_locality");
    expect(e.message).toContain(`localities.${field}`);
    expect(e.message).toContain(code);
  });
});

describe("city taxes on wages (Ohio, Michigan, Kentucky, Missouri)", () => {
  // Ohio's state withholding has no 2026 table, so the Ohio cases are paid in 2021.
  const ohio = { payDate: "2021-06-11" };
  it("withholds the work city's tax, at the resident rate for someone who also lives there", () => {
    // Columbus 2.5% × $3,000 = $75.00.
    expect(lines(check("OH", { home: "OH:COLUMBUS", work: "OH:COLUMBUS" }, ohio))).toEqual([
      ["CITY_TAX", "OH:COLUMBUS", "75.00"],
    ]);
  });

  it("withholds the home city's tax less the credit for the work city's tax, up to the home city's limit", () => {
    // Columbus $75.00; Cleveland 2.5% × $3,000 = $75.00 − credit min($75.00, 2% × $3,000 = $60.00) = $15.00.
    expect(lines(check("OH", { home: "OH:CLEVELAND", work: "OH:COLUMBUS" }, ohio))).toEqual([
      ["CITY_TAX", "OH:COLUMBUS", "75.00"],
      ["CITY_TAX", "OH:CLEVELAND", "15.00"],
    ]);
    // Cincinnati 1.8% = $54.00; Columbus $75.00 − $54.00 (under its 2.5% limit) = $21.00.
    expect(lines(check("OH", { home: "OH:COLUMBUS", work: "OH:CINCINNATI" }, ohio))).toEqual([
      ["CITY_TAX", "OH:CINCINNATI", "54.00"],
      ["CITY_TAX", "OH:COLUMBUS", "21.00"],
    ]);
  });

  it("takes a Michigan city's exemptions off the period's wages", () => {
    // Detroit resident: $3,000 − 2 × $600 ÷ 26 = $2,953.846…; × 2.4% = $70.892… → $70.89.
    const input = check("MI", { home: "MI:DETROIT", work: "MI:DETROIT", certificate: { allowances: 2 } });
    expect(lines(input)).toEqual([["CITY_TAX", "MI:DETROIT", "70.89"]]);
    // A non-resident with no certificate: 1.2% × $3,000 = $36.00.
    expect(lines(check("MI", { work: "MI:DETROIT" }))).toEqual([["CITY_TAX", "MI:DETROIT", "36.00"]]);
  });

  it("taxes only work in an occupational-tax city, at the rate for where the employee lives", () => {
    expect(lines(check("KY", { home: "KY:LOUISVILLE", work: "KY:LOUISVILLE" }))).toEqual([
      ["CITY_TAX", "KY:LOUISVILLE", "66.00"],
    ]);
    expect(lines(check("KY", { work: "KY:LOUISVILLE" }))).toEqual([["CITY_TAX", "KY:LOUISVILLE", "43.50"]]);
    expect(lines(check("KY", { home: "KY:LOUISVILLE", work: "KY:LEXINGTON" }))).toEqual([
      ["CITY_TAX", "KY:LEXINGTON", "67.50"],
    ]);
  });

  it("taxes a Kansas City resident's wages earned elsewhere (earnings tax)", () => {
    expect(lines(check("MO", { home: "MO:KANSAS_CITY" }))).toEqual([["CITY_TAX", "MO:KANSAS_CITY", "30.00"]]);
  });
});

describe("Maryland county income tax", () => {
  // The county rates loaded are 2024's; 2026 pay dates use them only when carried forward.
  const carried = { carryForward: true };
  const maryland = (localities: LocalitiesInput, stateW4: PaycheckInput["stateW4"] = { allowances: 1 }) =>
    check("MD", localities, { stateW4 });

  it("applies the home county's rate to the Maryland taxable income the State part uses", () => {
    // $78,000 − $3,350 standard deduction − 1 × $3,200 = $71,450 × 3.2% = $2,286.40 ÷ 26 = $87.938… → $87.94.
    const r = computePaycheck(maryland({ home: "MD:MONTGOMERY" }), carried);
    expect(r.localTaxes).toEqual([
      expect.objectContaining({ code: "MD_COUNTY", jurisdiction: "MD:MONTGOMERY", amount: "87.94" }),
    ]);
    expect(r.unverifiedTables).toContain(
      "local.MD.MONTGOMERY.tax (2024 figures carried forward, unverified)",
    );
    expect(r.explanation.some((l) => l.endsWith("County income tax follows on its own line."))).toBe(true);
  });

  it("takes the county from the state form's locality when the localities name no home", () => {
    const r = computePaycheck(maryland({}, { allowances: 1, locality: "Prince George's County" }), carried);
    expect(r.localTaxes?.map((l) => [l.jurisdiction, l.amount])).toEqual([["MD:PRINCE_GEORGES", "87.94"]]);
  });

  it("withholds the special nonresident tax for someone living outside Maryland", () => {
    // 2.25% × $71,450 = $1,607.625 ÷ 26 = $61.831… → $61.83; the Pittsburgh resident EIT (3%) beside it.
    const r = computePaycheck(maryland({ home: "PA:700102" }), carried);
    expect(r.localTaxes?.map((l) => [l.code, l.amount])).toEqual([
      ["PA_EIT", "90.00"],
      ["MD_NONRESIDENT", "61.83"],
    ]);
  });

  it("refuses a 2026 pay date without carry-forward, naming the county tax and the date", () => {
    const e = domainErrorOf(() => computePaycheck(maryland({ home: "MD:HOWARD" })));
    expect(e.code).toBe("payroll.no_table_for_date");
    expect(e.message).toContain("Howard County income tax");
    expect(e.message).toContain("2026-03-13");
  });

  it("refuses a county on the state form that names no loaded county, naming the field", () => {
    const e = domainErrorOf(() => computePaycheck(maryland({}, { locality: "Anne Arundel" }), carried));
    expect(e.code).toBe("payroll.unknown_locality");
    expect(e.message).toContain('stateW4.locality: unknown locality "Anne Arundel" (read as MD:ANNE_ARUNDEL');
  });

  it("leaves a Maryland request without localities exactly as before", () => {
    const r = computePaycheck({
      ...maryland({}, { allowances: 1, locality: "Montgomery" }),
      localities: undefined,
    });
    expect(r.localTaxes).toBeUndefined();
    expect(
      r.explanation.some((l) => l.includes("(Montgomery) is not included: no county rates are loaded.")),
    ).toBe(true);
  });
});

describe("Indiana county income tax", () => {
  // The county rates loaded are 2019's; 2026 pay dates use them only when carried forward.
  const carried = { carryForward: true };
  const indiana = (localities: LocalitiesInput, stateW4: PaycheckInput["stateW4"] = { allowances: 1 }) =>
    check("IN", localities, { stateW4 });
  const countyLines = (input: PaycheckInput) =>
    (computePaycheck(input, carried).localTaxes ?? []).map((l) => [l.code, l.jurisdiction, l.amount]);

  it("applies the January 1 home county's rate to the wages less WH-4 exemptions the State part uses", () => {
    // $78,000 − 1 × $1,000 = $77,000 × 2.02% = $1,555.40 ÷ 26 = $59.823… → $59.82.
    const r = computePaycheck(indiana({ home: "IN:MARION" }), carried);
    expect(r.localTaxes).toEqual([
      expect.objectContaining({ code: "IN_COUNTY", jurisdiction: "IN:MARION", amount: "59.82" }),
    ]);
    expect(r.unverifiedTables).toContain("local.IN.MARION.tax (2019 figures carried forward, unverified)");
  });

  it("takes the county from the WH-4's locality when the localities name no home", () => {
    // $77,000 × 1% = $770 ÷ 26 = $29.615… → $29.62.
    expect(countyLines(indiana({}, { allowances: 1, locality: "Hamilton County" }))).toEqual([
      ["IN_COUNTY", "IN:HAMILTON", "29.62"],
    ]);
  });

  it("counts dependent exemptions as the State part does", () => {
    // $78,000 − $1,000 − 2 × $1,500 = $74,000 × 2.02% = $1,494.80 ÷ 26 = $57.492… → $57.49.
    expect(countyLines(indiana({ home: "IN:MARION" }, { allowances: 1, dependents: 2 }))).toEqual([
      ["IN_COUNTY", "IN:MARION", "57.49"],
    ]);
  });

  it("keeps the residence county when the employee works in another Indiana county", () => {
    expect(countyLines(indiana({ home: "IN:MARION", work: "IN:ALLEN" }))).toEqual([
      ["IN_COUNTY", "IN:MARION", "59.82"],
    ]);
  });

  it("uses the work county for someone who lived outside Indiana on January 1", () => {
    // Allen 1.48% × $77,000 = $1,139.60 ÷ 26 = $43.830… → $43.83.
    expect(countyLines(indiana({ home: "NY:NYC", work: "IN:ALLEN" }))).toEqual([
      ["IN_COUNTY", "IN:ALLEN", "43.83"],
    ]);
  });

  it("withholds no county tax when no residence is on file, and says why", () => {
    const r = computePaycheck(indiana({ work: "IN:ALLEN" }), carried);
    expect(r.localTaxes).toEqual([]);
    expect(r.explanation).toContain(
      "Indiana county income tax: none withheld, because no county of residence on January 1 is on file.",
    );
  });

  it("withholds none on a check for another state, nor for an exempt WH-4", () => {
    expect(countyLines(check("IL", { home: "IN:MARION" }))).toEqual([]);
    expect(countyLines(indiana({ home: "IN:MARION" }, { exempt: true }))).toEqual([]);
  });

  it("refuses an unknown county code and an unloaded WH-4 county, naming the field", () => {
    const code = domainErrorOf(() => computePaycheck(indiana({ home: "IN:NOWHERE" }), carried));
    expect(code.code).toBe("payroll.unknown_locality");
    expect(code.message).toContain('localities.home: unknown locality "IN:NOWHERE"');
    const form = domainErrorOf(() => computePaycheck(indiana({}, { locality: "Clay" }), carried));
    expect(form.code).toBe("payroll.unknown_locality");
    expect(form.message).toContain('stateW4.locality: unknown locality "Clay" (read as IN:CLAY');
  });

  it("refuses a 2026 pay date without carry-forward, naming the county tax and the date", () => {
    const e = domainErrorOf(() => computePaycheck(indiana({ home: "IN:MARION" })));
    expect(e.code).toBe("payroll.no_table_for_date");
    expect(e.message).toContain("Marion County income tax");
    expect(e.message).toContain("2026-03-13");
  });
});

describe("Portland-area taxes (Metro SHS, Multnomah County PFA)", () => {
  const oregon = (localities: LocalitiesInput, overrides: Partial<PaycheckInput> = {}) =>
    check("OR", localities, { earnings: [{ code: "salary", amount: "10000.00" }], ...overrides });

  it("withholds nothing under $200,000 of the year's wages, and says the tax may still be owed", () => {
    const result = computePaycheck(
      oregon({ work: "OR:METRO_MULTNOMAH" }, { ytd: { medicareWages: "150000" } }),
    );
    expect(result.localTaxes).toEqual([]);
    expect(result.explanation.join("\n")).toContain("under the $200,000 from which withholding is required");
  });

  it("withholds each band's rate on the part of the check past its threshold", () => {
    // $195,000 before + $10,000: $5,000 past $200,000 → SHS 1% = $50.00, PFA 1.5% = $75.00.
    expect(lines(oregon({ work: "OR:METRO_MULTNOMAH" }, { ytd: { medicareWages: "195000" } }))).toEqual([
      ["OR_METRO_SHS", "OR:METRO_MULTNOMAH", "50.00"],
      ["OR_MULTNOMAH_PFA", "OR:METRO_MULTNOMAH", "75.00"],
    ]);
    // $396,000 before + $10,000: PFA 1.5% × $4,000 + 3% × $6,000 = $60 + $180 = $240.00.
    expect(
      lines(oregon({ work: "OR:METRO_MULTNOMAH" }, { ytd: { medicareWages: "396000" } })),
    ).toContainEqual(["OR_MULTNOMAH_PFA", "OR:METRO_MULTNOMAH", "240.00"]);
  });

  it("withholds only the tax of the area the place is in", () => {
    const ytd = { medicareWages: "300000" };
    expect(lines(oregon({ work: "OR:METRO" }, { ytd }))).toEqual([["OR_METRO_SHS", "OR:METRO", "100.00"]]);
    expect(lines(oregon({ work: "OR:MULTNOMAH" }, { ytd }))).toEqual([
      ["OR_MULTNOMAH_PFA", "OR:MULTNOMAH", "150.00"],
    ]);
    // A Multnomah resident working in Washington County's part of Metro: SHS for the work place, PFA for home.
    expect(lines(oregon({ home: "OR:MULTNOMAH", work: "OR:METRO" }, { ytd }))).toEqual([
      ["OR_METRO_SHS", "OR:METRO", "100.00"],
      ["OR_MULTNOMAH_PFA", "OR:MULTNOMAH", "150.00"],
    ]);
  });

  it("follows the OPT form: opted out withholds nothing, a designated amount is withheld whatever the wages", () => {
    const result = computePaycheck(
      oregon(
        {
          work: "OR:METRO_MULTNOMAH",
          certificate: { metroShs: { amountPerPeriod: "12.34" }, multnomahPfa: { optOut: true } },
        },
        { ytd: { medicareWages: "300000" } },
      ),
    );
    expect(result.localTaxes?.map((l) => [l.code, l.amount])).toEqual([["OR_METRO_SHS", "12.34"]]);
    expect(result.explanation.join("\n")).toContain("opted out of withholding");
  });

  it("never withholds more over a year than the bands give on the year's wages, whatever the frequency", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAY_FREQUENCIES),
        fc.integer({ min: 1_000_00, max: 60_000_00 }),
        (payFrequency, cents) => {
          const periods = PAY_PERIODS_PER_YEAR[payFrequency];
          const pay = new Decimal(cents).dividedBy(100);
          let ytd = new Decimal(0);
          let shs = new Decimal(0);
          for (let i = 0; i < periods; i++) {
            const result = computePaycheck(
              oregon(
                { work: "OR:METRO" },
                {
                  payFrequency,
                  earnings: [{ code: "salary", amount: pay.toFixed(2) }],
                  ytd: { medicareWages: ytd.toFixed(2) },
                },
              ),
            );
            shs = shs.plus(result.localTaxes?.[0]?.amount ?? "0");
            ytd = ytd.plus(pay);
          }
          const owed = Decimal.max(ytd.minus(200000), 0).times("0.01");
          // Each check rounds once, so the year can differ from the tax on the year by half a cent a check.
          expect(shs.minus(owed).abs().lte(new Decimal(periods).times("0.005"))).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("refuses an Oregon code that names no area, listing the known ones", () => {
    const error = domainErrorOf(() => computePaycheck(oregon({ work: "OR:PORTLAND" })));
    expect(error.code).toBe("payroll.unknown_locality");
    expect(error.message).toContain("OR:METRO_MULTNOMAH");
  });
});

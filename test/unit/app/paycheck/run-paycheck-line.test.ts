import { describe, expect, it } from "vitest";
import {
  PaycheckErrorSchema,
  PaycheckResultSchema,
} from "../../../../src/app/paycheck/paycheck-result.schema";
import { runPaycheckLine } from "../../../../src/app/paycheck/run-paycheck-line";

const contractRequest = {
  id: "emp-1",
  payDate: "2026-01-15",
  payFrequency: "weekly",
  earnings: [
    { code: "regular", hours: "40", rate: "25.00" },
    { code: "overtime", hours: "6", rate: "25.00" },
    { code: "salary", amount: "3000.00" },
    { code: "bonus", amount: "92.00", nondiscretionary: true },
  ],
  federalW4: {
    version: 2020,
    filingStatus: "single",
    step2Checkbox: false,
    step3Credits: "0",
    step4aOtherIncome: "0",
    step4bDeductions: "0",
    step4cExtraWithholding: "0",
    exempt: false,
  },
  workState: "PA",
  stateW4: { allowances: 0, additionalAllowances: 0, extraWithholding: "0" },
  deductions: [
    { code: "401k", amount: "180.00" },
    { code: "401k", percent: "6" },
    { code: "section125_medical", amount: "150.00" },
    { code: "hsa_section125", amount: "200.00" },
    { code: "roth_401k", amount: "50.00" },
  ],
  ytd: { socialSecurityWages: "0", medicareWages: "0", futaWages: "0", sutaWages: "0" },
  employer: {
    sutaRate: "0.027",
    sutaWageBase: "10000",
    futaCreditReduction: "0",
    workersComp: { classCode: "8810", ratePer100: "0.25", experienceMod: "1.00" },
  },
};

describe("runPaycheckLine", () => {
  it("accepts the docs/contracts.md §3 example request and returns a result matching the contract", () => {
    const outcome = runPaycheckLine(JSON.stringify(contractRequest));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(PaycheckResultSchema.parse(outcome.result).id).toBe("emp-1");
  });

  it("accepts optional localities and returns local tax lines that match the result schema", () => {
    const outcome = runPaycheckLine(
      JSON.stringify({
        ...contractRequest,
        workState: "NY",
        stateW4: { allowances: 1 },
        localities: { home: "ny:nyc", certificate: { extraWithholding: "5.00" } },
      }),
    );
    if (!outcome.ok) throw new Error(outcome.error);
    const result = PaycheckResultSchema.parse(outcome.result);
    expect(result.localTaxes?.map((l) => [l.code, l.jurisdiction])).toEqual([["NYC_RESIDENT", "NY:NYC"]]);
  });

  it("gives a request without localities the same result as before local taxes existed", () => {
    const outcome = runPaycheckLine(JSON.stringify(contractRequest));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.localTaxes).toBeUndefined();
  });

  it("accepts the 2019 W-4 form and a timesheet instead of hour lines", () => {
    const outcome = runPaycheckLine(
      JSON.stringify({
        id: "t",
        payDate: "2026-01-15",
        payFrequency: "weekly",
        timesheet: { rate: "20", rule: "california", days: [["2026-01-05", 10]] },
        federalW4: { version: 2019, filingStatus: "married", allowances: 2 },
        workState: "ca",
      }),
    );
    // 10 h at $20 in California: 8 regular + 2 overtime → $200 straight time + 2 × $10 premium
    expect(outcome.ok && outcome.result.gross).toBe("220.00");
  });

  it("withholds a bonus paid alone at the flat rate or, asked, by the aggregate method with the period's regular pay", () => {
    const bonusOnly = {
      id: "b",
      payDate: "2026-03-13",
      payFrequency: "biweekly",
      earnings: [{ code: "bonus", amount: "5000.00" }],
      federalW4: { version: 2020, filingStatus: "single" },
      workState: "TX",
    };
    const federalTax = (request: object) => {
      const outcome = runPaycheckLine(JSON.stringify(request));
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.result.employeeTaxes.federalIncomeTax;
    };
    expect(federalTax(bonusOnly)).toBe("1100.00");
    expect(
      federalTax({
        ...bonusOnly,
        supplementalMethod: "aggregate",
        aggregateWith: { regularWages: "2000.00" },
      }),
    ).toBe("1090.54");
    const outcome = runPaycheckLine(JSON.stringify({ ...bonusOnly, supplementalMethod: "aggregate" }));
    expect(outcome.ok).toBe(false);
  });

  it("takes a high earner's 401(k) catch-up as Roth when the request gives last year's Social Security wages", () => {
    const request = {
      id: "r",
      payDate: "2026-06-12",
      payFrequency: "biweekly",
      earnings: [{ code: "salary", amount: "10000.00" }],
      federalW4: { version: 2020, filingStatus: "single" },
      workState: "TX",
      age: 55,
      deductions: [{ code: "401k", amount: "1000.00" }],
      ytd: { k401Deferrals: "24000.00" },
    };
    const codes = (r: object) => {
      const outcome = runPaycheckLine(JSON.stringify(r));
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.result.deductions.map((d) => `${d.code} ${d.amount}`);
    };
    expect(codes(request)).toEqual(["401k 1000.00"]);
    expect(codes({ ...request, priorYearFicaWages: "160000.00" })).toEqual([
      "401k 500.00",
      "roth_401k 500.00",
    ]);
  });

  it.each([
    [{ ...contractRequest, payDate: "2026-02-30" }, "payDate: not a calendar date"],
    [{ ...contractRequest, earnings: [{ code: "regular", hours: "40", rate: 25 }] }, "earnings[0].rate:"],
    [{ ...contractRequest, deductions: [{ code: "401k", amount: "1", percent: "2" }] }, "deductions[0]:"],
    [{ ...contractRequest, federalW4: { version: 2019, filingStatus: "single" } }, "federalW4.allowances:"],
    [{ ...contractRequest, payFrequency: "daily" }, "payFrequency:"],
    [{ ...contractRequest, workState: "PR" }, "unsupported state withholding: PR"],
    [
      { ...contractRequest, localities: { home: "PA:000000" } },
      'localities.home: unknown locality "PA:000000"',
    ],
    [{ ...contractRequest, localities: { work: "" } }, "localities.work:"],
  ])("names the field at fault (%#)", (request, message) => {
    const outcome = runPaycheckLine(JSON.stringify(request));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(PaycheckErrorSchema.parse({ id: outcome.id, error: outcome.error }).id).toBe("emp-1");
    expect(outcome.error).toContain(message);
  });

  it("answers unreadable JSON with a null id", () => {
    expect(runPaycheckLine("{not json")).toMatchObject({ ok: false, id: null });
  });
});

describe("sanity limits on a request", () => {
  const withEarning = (earning: object) =>
    runPaycheckLine(JSON.stringify({ ...contractRequest, earnings: [earning], deductions: [] }));

  it.each([
    [
      { code: "regular", hours: 1e21, rate: "25" },
      "earnings[0].hours: must be a non-negative decimal string",
    ],
    [
      { code: "regular", hours: 10_000, rate: "25" },
      "earnings[0].hours: hours must be at most 744 in one line",
    ],
    [
      { code: "regular", hours: "40", rate: "1".repeat(40) },
      "earnings[0].rate: must be a non-negative decimal string",
    ],
    [
      { code: "regular", hours: "40", rate: "25000" },
      "earnings[0].rate: an hourly rate must be at most 10,000",
    ],
    [{ code: "bonus", amount: "250000000" }, "earnings[0].amount: an amount must be at most 100,000,000"],
  ])("refuses %j", (earning, message) => {
    const outcome = withEarning(earning);
    expect(JSON.stringify(outcome)).toContain(message);
  });

  it("still takes hours as a JSON number within the limits", () => {
    expect(JSON.stringify(withEarning({ code: "regular", hours: 40, rate: "25" }))).toContain(
      '"gross":"1000.00"',
    );
  });
});

describe("an exempt W-4 with its expiry on a paycheck request", () => {
  const request = (payDate: string, exemptExpires: unknown) =>
    JSON.stringify({
      id: "x",
      payDate,
      payFrequency: "biweekly",
      earnings: [{ code: "regular", hours: "80", rate: "30.00" }],
      federalW4: { version: 2020, filingStatus: "married_jointly", exempt: true, exemptExpires },
    });
  const federalTax = (line: string) => {
    const outcome = runPaycheckLine(line);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result.employeeTaxes.federalIncomeTax;
  };

  it("withholds nothing until the claim lapses, then as Single", () => {
    expect(federalTax(request("2026-02-13", "2026-02-15"))).toBe("0.00");
    const single = runPaycheckLine(
      JSON.stringify({
        id: "s",
        payDate: "2026-02-27",
        payFrequency: "biweekly",
        earnings: [{ code: "regular", hours: "80", rate: "30.00" }],
        federalW4: { version: 2020, filingStatus: "single" },
      }),
    );
    if (!single.ok) throw new Error(single.error);
    expect(federalTax(request("2026-02-27", "2026-02-15"))).toBe(
      single.result.employeeTaxes.federalIncomeTax,
    );
    expect(single.result.employeeTaxes.federalIncomeTax).not.toBe("0.00");
  });

  it("refuses an expiry that is not a date, naming the field", () => {
    const outcome = runPaycheckLine(request("2026-02-13", "next spring"));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toContain("exemptExpires");
  });
});

describe("the supplemental-wage method on a request", () => {
  const bonusCheck = (method: "flat" | "aggregate", hours: string | number) =>
    JSON.stringify({
      ...contractRequest,
      earnings: [
        { code: "regular", hours, rate: "25.00" },
        { code: "bonus", amount: "5000.00" },
      ],
      supplementalMethod: method,
    });
  const federal = (line: string) => {
    const outcome = runPaycheckLine(line);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result.employeeTaxes.federalIncomeTax;
  };

  it("is honoured on the schema path (hours as a JSON number) as on the fast path", () => {
    expect(federal(bonusCheck("flat", 40))).toBe(federal(bonusCheck("flat", "40")));
    expect(federal(bonusCheck("aggregate", 40))).toBe(federal(bonusCheck("aggregate", "40")));
    expect(federal(bonusCheck("flat", 40))).not.toBe(federal(bonusCheck("aggregate", 40)));
  });
});

import { describe, expect, it } from "vitest";
import { Money } from "../../../../src/core/money/money";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { BenefitElectionBasis, PaycheckBasis } from "../../../../src/core/payroll/paycheck-basis";
import {
  type ChangeCauseKind,
  type ComparedPaycheck,
  explainPaycheckDifference,
} from "../../../../src/core/payroll/paycheck-causes";
import type { PaycheckInput } from "../../../../src/core/payroll/paycheck-input";

/**
 * Engine-built pairs: both paychecks are computed by the real engine from inputs that differ by one
 * cause (or a named few), and the explanation must name exactly those causes, no other.
 */
const DENTAL_EMPLOYEE: BenefitElectionBasis = {
  planType: "dental",
  planCode: "DEN",
  tier: "employee",
  employeeCost: "12.00",
};
const DENTAL_FAMILY: BenefitElectionBasis = { ...DENTAL_EMPLOYEE, tier: "family", employeeCost: "38.00" };
const MEDICAL_EMPLOYEE: BenefitElectionBasis = {
  planType: "medical",
  planCode: "PPO",
  tier: "employee",
  employeeCost: "85.00",
};
const MEDICAL_SPOUSE: BenefitElectionBasis = {
  ...MEDICAL_EMPLOYEE,
  tier: "employee_spouse",
  employeeCost: "190.00",
};

function hourly(overrides: Partial<PaycheckInput> = {}): PaycheckInput {
  return {
    payDate: "2026-03-13",
    payFrequency: "biweekly",
    earnings: [{ code: "regular", hours: "80", rate: "30.00" }],
    federalW4: { version: 2020, filingStatus: "single" },
    workState: "PA",
    deductions: [
      { code: "401k", percent: "5" },
      { code: "section125_dental", amount: "12.00" },
    ],
    ytd: { socialSecurityWages: "10000", medicareWages: "10000" },
    ...overrides,
  };
}

function salaried(amount: string, overrides: Partial<PaycheckInput> = {}): PaycheckInput {
  return hourly({ earnings: [{ code: "salary", amount }], ...overrides });
}

type Side = { input: PaycheckInput; benefits?: BenefitElectionBasis[] };

function paycheck(side: Side): ComparedPaycheck {
  const basis: PaycheckBasis = { input: side.input, benefits: side.benefits ?? [DENTAL_EMPLOYEE] };
  return { payDate: side.input.payDate, basis, outcome: computePaycheck(side.input) };
}

function causesOf(before: Side, after: Side) {
  return explainPaycheckDifference(paycheck(before), paycheck(after));
}

type Case = { name: string; before: Side; after: Side; causes: ChangeCauseKind[] };

const timesheetDays = (hoursPerDay: string, rate = "25.00"): PaycheckInput["timesheet"] => ({
  rate,
  rule: "flsa",
  workweekStart: "2026-03-01",
  days: [
    "2026-03-02",
    "2026-03-03",
    "2026-03-04",
    "2026-03-05",
    "2026-03-06",
    "2026-03-09",
    "2026-03-10",
    "2026-03-11",
    "2026-03-12",
    "2026-03-13",
  ].map((d) => [d, hoursPerDay] as [string, string]),
});

const CASES: Case[] = [
  {
    name: "fewer regular hours",
    before: { input: hourly() },
    after: { input: hourly({ earnings: [{ code: "regular", hours: "72", rate: "30.00" }] }) },
    causes: ["hours"],
  },
  {
    name: "more regular hours",
    before: { input: hourly({ earnings: [{ code: "regular", hours: "64", rate: "30.00" }] }) },
    after: { input: hourly() },
    causes: ["hours"],
  },
  {
    name: "overtime hours this time",
    before: { input: hourly() },
    after: {
      input: hourly({
        earnings: [
          { code: "regular", hours: "80", rate: "30.00" },
          { code: "overtime", hours: "6", rate: "30.00" },
        ],
      }),
    },
    causes: ["overtime"],
  },
  {
    name: "less overtime",
    before: {
      input: hourly({
        earnings: [
          { code: "regular", hours: "80", rate: "30.00" },
          { code: "overtime", hours: "10", rate: "30.00" },
        ],
      }),
    },
    after: {
      input: hourly({
        earnings: [
          { code: "regular", hours: "80", rate: "30.00" },
          { code: "overtime", hours: "2", rate: "30.00" },
        ],
      }),
    },
    causes: ["overtime"],
  },
  {
    name: "overtime derived from a timesheet's longer days",
    before: { input: hourly({ earnings: [], timesheet: timesheetDays("8") }) },
    after: { input: hourly({ earnings: [], timesheet: timesheetDays("9") }) },
    causes: ["overtime"],
  },
  {
    name: "hourly rate raise",
    before: { input: hourly() },
    after: { input: hourly({ earnings: [{ code: "regular", hours: "80", rate: "32.50" }] }) },
    causes: ["pay_rate"],
  },
  {
    name: "timesheet rate raise",
    before: { input: hourly({ earnings: [], timesheet: timesheetDays("8", "25.00") }) },
    after: { input: hourly({ earnings: [], timesheet: timesheetDays("8", "26.50") }) },
    causes: ["pay_rate"],
  },
  {
    name: "rate raise and more hours together",
    before: { input: hourly() },
    after: { input: hourly({ earnings: [{ code: "regular", hours: "76", rate: "31.00" }] }) },
    causes: ["hours", "pay_rate"],
  },
  {
    name: "salary raise",
    before: { input: salaried("3000.00") },
    after: { input: salaried("3200.00") },
    causes: ["salary"],
  },
  {
    name: "one-time bonus",
    before: { input: hourly() },
    after: {
      input: hourly({
        earnings: [
          { code: "regular", hours: "80", rate: "30.00" },
          { code: "bonus", amount: "500.00" },
        ],
      }),
    },
    causes: ["bonus"],
  },
  {
    name: "the bonus of the earlier check is not repeated",
    before: {
      input: salaried("4000.00", {
        earnings: [
          { code: "salary", amount: "4000.00" },
          { code: "bonus", amount: "1000.00", nondiscretionary: false },
        ],
      }),
    },
    after: { input: salaried("4000.00") },
    causes: ["bonus"],
  },
  {
    name: "new Roth 401(k) deduction",
    before: { input: hourly() },
    after: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "12.00" },
          { code: "roth_401k", amount: "50.00" },
        ],
      }),
    },
    causes: ["deduction"],
  },
  {
    name: "401(k) percent raised",
    before: { input: hourly() },
    after: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "10" },
          { code: "section125_dental", amount: "12.00" },
        ],
      }),
    },
    causes: ["deduction"],
  },
  {
    name: "health FSA stopped",
    before: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "12.00" },
          { code: "health_fsa", amount: "100.00" },
        ],
      }),
    },
    after: { input: hourly() },
    causes: ["deduction"],
  },
  {
    name: "HSA contributions started",
    before: { input: hourly() },
    after: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "12.00" },
          { code: "hsa_section125", amount: "100.00" },
        ],
      }),
    },
    causes: ["deduction"],
  },
  {
    name: "dental tier from employee only to family",
    before: { input: hourly(), benefits: [DENTAL_EMPLOYEE] },
    after: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "38.00" },
        ],
      }),
      benefits: [DENTAL_FAMILY],
    },
    causes: ["benefit_tier"],
  },
  {
    name: "medical tier adds a spouse",
    before: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "12.00" },
          { code: "section125_medical", amount: "85.00" },
        ],
      }),
      benefits: [DENTAL_EMPLOYEE, MEDICAL_EMPLOYEE],
    },
    after: {
      input: hourly({
        deductions: [
          { code: "401k", percent: "5" },
          { code: "section125_dental", amount: "12.00" },
          { code: "section125_medical", amount: "190.00" },
        ],
      }),
      benefits: [DENTAL_EMPLOYEE, MEDICAL_SPOUSE],
    },
    causes: ["benefit_tier"],
  },
  {
    name: "new year's tax tables (hourly)",
    before: {
      input: hourly({ payDate: "2025-12-26", ytd: { socialSecurityWages: "60000", medicareWages: "60000" } }),
    },
    after: { input: hourly({ payDate: "2026-01-09", ytd: {} }) },
    causes: ["tax_year"],
  },
  {
    name: "new year's tax tables (salaried, married)",
    before: {
      input: salaried("5000.00", {
        payDate: "2025-12-31",
        federalW4: { version: 2020, filingStatus: "married_jointly" },
        ytd: { socialSecurityWages: "100000", medicareWages: "100000" },
      }),
    },
    after: {
      input: salaried("5000.00", {
        payDate: "2026-01-14",
        federalW4: { version: 2020, filingStatus: "married_jointly" },
        ytd: {},
      }),
    },
    causes: ["tax_year"],
  },
  {
    name: "Social Security wage base reached mid-check",
    before: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "150000", medicareWages: "150000" } }),
    },
    after: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "180000", medicareWages: "180000" } }),
    },
    causes: ["social_security_wage_base"],
  },
  {
    name: "Social Security wage base already passed",
    before: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "170000", medicareWages: "170000" } }),
    },
    after: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "184500", medicareWages: "186000" } }),
    },
    causes: ["social_security_wage_base"],
  },
  {
    name: "Social Security starts again at the new year",
    before: {
      input: salaried("10000.00", {
        payDate: "2025-12-26",
        ytd: { socialSecurityWages: "176100", medicareWages: "180000" },
      }),
    },
    after: { input: salaried("10000.00", { payDate: "2026-01-09", ytd: {} }) },
    causes: ["social_security_wage_base", "tax_year"],
  },
  {
    name: "Additional Medicare starts",
    before: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "184500", medicareWages: "185000" } }),
    },
    after: {
      input: salaried("10000.00", { ytd: { socialSecurityWages: "184500", medicareWages: "195000" } }),
    },
    causes: ["additional_medicare"],
  },
  {
    name: "401(k) limit reached part-way",
    before: {
      input: salaried("10000.00", {
        deductions: [{ code: "401k", amount: "1000.00" }],
        ytd: { socialSecurityWages: "20000", medicareWages: "20000", k401Deferrals: "20000" },
      }),
    },
    after: {
      input: salaried("10000.00", {
        deductions: [{ code: "401k", amount: "1000.00" }],
        ytd: { socialSecurityWages: "30000", medicareWages: "30000", k401Deferrals: "24000" },
      }),
    },
    causes: ["401k_limit"],
  },
  {
    name: "401(k) limit already reached: nothing more goes in",
    before: {
      input: salaried("10000.00", {
        deductions: [{ code: "401k", amount: "1000.00" }],
        ytd: { socialSecurityWages: "30000", medicareWages: "30000", k401Deferrals: "24000" },
      }),
    },
    after: {
      input: salaried("10000.00", {
        deductions: [{ code: "401k", amount: "1000.00" }],
        ytd: { socialSecurityWages: "40000", medicareWages: "40000", k401Deferrals: "24500" },
      }),
    },
    causes: ["401k_limit"],
  },
  {
    name: "HSA limit reached",
    before: {
      input: hourly({
        hsaCoverage: "self",
        deductions: [{ code: "hsa_section125", amount: "200.00" }],
        ytd: { socialSecurityWages: "10000", medicareWages: "10000", hsa: "3000" },
      }),
    },
    after: {
      input: hourly({
        hsaCoverage: "self",
        deductions: [{ code: "hsa_section125", amount: "200.00" }],
        ytd: { socialSecurityWages: "12000", medicareWages: "12000", hsa: "4300" },
      }),
    },
    causes: ["hsa_limit"],
  },
  {
    name: "moved from Pennsylvania to New Jersey",
    before: { input: hourly() },
    after: { input: hourly({ workState: "NJ" }) },
    causes: ["work_state"],
  },
  {
    name: "moved from Pennsylvania to Texas",
    before: { input: hourly() },
    after: { input: hourly({ workState: "TX" }) },
    causes: ["work_state"],
  },
  {
    name: "Maryland county changed",
    before: { input: hourly({ workState: "MD", stateW4: { allowances: 1, locality: "Baltimore City" } }) },
    after: { input: hourly({ workState: "MD", stateW4: { allowances: 1, locality: "Montgomery" } }) },
    causes: ["locality"],
  },
  {
    name: "moved home from Pittsburgh to Cumberland Township, working in Pittsburgh",
    before: { input: hourly({ localities: { home: "PA:700102", work: "PA:700102" } }) },
    after: { input: hourly({ localities: { home: "PA:010401", work: "PA:700102" } }) },
    causes: ["locality"],
  },
  {
    name: "federal W-4 filing status to married",
    before: { input: hourly() },
    after: { input: hourly({ federalW4: { version: 2020, filingStatus: "married_jointly" } }) },
    causes: ["federal_w4"],
  },
  {
    name: "federal W-4 extra withholding",
    before: { input: hourly() },
    after: {
      input: hourly({ federalW4: { version: 2020, filingStatus: "single", step4cExtraWithholding: "50" } }),
    },
    causes: ["federal_w4"],
  },
  {
    name: "state certificate allowances (Illinois)",
    before: { input: hourly({ workState: "IL", stateW4: { allowances: 1 } }) },
    after: { input: hourly({ workState: "IL", stateW4: { allowances: 3 } }) },
    causes: ["state_w4"],
  },
  {
    name: "net pay could not cover the Roth 401(k): the rest is carried",
    before: {
      input: salaried("300.00", {
        deductions: [{ code: "roth_401k", amount: "100.00" }],
        deductionArrears: [],
      }),
    },
    after: {
      input: salaried("300.00", {
        deductions: [{ code: "roth_401k", amount: "400.00" }],
        deductionArrears: [],
      }),
    },
    causes: ["deduction", "deduction_arrears"],
  },
  {
    name: "the next check takes what the last one could not cover",
    before: {
      input: salaried("3000.00", {
        deductions: [{ code: "roth_401k", amount: "100.00" }],
        deductionArrears: [],
      }),
    },
    after: {
      input: salaried("3000.00", {
        deductions: [{ code: "roth_401k", amount: "100.00" }],
        deductionArrears: [{ code: "roth_401k", amount: "75.00" }],
      }),
    },
    causes: ["deduction_arrears"],
  },
  {
    name: "net pay could not cover the medical premium: the rest is carried and the pay it sheltered taxed",
    before: {
      input: salaried("300.00", {
        deductions: [{ code: "section125_medical", amount: "100.00" }],
        deductionArrears: [],
      }),
    },
    after: {
      input: salaried("300.00", {
        deductions: [{ code: "section125_medical", amount: "400.00" }],
        deductionArrears: [],
      }),
    },
    causes: ["deduction", "deduction_arrears"],
  },
  {
    name: "the next check takes the medical premium the last one could not cover",
    before: {
      input: salaried("3000.00", {
        deductions: [{ code: "section125_medical", amount: "100.00" }],
        deductionArrears: [],
      }),
    },
    after: {
      input: salaried("3000.00", {
        deductions: [{ code: "section125_medical", amount: "100.00" }],
        deductionArrears: [{ code: "section125_medical", amount: "75.00" }],
      }),
    },
    causes: ["deduction_arrears"],
  },
  {
    name: "the same pay rounded a cent apart is no change",
    before: {
      input: hourly({
        earnings: [
          { code: "regular", hours: "40", rate: "28.111125" },
          { code: "regular", hours: "40", rate: "28.111125" },
        ],
      }),
    },
    after: { input: hourly({ earnings: [{ code: "regular", hours: "80", rate: "28.111125" }] }) },
    causes: ["rounding"],
  },
];

describe("explainPaycheckDifference on engine-built paycheck pairs", () => {
  it("covers at least 30 pairs", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of CASES) {
    it(`names exactly the cause of: ${c.name}`, () => {
      const { causes } = causesOf(c.before, c.after);
      expect(causes.map((x) => x.kind).sort()).toEqual([...c.causes].sort());
      for (const cause of causes) expect(cause.text.length).toBeGreaterThan(10);
    });
  }

  it("says a check a cent larger is essentially the same, and which way it went", () => {
    const c = CASES.find((x) => x.causes[0] === "rounding")!;
    const { verdict } = causesOf(c.before, c.after);
    expect(verdict.essentiallySame).toBe(true);
    expect(verdict.direction).toBe("bigger");
    expect(verdict.netChange).toBe("0.01");
  });

  it("says smaller when fewer hours were paid, with the net change the engine's", () => {
    const before = paycheck({ input: hourly() });
    const after = paycheck({
      input: hourly({ earnings: [{ code: "regular", hours: "72", rate: "30.00" }] }),
    });
    const { verdict } = explainPaycheckDifference(before, after);
    expect(verdict.direction).toBe("smaller");
    expect(verdict.essentiallySame).toBe(false);
    expect(verdict.netChange).toBe(Money.of(after.outcome.net).minus(Money.of(before.outcome.net)).toFixed());
  });

  it("names the before-tax deduction carried and taken, and says the pay it sheltered was taxed", () => {
    const short = CASES.find((x) => x.name.startsWith("net pay could not cover the medical premium"))!;
    const carried = causesOf(short.before, short.after).causes.find((c) => c.kind === "deduction_arrears")!;
    expect(carried.text).toMatch(
      /was not taken \(Medical premium \(Section 125\) \$[\d.,]+\) and is carried/,
    );
    expect(carried.text).toContain("What was not taken before tax was taxed as wages");
    const next = CASES.find((x) => x.name.startsWith("the next check takes the medical premium"))!;
    expect(causesOf(next.before, next.after).causes.map((c) => c.text)).toEqual([
      "This check also took $75.00 of deductions earlier paychecks could not cover (Medical premium (Section 125) $75.00).",
    ]);
  });

  it("names only what the figures show when no input was kept", () => {
    const before = paycheck({ input: hourly() });
    const after = paycheck({
      input: hourly({ federalW4: { version: 2020, filingStatus: "married_jointly" } }),
    });
    const { causes } = explainPaycheckDifference(
      { payDate: before.payDate, outcome: before.outcome },
      { payDate: after.payDate, outcome: after.outcome },
    );
    expect(causes.map((x) => x.kind)).toEqual(["unexplained"]);
  });
});

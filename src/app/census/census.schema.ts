import { z } from "zod";
import { splitProblem } from "../../core/banking/bank-account";
import { COVERAGE_TIERS, PLAN_TYPES } from "../../core/benefits/plan";
import { isIsoDate } from "../../core/calendar/iso-date";
import { localityProblem } from "../../core/payroll/local-taxes";
import { transitDistrictProblem } from "../../core/payroll/transit-districts";
import { CLIENT_ROLES } from "../../core/policy/actor";
import { PAY_FREQUENCIES } from "../../core/tables/us/pay-periods";
import { CensusBankAccountSchema, FundingAccountSchema, splitOf } from "../banking/bank-account.schema";
import { HolidayCalendarSchema } from "../timesheets/client-settings.schema";

/**
 * The client census (docs/contracts.md §4): the file `aso import` reads to onboard or update one
 * client employer, its benefit plans and its employees. Objects are strict: an unknown key (a typo,
 * or data we must not hold such as an SSN) is an error naming its JSON path.
 */

/** A decimal string: money, rates, hours ("1234.50", "0.0307", "-3"). Never a JS number. */
export const DecimalString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "1234.50"');

const NonNegativeDecimal = DecimalString.refine((v) => !v.startsWith("-"), "must not be negative");

/** A calendar date, ISO `YYYY-MM-DD`, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(isIsoDate, "is not a valid calendar date");

/** Employer Identification Number, `NN-NNNNNNN`. */
export const Ein = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{7}$/, "must be an EIN in the form NN-NNNNNNN");

/** US states, DC and Puerto Rico (USPS codes). */
export const US_STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "PR",
] as const;
const UsState = z.enum(US_STATES, { error: "must be a US state code such as PA" });

const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}, "must be an IANA time zone such as America/New_York");

export const PayFrequency = z.enum(PAY_FREQUENCIES);

export { COVERAGE_TIERS, type CoverageTier, PLAN_TYPES } from "../../core/benefits/plan";

/**
 * A GUID-shaped id (8-4-4-4-12). Letters beyond hex are tolerated so that readable placeholder ids
 * such as the demo tenant `00000000-0000-0000-0000-00000000acme` pass; real tenants are hex GUIDs.
 */
const Guid = z
  .string()
  .trim()
  .regex(/^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i, "must be a GUID");

const nullableId = z.string().trim().min(1).nullable().optional();

const Employer = z.strictObject({
  ein: Ein,
  name: z.string().trim().min(1),
  state: UsState,
  payFrequency: PayFrequency,
  sutaRate: NonNegativeDecimal.refine((v) => Number(v) < 1, "is a fraction (0.0307 for 3.07%)"),
  sutaWageBase: NonNegativeDecimal,
  workersComp: z.strictObject({
    classCode: z.string().trim().min(1),
    ratePer100: NonNegativeDecimal,
    experienceMod: NonNegativeDecimal,
  }),
  slackTeamId: nullableId,
  teamsTenantId: Guid.nullable().optional(),
  timezone: TimeZone.default("America/New_York"),
  /** 0 = Sunday … 6 = Saturday: the fixed FLSA workweek start. */
  workweekStartDay: z.number().int().min(0).max(6).default(0),
  /**
   * The client's paid holidays, not charged to PTO: `"us_federal"` (default), `"none"`, a list of
   * dates that replaces the federal set, or `{ base, add, remove }` (src/app/timesheets/client-settings.schema.ts).
   */
  holidays: HolidayCalendarSchema.optional(),
  /** Client policies (PTO accrual, payroll cutoff…), validated by the domain that reads them. */
  settings: z.record(z.string(), z.unknown()).default({}),
  /** The account each payroll file debits for the employees' net pay (optional). */
  fundingAccount: FundingAccountSchema.optional(),
});

const TierPremium = z.strictObject({ employee: NonNegativeDecimal, employer: NonNegativeDecimal });
const Limits = z.strictObject({ individual: NonNegativeDecimal, family: NonNegativeDecimal });

const Plan = z.strictObject({
  code: z.string().trim().min(1).max(40),
  type: z.enum(PLAN_TYPES),
  name: z.string().trim().min(1),
  planYear: z.number().int().min(2000).max(2100),
  /** Per-pay-period premiums by coverage tier. Plans without premiums (401k, FSA) may omit it. */
  tiers: z.partialRecord(z.enum(COVERAGE_TIERS), TierPremium).default({}),
  deductible: Limits.nullable().optional(),
  outOfPocketMax: Limits.nullable().optional(),
  /** Plan documents (file names) in the client's knowledge base. */
  documents: z.array(z.string().trim().min(1)).default([]),
  /** Extra plan rules (eligibility, pre-tax, windows), validated by the benefits domain. */
  rules: z.record(z.string(), z.unknown()).default({}),
});

const FederalW4 = z.discriminatedUnion("version", [
  z.strictObject({
    version: z.literal(2020),
    filingStatus: z.enum(["single", "married_jointly", "married_separately", "head_of_household"]),
    step2Checkbox: z.boolean().default(false),
    step3Credits: NonNegativeDecimal.default("0"),
    step4aOtherIncome: NonNegativeDecimal.default("0"),
    step4bDeductions: NonNegativeDecimal.default("0"),
    step4cExtraWithholding: NonNegativeDecimal.default("0"),
    exempt: z.boolean().default(false),
  }),
  z.strictObject({
    version: z.literal(2019),
    filingStatus: z.enum(["single", "married"]),
    allowances: z.number().int().min(0).max(99),
    extraWithholding: NonNegativeDecimal.default("0"),
    exempt: z.boolean().default(false),
  }),
]);

const StateW4 = z.strictObject({
  filingStatus: z.string().trim().min(1).optional(),
  allowances: z.number().int().min(0).max(99).default(0),
  additionalAllowances: z.number().int().min(0).max(99).default(0),
  dependents: z.number().int().min(0).max(99).optional(),
  extraWithholding: NonNegativeDecimal.default("0"),
  rateTable: z.enum(["A", "B", "C", "D", "E"]).optional(),
  locality: z.string().trim().min(1).max(40).optional(),
  annualAllowance: NonNegativeDecimal.optional(),
  exempt: z.boolean().optional(),
});

/** A place code, upper-cased, that `problemOf` must know; `what` names it in the error. */
const placeCode = (what: string, problemOf: (code: string) => string | undefined) =>
  z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((s) => s.toUpperCase())
    .superRefine((code, ctx) => {
      const problem = problemOf(code);
      if (problem) ctx.addIssue({ code: "custom", message: `unknown ${what} "${code}" (${problem})` });
    });

/** Home and work locality codes for local taxes (`aso paycheck`'s `localities`); each must name a known place. */
const LocalityCode = placeCode("locality", localityProblem);

/** The Metro/Multnomah OPT form: opted out, or an amount to withhold each check. */
const OregonLocalElection = z
  .strictObject({ optOut: z.boolean().optional(), amountPerPeriod: NonNegativeDecimal.optional() })
  .refine((e) => !(e.optOut && e.amountPerPeriod !== undefined), {
    message: "opted out and a designated amount cannot both be given",
  });

/** The Oregon transit district the work is done in (`OR:TRIMET`, `OR:LTD`): an employer-paid tax. */
const TransitDistrictCode = placeCode("transit district", transitDistrictProblem);

const Localities = z.strictObject({
  home: LocalityCode.optional(),
  work: LocalityCode.optional(),
  transitDistrict: TransitDistrictCode.optional(),
  certificate: z
    .strictObject({
      allowances: z.number().int().min(0).max(99).optional(),
      extraWithholding: NonNegativeDecimal.optional(),
      exempt: z.boolean().optional(),
      localServicesTaxExempt: z.boolean().optional(),
      metroShs: OregonLocalElection.optional(),
      multnomahPfa: OregonLocalElection.optional(),
    })
    .optional(),
});

const Pay = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("hourly"), rate: NonNegativeDecimal }),
  z
    .strictObject({
      type: z.literal("salary"),
      /** Salary per pay period. */
      rate: NonNegativeDecimal.optional(),
      /** Annual salary; converted to a per-period amount with the client's pay frequency. */
      annual: NonNegativeDecimal.optional(),
    })
    .refine((p) => (p.rate === undefined) !== (p.annual === undefined), {
      message: "give exactly one of rate (per pay period) or annual",
    }),
]);

const Deduction = z
  .strictObject({
    code: z.string().trim().min(1),
    amount: NonNegativeDecimal.optional(),
    percent: NonNegativeDecimal.optional(),
  })
  .refine((d) => (d.amount === undefined) !== (d.percent === undefined), {
    message: "give exactly one of amount or percent",
  });

const Enrollment = z.strictObject({
  /** A plan code from `plans` (or already on file for this client). */
  plan: z.string().trim().min(1),
  tier: z.enum(COVERAGE_TIERS).default("employee"),
  /** Coverage start; default: the later of the hire date and the plan year's first day. */
  effectiveFrom: IsoDate.optional(),
});

const Ytd = z.object({ year: z.number().int().min(2000).max(2100).optional() }).catchall(DecimalString);

const Employee = z.strictObject({
  externalId: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1),
  email: z.email().transform((e) => e.trim().toLowerCase()),
  slackUserId: nullableId,
  teamsUserId: nullableId,
  managerExternalId: nullableId,
  roles: z.array(z.enum(CLIENT_ROLES)).min(1).default(["employee"]),
  hireDate: IsoDate,
  terminationDate: IsoDate.nullable().optional(),
  workState: UsState,
  pay: Pay,
  federalW4: FederalW4,
  stateW4: StateW4.nullable().optional(),
  /** Where the employee lives and works for local taxes; absent or null → no local tax. */
  localities: Localities.nullable().optional(),
  ptoBalanceHours: DecimalString.default("0"),
  enrollments: z.array(Enrollment).default([]),
  deductions: z.array(Deduction).default([]),
  ytd: Ytd.default({}),
  timezone: TimeZone.nullable().optional(),
  /** Date of birth (personal data): the age-50 and age-60–63 401(k) catch-up and the age-55 HSA limit. */
  birthDate: IsoDate.nullable().optional(),
  /** Stated on employment verification letters when given. */
  jobTitle: z.string().trim().min(1).max(100).nullable().optional(),
  /**
   * Direct-deposit accounts (optional; absent leaves the accounts on file as they are): fixed
   * amounts and percents in the order given, exactly one `remainder: true` account.
   */
  bankAccounts: z.array(CensusBankAccountSchema).min(1).max(10).optional(),
});

function duplicates<T>(items: readonly T[], key: (t: T) => string | null | undefined) {
  const seen = new Map<string, number>();
  const found: { index: number; value: string; first: number }[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (value === null || value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else found.push({ index, value, first });
  });
  return found;
}

/** The whole census file, with the checks that span rows (duplicates, plan tiers, manager loops). */
export const CensusFileSchema = z
  .strictObject({
    employer: Employer,
    plans: z.array(Plan).default([]),
    employees: z.array(Employee).min(1),
  })
  .superRefine((census, ctx) => {
    for (const d of duplicates(census.plans, (p) => `${p.code}\0${p.planYear}`)) {
      ctx.addIssue({
        code: "custom",
        path: ["plans", d.index, "code"],
        message: `duplicate plan ${d.value.split("\0")[0]} for plan year (also plans[${d.first}])`,
      });
    }
    for (const d of duplicates(census.employees, (e) => e.externalId)) {
      ctx.addIssue({
        code: "custom",
        path: ["employees", d.index, "externalId"],
        message: `duplicate externalId ${d.value} (also employees[${d.first}])`,
      });
    }
    for (const d of duplicates(census.employees, (e) => e.email)) {
      ctx.addIssue({
        code: "custom",
        path: ["employees", d.index, "email"],
        message: `duplicate email ${d.value} (also employees[${d.first}])`,
      });
    }
    for (const [field, label] of [
      ["slackUserId", "Slack user id"],
      ["teamsUserId", "Teams user id"],
    ] as const) {
      for (const d of duplicates(census.employees, (e) => e[field])) {
        ctx.addIssue({
          code: "custom",
          path: ["employees", d.index, field],
          message: `duplicate ${label} ${d.value} (also employees[${d.first}])`,
        });
      }
    }
    const accountHolder = new Map<string, string>();
    census.employees.forEach((employee, i) => {
      const accounts = employee.bankAccounts ?? [];
      const problem = accounts.length > 0 ? splitProblem(accounts.map(splitOf)) : null;
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["employees", i, "bankAccounts"], message: problem });
      }
      accounts.forEach((account, j) => {
        const key = `${account.routingNumber}:${account.accountNumber}`;
        const holder = accountHolder.get(key);
        if (holder !== undefined) {
          // Never the number itself: the message names only who else gave it.
          ctx.addIssue({
            code: "custom",
            path: ["employees", i, "bankAccounts", j, "accountNumber"],
            message:
              holder === employee.externalId
                ? "the same account is listed twice"
                : `the same account is given for employee ${holder}`,
          });
        }
        accountHolder.set(key, employee.externalId);
      });
    });
    census.employees.forEach((employee, i) => {
      if (employee.managerExternalId && employee.managerExternalId === employee.externalId) {
        ctx.addIssue({
          code: "custom",
          path: ["employees", i, "managerExternalId"],
          message: "an employee cannot be their own manager",
        });
      }
      if (employee.terminationDate && employee.terminationDate < employee.hireDate) {
        ctx.addIssue({
          code: "custom",
          path: ["employees", i, "terminationDate"],
          message: "is before the hire date",
        });
      }
      for (const d of duplicates(employee.enrollments, (e) => e.plan)) {
        ctx.addIssue({
          code: "custom",
          path: ["employees", i, "enrollments", d.index, "plan"],
          message: `duplicate enrollment in ${d.value} (also enrollments[${d.first}])`,
        });
      }
      employee.enrollments.forEach((enrollment, j) => {
        const plans = census.plans.filter((p) => p.code === enrollment.plan);
        // Plans not in the file are resolved against the database at import time.
        if (plans.length === 0) return;
        const withTiers = plans.filter((p) => Object.keys(p.tiers).length > 0);
        if (withTiers.length > 0 && !withTiers.some((p) => p.tiers[enrollment.tier] !== undefined)) {
          ctx.addIssue({
            code: "custom",
            path: ["employees", i, "enrollments", j, "tier"],
            message: `plan ${enrollment.plan} has no ${enrollment.tier} tier`,
          });
        }
      });
    });
    // Manager loops within the file (A manages B manages A).
    const byId = new Map(census.employees.map((e, i) => [e.externalId, { e, i }]));
    census.employees.forEach((employee, i) => {
      const seen = new Set<string>([employee.externalId]);
      let next = employee.managerExternalId;
      while (next) {
        if (seen.has(next)) {
          if (next === employee.externalId && employee.managerExternalId !== employee.externalId) {
            ctx.addIssue({
              code: "custom",
              path: ["employees", i, "managerExternalId"],
              message: `manager chain loops back to ${employee.externalId}`,
            });
          }
          break;
        }
        seen.add(next);
        next = byId.get(next)?.e.managerExternalId;
      }
    });
  });

export type CensusFile = z.infer<typeof CensusFileSchema>;
export type CensusEmployer = CensusFile["employer"];
export type CensusPlan = CensusFile["plans"][number];
export type CensusEmployee = CensusFile["employees"][number];
export type CensusEnrollment = CensusEmployee["enrollments"][number];

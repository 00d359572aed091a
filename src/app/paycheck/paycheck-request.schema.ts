import { z } from "zod";
import { isIsoDate } from "../../core/calendar/iso-date";
import { DEDUCTION_CODES, STATE_FILING_STATUSES } from "../../core/payroll/paycheck-input";
import { PAY_FREQUENCIES } from "../../core/tables/us/pay-periods";

/** A decimal string with at most 12 digits before the point and 6 after: no exponent, no 40-digit rates. */
export const DECIMAL = /^\d{1,12}(\.\d{1,6})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Sanity limits per request. A line above them is a typing error, not a pay: hours beyond a
 * month's (31 × 24) in one earning line, an hourly rate over $10,000, an amount over $100 million.
 * Compared as numbers: the strings are already bounded to 12 digits, which doubles hold exactly.
 */
export const LIMITS = { hours: 744, rate: 10_000, amount: 100_000_000 } as const;

const DECIMAL_MESSAGE = 'must be a non-negative decimal string like "12.50" (at most 12 digits, 6 decimals)';

/** A non-negative decimal string ("1234.50"); JSON numbers are refused for money. */
const decimalString = z.string().regex(DECIMAL, DECIMAL_MESSAGE);
const bounded = (max: number, what: string) =>
  decimalString.refine((s) => Number(s) <= max, `${what} must be at most ${max.toLocaleString("en-US")}`);
const rate = bounded(LIMITS.rate, "an hourly rate");
const amount = bounded(LIMITS.amount, "an amount");
/** Hours may come as a decimal string or a JSON number; a number must read as such a string too. */
const hours = z
  .union([
    decimalString,
    z
      .number()
      .nonnegative()
      .finite()
      .transform((n) => String(n)),
  ])
  .refine((s) => DECIMAL.test(s), DECIMAL_MESSAGE)
  .refine((s) => Number(s) <= LIMITS.hours, `hours must be at most ${LIMITS.hours} in one line`);
const isoDate = z
  .string()
  .regex(ISO_DATE, "must be an ISO date YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const percent = decimalString.refine((s) => Number(s) <= 100, "must be at most 100");

const EarningSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("regular"), hours, rate }),
  z.object({ code: z.literal("overtime"), hours, rate }),
  z.object({ code: z.literal("salary"), amount, hours: hours.optional() }),
  z.object({ code: z.literal("bonus"), amount, nondiscretionary: z.boolean().optional() }),
]);

const W4From2020Schema = z.object({
  version: z.literal(2020),
  filingStatus: z.enum(["single", "married_jointly", "married_separately", "head_of_household"]),
  step2Checkbox: z.boolean().optional(),
  step3Credits: decimalString.optional(),
  step4aOtherIncome: decimalString.optional(),
  step4bDeductions: decimalString.optional(),
  step4cExtraWithholding: decimalString.optional(),
  exempt: z.boolean().optional(),
  /** When an exempt claim lapses (February 15 after the year claimed); later pay dates withhold as Single. */
  exemptExpires: isoDate.optional(),
});

const W4Before2020Schema = z.object({
  version: z.literal(2019),
  filingStatus: z.enum(["single", "married"]),
  allowances: z.number().int().min(0).max(99),
  extraWithholding: decimalString.optional(),
  exempt: z.boolean().optional(),
  exemptExpires: isoDate.optional(),
});

/** `version` is the form's year: 2020 or later → the redesigned W-4, 2019 or earlier → the allowance form. */
const FederalW4Schema = z.preprocess(
  (v) => {
    if (
      v &&
      typeof v === "object" &&
      "version" in v &&
      typeof v.version === "number" &&
      Number.isInteger(v.version)
    )
      return { ...v, version: v.version >= 2020 ? 2020 : 2019 };
    return v;
  },
  z.discriminatedUnion("version", [W4From2020Schema, W4Before2020Schema]),
);

const DeductionSchema = z
  .object({
    code: z.enum(DEDUCTION_CODES),
    amount: decimalString.optional(),
    percent: percent.optional(),
  })
  .refine((d) => (d.amount === undefined) !== (d.percent === undefined), {
    message: "give exactly one of amount or percent",
  });

/** A locality code (`PA:<PSD code>`, `NY:NYC`, …); whether it names a known place is the engine's check. */
/** The Metro/Multnomah OPT form: opted out, or an amount to withhold each check. */
const oregonLocalElection = z
  .object({ optOut: z.boolean().optional(), amountPerPeriod: decimalString.optional() })
  .refine((e) => !(e.optOut && e.amountPerPeriod !== undefined), {
    message: "opted out and a designated amount cannot both be given",
  });

const localityCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((s) => s.toUpperCase());

const TimesheetSchema = z.object({
  rate: decimalString,
  rule: z.enum(["flsa", "california"]),
  workweekStart: z.string().optional(),
  days: z.array(z.tuple([isoDate, hours])).min(1),
});

/**
 * One `aso paycheck` request line (docs/contracts.md §3). Beyond the contract it accepts
 * optional `age`, `hsaCoverage`, `supplementalMethod`, `aggregateWith`, `priorYearFicaWages`, `wageRecovery`, `stateSupplementalMethod`, `deductionArrears`, `ytd.socialSecurityTax`, `ytd.supplementalWages`, YTD limit figures (`ytd.k401Deferrals`, `ytd.hsa`, `ytd.healthFsa`,
 * `ytd.dependentCareFsa`), `stateW4.filingStatus` / `annualAllowance` / `exempt`, `timesheet.workweekStart`,
 * and `localities` with `ytd.localServicesTax` (local taxes; docs/contracts.md).
 * Unknown fields are ignored.
 */
export const PaycheckRequestSchema = z
  .object({
    id: z.string().optional(),
    payDate: isoDate,
    payFrequency: z.enum(PAY_FREQUENCIES),
    earnings: z.array(EarningSchema).optional(),
    timesheet: TimesheetSchema.optional(),
    federalW4: FederalW4Schema,
    workState: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "must be a two-letter state code")
      .transform((s) => s.toUpperCase())
      .optional(),
    stateW4: z
      .object({
        allowances: z.number().int().min(0).max(99).optional(),
        additionalAllowances: z.number().int().min(0).max(99).optional(),
        dependents: z.number().int().min(0).max(99).optional(),
        extraWithholding: decimalString.optional(),
        filingStatus: z.enum(STATE_FILING_STATUSES).optional(),
        rateTable: z.enum(["A", "B", "C", "D", "E"]).optional(),
        locality: z.string().trim().min(1).max(40).optional(),
        annualAllowance: decimalString.optional(),
        exempt: z.boolean().optional(),
      })
      .optional(),
    deductions: z.array(DeductionSchema).optional(),
    ytd: z
      .object({
        socialSecurityWages: decimalString.optional(),
        socialSecurityTax: decimalString.optional(),
        supplementalWages: decimalString.optional(),
        medicareWages: decimalString.optional(),
        futaWages: decimalString.optional(),
        sutaWages: decimalString.optional(),
        k401Deferrals: decimalString.optional(),
        hsa: decimalString.optional(),
        localServicesTax: decimalString.optional(),
        healthFsa: decimalString.optional(),
        dependentCareFsa: decimalString.optional(),
      })
      .optional(),
    employer: z
      .object({
        sutaRate: decimalString.optional(),
        sutaWageBase: decimalString.optional(),
        futaCreditReduction: decimalString.optional(),
        workersComp: z
          .object({
            classCode: z.string().min(1),
            ratePer100: decimalString,
            experienceMod: decimalString.optional(),
          })
          .optional(),
      })
      .optional(),
    age: z.number().int().min(0).max(130).optional(),
    birthDate: z.iso.date().optional(),
    hsaCoverage: z.enum(["self", "family"]).optional(),
    supplementalMethod: z.enum(["flat", "aggregate"]).optional(),
    localities: z
      .object({
        home: localityCode.optional(),
        work: localityCode.optional(),
        transitDistrict: localityCode.optional(),
        certificate: z
          .object({
            allowances: z.number().int().min(0).max(99).optional(),
            extraWithholding: decimalString.optional(),
            exempt: z.boolean().optional(),
            localServicesTaxExempt: z.boolean().optional(),
            metroShs: oregonLocalElection.optional(),
            multnomahPfa: oregonLocalElection.optional(),
          })
          .optional(),
      })
      .optional(),
    priorYearFicaWages: decimalString.optional(),
    wageRecovery: decimalString.optional(),
    stateSupplementalMethod: z.enum(["flat"]).optional(),
    deductionArrears: z.array(z.object({ code: z.enum(DEDUCTION_CODES), amount: decimalString })).optional(),
    aggregateWith: z
      .object({ regularWages: decimalString, federalIncomeTaxWithheld: decimalString.optional() })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.earnings === undefined && r.timesheet === undefined)
      ctx.addIssue({ code: "custom", path: ["earnings"], message: "Required (or give a timesheet)" });
    if (r.earnings && r.earnings.length === 0 && r.timesheet === undefined)
      ctx.addIssue({ code: "custom", path: ["earnings"], message: "at least one earning line is required" });
    if (r.employer && (r.employer.sutaRate === undefined) !== (r.employer.sutaWageBase === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["employer", r.employer.sutaRate === undefined ? "sutaRate" : "sutaWageBase"],
        message: "sutaRate and sutaWageBase go together",
      });
  });

export type PaycheckRequest = z.infer<typeof PaycheckRequestSchema>;

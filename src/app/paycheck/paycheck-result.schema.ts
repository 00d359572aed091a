import { z } from "zod";

const cents = z.string().regex(/^-?\d+\.\d{2}$/, "must have exactly two decimals");

/** One `aso paycheck` result line (docs/contracts.md §3), plus the engine's extra fields. */
export const PaycheckResultSchema = z.object({
  id: z.string().optional(),
  gross: cents,
  earnings: z.array(
    z.object({
      code: z.enum(["regular", "overtime", "double_time", "salary", "bonus", "overtime_premium"]),
      amount: cents,
      hours: z.string().optional(),
      rate: z.string().optional(),
    }),
  ),
  taxableWages: z.object({
    federalIncomeTax: cents,
    socialSecurity: cents,
    medicare: cents,
    futa: cents,
    suta: cents,
    state: cents,
    workersComp: cents,
  }),
  employeeTaxes: z.object({
    federalIncomeTax: cents,
    socialSecurity: cents,
    medicare: cents,
    additionalMedicare: cents,
    stateIncomeTax: cents,
  }),
  deductions: z.array(
    z.object({
      code: z.string(),
      amount: cents,
      preTax: z.boolean(),
      requested: cents.optional(),
      capped: z.boolean().optional(),
      arrears: z.literal(true).optional(),
    }),
  ),
  net: cents,
  employerTaxes: z.object({ socialSecurity: cents, medicare: cents, futa: cents, suta: cents }),
  workersCompPremium: cents,
  wageRecovery: cents.optional(),
  deductionArrears: z.array(z.object({ code: z.string(), amount: cents })).optional(),
  overtimePremium: z.object({ total: cents, flsaQualified: cents, stateOnly: cents }),
  explanation: z.array(z.string()),
  statePrograms: z
    .array(z.object({ code: z.string(), name: z.string(), wages: z.string(), amount: z.string() }))
    .optional(),
  localTaxes: z
    .array(
      z.object({ code: z.string(), name: z.string(), jurisdiction: z.string(), wages: cents, amount: cents }),
    )
    .optional(),
  employerLocalTaxes: z
    .array(
      z.object({ code: z.string(), name: z.string(), jurisdiction: z.string(), wages: cents, amount: cents }),
    )
    .optional(),
  unverifiedTables: z.array(z.string()).optional(),
});

export type PaycheckResultJson = z.infer<typeof PaycheckResultSchema>;

/** A failed line: the request's id (or null when unreadable) and one line naming the field at fault. */
export const PaycheckErrorSchema = z.object({ id: z.string().nullable(), error: z.string() });

import { z } from "zod";
import {
  ACCOUNT_TYPES,
  accountNumberProblem,
  type DepositSplit,
  routingNumberProblem,
} from "../../core/banking/bank-account";

/**
 * Bank account input at the edges (census rows, chat forms). The checks live in the core
 * (`routingNumberProblem`, `accountNumberProblem`); messages name the field and never echo the number.
 */
const digits = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ""));

export const RoutingNumber = digits.superRefine((v, ctx) => {
  const problem = routingNumberProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const AccountNumber = digits.superRefine((v, ctx) => {
  const problem = accountNumberProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const AccountType = z.enum(ACCOUNT_TYPES, { error: "must be checking or savings" });

const PositiveDecimal = z
  .string()
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, 'must be an amount such as "250.00"');

/** One deposit account of an employee in the census: exactly one of amount, percent or remainder. */
export const CensusBankAccountSchema = z
  .strictObject({
    routingNumber: RoutingNumber,
    accountNumber: AccountNumber,
    accountType: AccountType.default("checking"),
    amount: PositiveDecimal.optional(),
    percent: z
      .string()
      .trim()
      .regex(/^\d+(\.\d{1,4})?$/, 'must be a percent such as "10"')
      .optional(),
    remainder: z.boolean().optional(),
    /** Accounts already proven elsewhere (moving from another payroll provider) skip the prenote. */
    prenote: z.enum(["required", "passed"]).default("required"),
  })
  .refine(
    (a) =>
      [a.amount !== undefined, a.percent !== undefined, a.remainder === true].filter(Boolean).length === 1,
    {
      message: "give exactly one of amount, percent or remainder: true",
    },
  );
export type CensusBankAccount = z.infer<typeof CensusBankAccountSchema>;

/** The employer's funding account, debited for each payroll file's credits. */
export const FundingAccountSchema = z.strictObject({
  routingNumber: RoutingNumber,
  accountNumber: AccountNumber,
  accountType: AccountType.default("checking"),
});
export type FundingAccount = z.infer<typeof FundingAccountSchema>;

export function splitOf(account: Pick<CensusBankAccount, "amount" | "percent">): DepositSplit {
  if (account.amount !== undefined) return { kind: "amount", amount: account.amount };
  if (account.percent !== undefined) return { kind: "percent", percent: account.percent };
  return { kind: "remainder" };
}

import { z } from "zod";
import {
  DEFAULT_DEPOSIT_RULES,
  type DepositRules,
  type Form941Schedule,
} from "../../core/ledger/deposit-schedule";
import {
  STATE_WITHHOLDING_FREQUENCIES,
  type StateWithholdingFrequency,
} from "../../core/tables/states/deposit-frequencies";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";

const Money = z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be a decimal amount, e.g. "1234.50"');
const Rate = z.string().regex(/^\d+(\.\d+)?$/, 'must be a decimal fraction, e.g. "0.012"');

/**
 * The payroll part of `ClientEmployer.settings.payroll` (other domains own other keys). All optional:
 * - `depositSchedule`: force the 941 schedule; otherwise it comes from `lookbackTaxes` (total 941 taxes of
 *   the lookback period), else from the ledger's own 941 liabilities in the lookback period, else monthly.
 * - `retirementDeposit`: 401(k) rule (default: small-plan safe harbor, 7 business days).
 * - `payDateLagDays`: default pay date = period end + this many days (default 5), moved back to a business day.
 */
export const PayrollSettingsSchema = z.object({
  depositSchedule: z.enum(["monthly", "semiweekly"]).optional(),
  lookbackTaxes: Money.optional(),
  retirementDeposit: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("business_days_after_pay_date"), days: z.number().int().min(0).max(30) }),
      z.object({ kind: z.literal("business_day_of_next_month"), n: z.number().int().min(1).max(23) }),
    ])
    .optional(),
  stateWithholdingDayOfNextMonth: z.number().int().min(1).max(31).optional(),
  carrierDayOfNextMonth: z.number().int().min(1).max(31).optional(),
  hsaBusinessDays: z.number().int().min(0).max(30).optional(),
  workersCompDayOfNextMonth: z.number().int().min(1).max(31).optional(),
  payDateLagDays: z.number().int().min(0).max(31).optional(),
  futaCreditReduction: Rate.optional(),
  /**
   * The client's explicit, audited choice (`aso payroll carry-forward`) to pay on the latest tax tables
   * when none covers the pay date yet; every paycheck so computed lists its unverified tables.
   */
  carryForwardTables: z.boolean().optional(),
  /**
   * The withholding deposit frequency each state assigned the client (`{"PA": "semimonthly"}`); a state
   * without one uses its table's default (src/core/tables/states/deposit-frequencies.ts), and the
   * deposit calendar says so. `eighth_monthly` (Delaware's W-1A) and `quad_monthly` (Kansas) were
   * added later; a frequency the state's table does not have is listed unscheduled.
   */
  stateDepositFrequencies: z
    .record(
      z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code"),
      z.enum(STATE_WITHHOLDING_FREQUENCIES),
    )
    .optional(),
});

export type PayrollSettings = {
  depositSchedule: Form941Schedule | undefined;
  lookbackTaxes: string | undefined;
  rules: Omit<DepositRules, "form941">;
  payDateLagDays: number;
  futaCreditReduction: string;
  carryForwardTables: boolean;
  stateDepositFrequencies: Readonly<Record<string, StateWithholdingFrequency>>;
};

/** Reads `settings.payroll` of a client; a bad value is an `input.invalid` error naming the field. */
export function payrollSettingsOf(settings: Record<string, unknown>): PayrollSettings {
  const parsed = PayrollSettingsSchema.safeParse(settings.payroll ?? {});
  if (!parsed.success)
    throw new DomainError("input.invalid", `client settings.payroll.${formatZodIssue(parsed.error)}`);
  const s = parsed.data;
  return {
    depositSchedule: s.depositSchedule,
    lookbackTaxes: s.lookbackTaxes,
    rules: {
      retirement: s.retirementDeposit ?? DEFAULT_DEPOSIT_RULES.retirement,
      stateWithholdingDayOfNextMonth:
        s.stateWithholdingDayOfNextMonth ?? DEFAULT_DEPOSIT_RULES.stateWithholdingDayOfNextMonth,
      carrierDayOfNextMonth: s.carrierDayOfNextMonth ?? DEFAULT_DEPOSIT_RULES.carrierDayOfNextMonth,
      hsaBusinessDays: s.hsaBusinessDays ?? DEFAULT_DEPOSIT_RULES.hsaBusinessDays,
      workersCompDayOfNextMonth:
        s.workersCompDayOfNextMonth ?? DEFAULT_DEPOSIT_RULES.workersCompDayOfNextMonth,
      garnishmentBusinessDays: DEFAULT_DEPOSIT_RULES.garnishmentBusinessDays,
    },
    payDateLagDays: s.payDateLagDays ?? 5,
    futaCreditReduction: s.futaCreditReduction ?? "0",
    carryForwardTables: s.carryForwardTables ?? false,
    stateDepositFrequencies: s.stateDepositFrequencies ?? {},
  };
}

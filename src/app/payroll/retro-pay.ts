import { Decimal } from "../../core/money/decimal";
import { computeRetroPay } from "../../core/payroll/retro-pay";
import type { Actor } from "../../core/policy/actor";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { DECIMAL } from "../paycheck/paycheck-request.schema";
import { type PayrollDeps, requireClient, requirePayrollManager } from "./payroll-deps";
import { startPayRun } from "./start-pay-run";

/** The adjustment line that carries retro pay (paid as a supplemental earning). */
export const RETRO_PAY_CODE = "retro_pay";

/** Posted paychecks read back for retro pay: more than two years of weekly checks. */
const LOOKBACK_CHECKS = 120;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type PayRetroInput = {
  clientEin: string;
  employeeId: string;
  /** The new hourly rate. */
  newRate: string;
  /** The day the new rate took effect: the first day of a pay period already paid. */
  effectiveFrom: string;
  /** The pay period of the adjustment run that pays it (the next check's). */
  periodEnd: string;
  payDate?: string;
  /** Idempotency key: the same key never pays twice. */
  requestKey: string;
};

/**
 * Retro pay for a raise effective in periods already paid: the difference on every hour paid since
 * (computed from the posted paychecks' hour lines), paid on an adjustment run for the employee that
 * goes through calculation and approval like any run. The key makes it idempotent: asking again
 * returns the run created the first time, whatever was posted since.
 */
export async function payRetro(
  deps: PayrollDeps & { queue: QueueRuntime },
  actor: Actor,
  input: PayRetroInput,
): Promise<{ run: PayRunRecord; amount: string; explanation: string[] }> {
  if (!DECIMAL.test(input.newRate) || !new Decimal(input.newRate).gt(0))
    throw new DomainError(
      "input.invalid",
      `--rate: must be a positive amount, got ${JSON.stringify(input.newRate)}`,
    );
  if (!ISO_DATE.test(input.effectiveFrom) || Number.isNaN(Date.parse(input.effectiveFrom)))
    throw new DomainError(
      "input.invalid",
      `--effective: must be a date YYYY-MM-DD, got ${JSON.stringify(input.effectiveFrom)}`,
    );
  if (input.requestKey.trim() === "") throw new DomainError("input.invalid", "--key: must not be empty");
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);

  const existing = await deps.runs.findByKey(client.id, input.requestKey);
  const earlier = existing?.adjustments?.[input.employeeId]?.find((l) => l.code === RETRO_PAY_CODE);
  if (existing && earlier) return { run: existing, amount: earlier.amount, explanation: [] };

  const paid = await deps.runs.latestPaychecks(input.employeeId, LOOKBACK_CHECKS);
  const retro = computeRetroPay(
    paid.map((p) => p.figures),
    new Decimal(input.newRate),
    input.effectiveFrom,
  );
  const amount = retro.amount.toFixed(2);
  const run = await startPayRun(deps, actor, {
    clientEin: input.clientEin,
    periodEnd: input.periodEnd,
    ...(input.payDate === undefined ? {} : { payDate: input.payDate }),
    adjustments: { [input.employeeId]: [{ code: RETRO_PAY_CODE, amount }] },
    requestKey: input.requestKey,
  });
  return { run, amount, explanation: retro.explanation };
}

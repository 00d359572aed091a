import { Money } from "../../core/money/money";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import { type PayrollDeps, requireClient, requirePayrollManager } from "./payroll-deps";

const CENTS = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * Records wages overpaid to an employee earlier in the year, to recover from their next regular
 * paychecks: each takes off its wages as much as it earns until the amount is recovered (counted
 * when its run posts, given back if that run is voided). Idempotent by key; payroll managers only.
 */
export async function recordWageRecovery(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; employeeId: string; amount: string; requestKey: string },
): Promise<{ id: string; amount: string; created: boolean }> {
  if (!CENTS.test(input.amount) || !Money.of(input.amount).isPositive())
    throw new DomainError(
      "input.invalid",
      `--amount: must be a positive amount in cents, got ${JSON.stringify(input.amount)}`,
    );
  if (input.requestKey.trim() === "") throw new DomainError("input.invalid", "--key: must not be empty");
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const recorded = await deps.runs.recordRecovery({
    clientId: client.id,
    employeeId: input.employeeId,
    amount: input.amount,
    requestKey: input.requestKey,
    createdBy: actorLabel(actor),
    audit: auditEntry(actor, "payroll.wage_recovery.record"),
  });
  if (
    !recorded.created &&
    (recorded.employeeId !== input.employeeId || !Money.of(recorded.amount).equals(Money.of(input.amount)))
  )
    throw new DomainError(
      "input.invalid",
      `--key: ${input.requestKey} was already used for another recovery; use a new key`,
      { userMessage: "That request key was already used for a different recovery." },
    );
  return { id: recorded.id, amount: recorded.amount, created: recorded.created };
}

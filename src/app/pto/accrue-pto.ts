import { computePtoAccrual } from "../../core/pto/accrual";
import type { PtoType } from "../../core/pto/pto-types";
import type { PayFrequency } from "../../core/tables/us/pay-periods";
import { DomainError } from "../../errors/domain-error";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import type { TimesheetDeps } from "../timesheets/deps";

/** Employees credited per transaction: one transaction each was most of a large run's approval. */
const ACCRUAL_BATCH = 2_000;

export type AccruePtoResult = {
  credited: { employeeId: string; type: PtoType; hours: string }[];
  /** Employee/type pairs this period was already credited for (a re-run changes nothing). */
  skipped: number;
};

/**
 * Credit one pay period's PTO accrual to every employee of a client employed in it, by the client's
 * tenure tiers and caps. Idempotent per employee, type and period end (ledger reference
 * `accrual:<periodEnd>`): the payroll run calls it when a run is approved; a re-run credits nothing.
 */
export async function accruePto(
  deps: Pick<TimesheetDeps, "timesheets" | "pto">,
  input: { clientId: string; periodStart: string; periodEnd: string },
): Promise<AccruePtoResult> {
  const client = await deps.timesheets.findClient(input.clientId);
  if (!client) throw new DomainError("record.not_found", `client ${input.clientId} not found`);
  const policies = clientTimePolicies(client.settings);
  const employees = await deps.timesheets.findAccruing(input.clientId);
  const result: AccruePtoResult = { credited: [], skipped: 0 };
  for (let i = 0; i < employees.length; i += ACCRUAL_BATCH) {
    const batch = employees.slice(i, i + ACCRUAL_BATCH);
    const byId = new Map(batch.map((e) => [e.id, e]));
    const done = await deps.pto.accrueBatch({
      employees: batch,
      periodEnd: input.periodEnd,
      compute: (employeeId, type, balance) => {
        const employee = byId.get(employeeId)!;
        return computePtoAccrual({
          policy: policies.pto,
          type,
          payFrequency: client.payFrequency as PayFrequency,
          hireDate: employee.hireDate,
          terminationDate: employee.terminationDate,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          balance,
        }).hours;
      },
      audit: { actorKind: "system", actorId: null, action: "pto.accrue" },
    });
    result.credited.push(...done.credited);
    result.skipped += done.skipped;
  }
  return result;
}

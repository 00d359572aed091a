import type { PayRunRecord } from "../../db/payroll-run-repository";
import { retryTransient } from "../retry-transient";
import { forgetRunContext } from "./calculate-paycheck";
import type { PayrollDeps } from "./payroll-deps";

export type CalculationSummary = {
  runId: string;
  status: string;
  employees: number;
  calculated: number;
  skipped: number;
  errors: number;
  /** Employees still without a paycheck (the run stays `calculating` until they have one). */
  missing: number;
};

/** The employees a run pays: the adjustment lines' employees, or those active in the period. */
export async function expectedEmployees(deps: PayrollDeps, run: PayRunRecord): Promise<string[]> {
  return run.adjustments
    ? Object.keys(run.adjustments)
    : deps.inputs.activeEmployeeIds(run.clientId, run.periodStart, run.periodEnd);
}

/** The run's employees without a paycheck yet, in the run's order. The database is the source of truth. */
export async function missingEmployees(deps: PayrollDeps, run: PayRunRecord): Promise<string[]> {
  const have = await deps.runs.employeeIdsWithPaycheck(run.id);
  if (have.size >= run.employeeCount && !run.adjustments) return [];
  return (await expectedEmployees(deps, run)).filter((id) => !have.has(id));
}

/**
 * Closes a run's calculation when every employee has a paycheck: `calculating` → `calculated` (with
 * error paychecks this is the "calculated with errors" condition: approval waits until they are
 * recalculated or the employees excluded). When employees are still missing (a chunk that failed or
 * was lost with the queue) nothing is written and the run stays `calculating`: the caller starts
 * another round for them (`resumeCalculation`). A missing paycheck never becomes an error paycheck.
 * Idempotent; database errors are retried.
 */
export async function finishCalculation(deps: PayrollDeps, runId: string): Promise<CalculationSummary> {
  return retryTransient(async () => {
    const run = await deps.runs.findById(runId);
    if (!run) throw new Error(`pay run ${runId} not found`);
    let missing = 0;
    if (run.status === "calculating") {
      missing = (await missingEmployees(deps, run)).length;
      if (missing === 0) {
        await deps.runs.transition(runId, ["calculating"], "calculated", {
          audit: { actorKind: "system", actorId: null, action: "payroll.run.calculated" },
        });
        forgetRunContext(deps, runId);
      }
    }
    const after = await deps.runs.findById(runId);
    const progress = await deps.runs.progress(runId);
    return {
      runId,
      status: after?.status ?? run.status,
      employees: run.employeeCount,
      calculated: progress.calculated,
      skipped: progress.skipped,
      errors: progress.errors,
      missing,
    };
  });
}

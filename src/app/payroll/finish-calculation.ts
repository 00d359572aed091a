import { forgetRunContext } from "./calculate-paycheck";
import type { PayrollDeps } from "./payroll-deps";

export type CalculationSummary = {
  runId: string;
  status: string;
  employees: number;
  calculated: number;
  skipped: number;
  errors: number;
};

/**
 * Closes a run's calculation once its children are done: any employee still without a paycheck (a
 * child that failed for good, or stalled past its limit) gets an error paycheck, then the run moves
 * `calculating` → `calculated`. With error paychecks this is the "calculated with errors" condition:
 * the run cannot be approved until they are recalculated or the employees excluded. Idempotent.
 */
export async function finishCalculation(deps: PayrollDeps, runId: string): Promise<CalculationSummary> {
  const run = await deps.runs.findById(runId);
  if (!run) throw new Error(`pay run ${runId} not found`);
  if (run.status === "calculating") {
    const have = await deps.runs.employeeIdsWithPaycheck(runId);
    if (have.size < run.employeeCount) {
      const expected = run.adjustments
        ? Object.keys(run.adjustments)
        : await deps.inputs.activeEmployeeIds(run.clientId, run.periodStart, run.periodEnd);
      const missing = expected.filter((id) => !have.has(id));
      await deps.runs.insertPaychecks(
        missing.map((employeeId) => ({
          runId,
          clientId: run.clientId,
          employeeId,
          payDate: run.payDate,
          status: "error" as const,
          errorCode: "payroll.calculation_failed",
          error: "the calculation did not complete; recalculate the run's errors",
        })),
      );
    }
    await deps.runs.transition(runId, ["calculating"], "calculated", {
      audit: { actorKind: "system", actorId: null, action: "payroll.run.calculated" },
    });
    forgetRunContext(deps, runId);
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
  };
}

import { paycheckImbalance } from "../../core/ledger/journal";
import type { PayableHours } from "../../core/timesheets/payable-hours";
import type { PayrollClient, PayrollEmployee } from "../../db/payroll-inputs-repository";
import type { NewPaycheck, PayRunRecord, YtdDelta } from "../../db/payroll-run-repository";
import { isDomainError } from "../../errors/domain-error";
import { buildPaycheckInput, toPaycheckFigures, ytdDeltaOf } from "./build-paycheck-input";
import type { PayrollDeps } from "./payroll-deps";
import { type PayrollSettings, payrollSettingsOf } from "./payroll-settings";

/** Everything a run's paycheck jobs share, loaded once per run per process. */
type RunContext = {
  run: PayRunRecord;
  client: PayrollClient;
  settings: PayrollSettings;
  employees: Map<string, PayrollEmployee>;
  hours: ReadonlyMap<string, PayableHours>;
  ytd: Map<string, YtdDelta>;
};

const contexts = new WeakMap<PayrollDeps, Map<string, Promise<RunContext>>>();

async function loadContext(deps: PayrollDeps, runId: string): Promise<RunContext> {
  const run = await deps.runs.findById(runId);
  if (!run) throw new Error(`pay run ${runId} not found`);
  const client = await deps.inputs.clientById(run.clientId);
  if (!client) throw new Error(`client ${run.clientId} not found`);
  const [employees, hours, ytd] = await Promise.all([
    deps.inputs.employees(client.id),
    run.kind === "regular"
      ? deps.payableHours(deps.db, {
          clientId: client.id,
          periodStart: run.periodStart,
          periodEnd: run.periodEnd,
        })
      : Promise.resolve(new Map<string, PayableHours>()),
    deps.runs.ytd(client.id, Number(run.payDate.slice(0, 4))),
  ]);
  return { run, client, settings: payrollSettingsOf(client.settings), employees, hours, ytd };
}

/** The shared context of a run; the newest few runs are kept per process. */
function runContext(deps: PayrollDeps, runId: string): Promise<RunContext> {
  let byRun = contexts.get(deps);
  if (!byRun) {
    byRun = new Map();
    contexts.set(deps, byRun);
  }
  let found = byRun.get(runId);
  if (!found) {
    found = loadContext(deps, runId);
    found.catch(() => byRun.delete(runId));
    byRun.set(runId, found);
    while (byRun.size > 3) byRun.delete(byRun.keys().next().value as string);
  }
  return found;
}

/**
 * Starts loading a run's context now (when this process also runs the workers, the load overlaps with
 * enqueueing the flow). Errors are left for the jobs to meet.
 */
export function prefetchRunContext(deps: PayrollDeps, runId: string): void {
  runContext(deps, runId).catch(() => undefined);
}

/** Forget a run's cached context (after it finishes calculating). */
export function forgetRunContext(deps: PayrollDeps, runId: string): void {
  contexts.get(deps)?.delete(runId);
}

export type CalculateOutcome = "calculated" | "error" | "skipped" | "not_calculating";

/**
 * Calculates one employee's paycheck for a run with the payroll engine and stores it under the unique
 * (runId, employeeId): a retried or duplicated job finds the first paycheck and writes nothing more. A
 * domain failure (unsupported state, negative net pay…) is stored as an error paycheck naming why, so
 * the run ends `calculated` with errors listed. On `finalAttempt`, any other failure is stored the same
 * way instead of being rethrown.
 */
export async function calculatePaycheck(
  deps: PayrollDeps,
  payload: { runId: string; employeeId: string },
  options: { finalAttempt?: boolean } = {},
): Promise<CalculateOutcome> {
  const ctx = await runContext(deps, payload.runId);
  if (ctx.run.status !== "calculating") {
    // A recalculation re-reads the run (its status in the cache may be stale).
    const fresh = await deps.runs.findById(payload.runId);
    if (fresh?.status !== "calculating") return "not_calculating";
  }
  const { run, client } = ctx;
  const base = { runId: run.id, clientId: client.id, employeeId: payload.employeeId, payDate: run.payDate };
  const fail = async (errorCode: string, error: string): Promise<CalculateOutcome> => {
    await deps.writer.write({ ...base, status: "error", errorCode, error });
    return "error";
  };
  const employee = ctx.employees.get(payload.employeeId);
  if (!employee) return fail("record.not_found", "employee not found at this client");
  let row: NewPaycheck;
  try {
    const plan = buildPaycheckInput({
      client,
      employee,
      settings: ctx.settings,
      payDate: run.payDate,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      hours: ctx.hours.get(employee.id),
      postedYtd: ctx.ytd.get(employee.id),
      ...(run.adjustments ? { adjustmentLines: run.adjustments[employee.id] ?? [] } : {}),
    });
    if (plan.input.earnings.length === 0 && !plan.input.timesheet) {
      // Nothing to pay (an hourly employee with no approved time): recorded, not an error.
      await deps.writer.write({
        ...base,
        status: "skipped",
        error: "no approved time or salary for the period",
      });
      return "skipped";
    }
    const result = deps.computePaycheck(plan.input);
    const figures = toPaycheckFigures(plan, result, {
      employeeId: employee.id,
      payDate: run.payDate,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      workState: employee.workState,
    });
    const imbalance = paycheckImbalance(figures);
    if (imbalance) return fail("payroll.unbalanced_paycheck", imbalance);
    row = {
      ...base,
      status: "calculated",
      figures,
      explanation: result.explanation,
      ytdDelta: ytdDeltaOf(figures),
    };
  } catch (error) {
    if (isDomainError(error)) return fail(error.code, error.userMessage);
    if (options.finalAttempt)
      return fail("payroll.calculation_failed", (error as Error).message ?? String(error));
    throw error;
  }
  await deps.writer.write(row);
  return "calculated";
}

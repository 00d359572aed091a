import { paycheckImbalance } from "../../core/ledger/journal";
import { arrearsToCarryIn } from "../../core/payroll/deduction-arrears";
import type { DeductionCode } from "../../core/payroll/paycheck-input";
import type { PayableHours } from "../../core/timesheets/payable-hours";
import type { NewPaycheck } from "../../db/payroll-run-repository";
import { isDomainError } from "../../errors/domain-error";
import { isTransientError } from "../../errors/transient";
import { type RetryOptions, retryTransient } from "../retry-transient";
import { buildPaycheckInput, toPaycheckFigures, ytdDeltaOf } from "./build-paycheck-input";
import type { PayrollDeps } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";
import type { RunContext } from "./run-context";

async function loadContext(deps: PayrollDeps, runId: string): Promise<RunContext> {
  const run = await deps.runs.findById(runId);
  if (!run) throw new Error(`pay run ${runId} not found`);
  const client = await deps.inputs.clientById(run.clientId);
  if (!client) throw new Error(`client ${run.clientId} not found`);
  const [employees, hours, ytd, imported, recoveries, arrears] = await Promise.all([
    deps.inputs.employees(client.id),
    run.kind === "regular"
      ? deps.payableHours({
          clientId: client.id,
          periodStart: run.periodStart,
          periodEnd: run.periodEnd,
        })
      : Promise.resolve(new Map<string, PayableHours>()),
    deps.runs.ytd(client.id, Number(run.payDate.slice(0, 4))),
    deps.taxTables.byTable(),
    run.kind === "regular"
      ? deps.runs.outstandingRecoveries(client.id)
      : Promise.resolve(new Map<string, string>()),
    run.kind === "regular" ? arrearsOfRun(deps, client.id, run.id) : Promise.resolve(undefined),
  ]);
  const settings = payrollSettingsOf(client.settings);
  const tables = { imported, carryForward: settings.carryForwardTables };
  // A W-4 signed while this run was under way applies from a later pay date: this run pays with the
  // certificate it replaced.
  const seen = new Set<string>();
  for (const c of await deps.inputs.certificatesNotYetInForce(client.id, run.payDate)) {
    const employee = employees.get(c.employeeId);
    if (!employee || seen.has(c.employeeId) || c.replacedFederalW4 === null) continue;
    seen.add(c.employeeId);
    employees.set(c.employeeId, { ...employee, federalW4: c.replacedFederalW4, stateW4: c.replacedStateW4 });
  }
  return {
    run,
    client,
    settings,
    employees,
    hours,
    ytd,
    tables,
    recoveries,
    ...(arrears ? { arrears } : {}),
  };
}

/** The arrears each employee's paycheck in a regular run carries in (posted, less other open runs'). */
async function arrearsOfRun(
  deps: PayrollDeps,
  clientId: string,
  runId: string,
): Promise<Map<string, { code: DeductionCode; amount: string }[]>> {
  const [balances, pending] = await Promise.all([
    deps.runs.arrearsBalances(clientId),
    deps.runs.pendingArrears(clientId, runId),
  ]);
  const out = new Map<string, { code: DeductionCode; amount: string }[]>();
  for (const [employeeId, balance] of balances) {
    const carry = arrearsToCarryIn(balance, pending.get(employeeId) ?? []);
    if (carry.length > 0) out.set(employeeId, carry);
  }
  return out;
}

/** The shared context of a run, kept in the bundle's cache. */
function runContext(deps: PayrollDeps, runId: string): Promise<RunContext> {
  return deps.runContexts.get(runId, () => loadContext(deps, runId));
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
  deps.runContexts.forget(runId);
}

export type CalculateOutcome = "calculated" | "error" | "skipped" | "not_calculating";

/**
 * One employee's paycheck row for a run, computed by the payroll engine. Pure over the loaded
 * context: whatever throws here is deterministic for this input (a domain rejection such as an
 * unsupported state or negative net pay, or a defect the same input would hit again), so it becomes
 * an error paycheck naming why. Database and queue failures never reach this point.
 */
function paycheckRow(ctx: RunContext, employeeId: string, deps: PayrollDeps): NewPaycheck {
  const { run, client } = ctx;
  const base = { runId: run.id, clientId: client.id, employeeId, payDate: run.payDate };
  const employee = ctx.employees.get(employeeId);
  if (!employee)
    return {
      ...base,
      status: "error",
      errorCode: "record.not_found",
      error: "employee not found at this client",
    };
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
      ...(ctx.recoveries.has(employee.id) ? { wageRecovery: ctx.recoveries.get(employee.id)! } : {}),
      ...(ctx.arrears ? { deductionArrears: ctx.arrears.get(employee.id) ?? [] } : {}),
      ...(run.adjustments ? { adjustmentLines: run.adjustments[employee.id] ?? [] } : {}),
    });
    if (plan.input.earnings.length === 0 && !plan.input.timesheet) {
      // Nothing to pay (an hourly employee with no approved time): recorded, not an error.
      return { ...base, status: "skipped", error: "no approved time or salary for the period" };
    }
    const result = deps.computePaycheck(plan.input, ctx.tables);
    const figures = toPaycheckFigures(plan, result, {
      employeeId: employee.id,
      payDate: run.payDate,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      workState: employee.workState,
    });
    const imbalance = paycheckImbalance(figures);
    if (imbalance)
      return { ...base, status: "error", errorCode: "payroll.unbalanced_paycheck", error: imbalance };
    return {
      ...base,
      status: "calculated",
      figures,
      explanation: result.explanation,
      ytdDelta: ytdDeltaOf(figures),
      basis: { input: plan.input, benefits: plan.benefits },
    };
  } catch (error) {
    if (isDomainError(error))
      return { ...base, status: "error", errorCode: error.code, error: error.userMessage };
    return {
      ...base,
      status: "error",
      errorCode: "payroll.calculation_failed",
      error: "the payroll engine could not calculate this paycheck",
    };
  }
}

/** Options of the calculation steps that touch the database. */
export type CalculationOptions = { signal?: AbortSignal | undefined; retry?: RetryOptions };

/** The run's context, retried while the database is away. */
async function loadRunContext(deps: PayrollDeps, runId: string, options: CalculationOptions) {
  return retryTransient(() => runContext(deps, runId), { ...options.retry, signal: options.signal });
}

async function stillCalculating(deps: PayrollDeps, ctx: RunContext, options: CalculationOptions) {
  if (ctx.run.status === "calculating") return true;
  // A recalculation re-reads the run (its status in the cache may be stale).
  const fresh = await retryTransient(() => deps.runs.findById(ctx.run.id), {
    ...options.retry,
    signal: options.signal,
  });
  return fresh?.status === "calculating";
}

/**
 * Calculates one employee's paycheck for a run and stores it under the unique (runId, employeeId): a
 * retried or duplicated call finds the first paycheck and writes nothing more. Transient database
 * errors are retried with backoff, then rethrown; they never become error paychecks.
 */
export async function calculatePaycheck(
  deps: PayrollDeps,
  payload: { runId: string; employeeId: string },
  options: CalculationOptions = {},
): Promise<CalculateOutcome> {
  const ctx = await loadRunContext(deps, payload.runId, options);
  if (!(await stillCalculating(deps, ctx, options))) return "not_calculating";
  const row = paycheckRow(ctx, payload.employeeId, deps);
  await retryTransient(() => deps.writer.write(row), { ...options.retry, signal: options.signal });
  return row.status;
}

const YIELD_EVERY_MS = 5;

export type ChunkOutcome = {
  outcome: "done" | "not_calculating";
  calculated: number;
  skipped: number;
  errors: number;
  /** Employees that already had a paycheck (a retried or duplicated chunk). */
  existing: number;
};

/**
 * Calculates a chunk of a run's employees (a few hundred) and stores their paychecks in one insert.
 * Idempotent per employee: employees that already have a paycheck in the run are skipped, and the
 * insert skips any (runId, employeeId) written meanwhile, so a chunk run twice (a killed worker, a
 * watchdog re-enqueue) writes each paycheck once. Database errors are retried with backoff and then
 * rethrown for the queue to retry the chunk; only the engine's deterministic failures become error
 * paychecks.
 */
export async function calculateChunk(
  deps: PayrollDeps,
  payload: { runId: string; employeeIds: readonly string[] },
  options: CalculationOptions = {},
): Promise<ChunkOutcome> {
  const retry = { ...options.retry, signal: options.signal };
  const ctx = await loadRunContext(deps, payload.runId, options);
  const counts = { calculated: 0, skipped: 0, errors: 0, existing: 0 };
  if (!(await stillCalculating(deps, ctx, options))) return { outcome: "not_calculating", ...counts };
  const have = await retryTransient(
    () => deps.runs.paycheckEmployeeIds(payload.runId, payload.employeeIds),
    retry,
  );
  const rows: NewPaycheck[] = [];
  let slice = performance.now();
  for (const employeeId of payload.employeeIds) {
    // The engine is synchronous: give the event loop a turn every few milliseconds, so lock renewals,
    // HTTP requests and chat acknowledgements in the same process are not held up by a chunk.
    if (performance.now() - slice > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    if (have.has(employeeId)) {
      counts.existing++;
      continue;
    }
    const row = paycheckRow(ctx, employeeId, deps);
    if (row.status === "calculated") counts.calculated++;
    else if (row.status === "skipped") counts.skipped++;
    else counts.errors++;
    rows.push(row);
  }
  await storeRows(deps, rows, retry);
  return { outcome: "done", ...counts };
}

/**
 * Inserts the rows in one statement, retried while the failure is transient. A deterministic failure
 * of the batch (a figure the column cannot hold) is narrowed down row by row: the row at fault is
 * stored as an error paycheck, the others as they are.
 */
async function storeRows(deps: PayrollDeps, rows: NewPaycheck[], retry: RetryOptions): Promise<void> {
  if (rows.length === 0) return;
  try {
    await retryTransient(() => deps.runs.insertPaychecks(rows), retry);
  } catch (error) {
    if (isTransientError(error)) throw error;
    for (const row of rows) {
      try {
        await retryTransient(() => deps.runs.insertPaychecks([row]), retry);
      } catch (rowError) {
        if (isTransientError(rowError)) throw rowError;
        const { figures: _f, explanation: _e, ytdDelta: _y, basis: _b, ...base } = row;
        await retryTransient(
          () =>
            deps.runs.insertPaychecks([
              {
                ...base,
                status: "error",
                errorCode: "payroll.calculation_failed",
                error: "this paycheck's figures could not be stored",
              },
            ]),
          retry,
        );
      }
    }
  }
}

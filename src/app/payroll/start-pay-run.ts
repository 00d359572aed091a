import type { FlowJob } from "bullmq";
import { defaultPayDate, payPeriodEndingOn } from "../../core/ledger/pay-period";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import { payrollRunJob } from "../../queue/payroll-run.job";
import { payrollRunChunkJob } from "../../queue/payroll-run-chunk.job";
import { payrollRunPaycheckJob } from "../../queue/payroll-run-paycheck.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { prefetchRunContext } from "./calculate-paycheck";
import { type PayrollDeps, requireClient, requirePayrollManager } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type StartPayRunInput = {
  clientEin: string;
  periodEnd: string;
  payDate?: string;
  /** Adjustment (off-cycle) run: the lines to pay per employee id; the period may already have a run. */
  adjustments?: Record<string, { code: string; amount: string }[]>;
};

/**
 * Starts calculating a client's payroll for the pay period ending `periodEnd`: creates the run
 * (`calculating`) under the unique (client, period, sequence) key — a second regular run for the same
 * period is refused with `payroll.run_exists` — then, after the commit, enqueues one BullMQ flow: a
 * `payroll.run` parent with one `payroll.run-paycheck` child per employee. A child's failure never
 * fails the parent; the parent closes the run with the errors listed.
 */
export async function startPayRun(
  deps: PayrollDeps & { queue: QueueRuntime },
  actor: Actor,
  input: StartPayRunInput,
): Promise<PayRunRecord> {
  for (const [field, value] of [
    ["--period-end", input.periodEnd],
    ["--pay-date", input.payDate],
  ] as const) {
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))))
      throw new DomainError(
        "input.invalid",
        `${field}: must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
      );
  }
  const client = await requireClient(deps, input.clientEin);
  requirePayrollManager(actor, client);
  const settings = payrollSettingsOf(client.settings);
  let period: { start: string; end: string };
  try {
    period = payPeriodEndingOn(client.payFrequency, input.periodEnd);
  } catch (error) {
    throw new DomainError(
      "payroll.invalid_period",
      `--period-end: ${(error as Error).message} (${client.payFrequency})`,
    );
  }
  const payDate = input.payDate ?? defaultPayDate(period.end, settings.payDateLagDays);
  if (payDate < period.start)
    throw new DomainError(
      "input.invalid",
      `--pay-date: ${payDate} is before the period starts (${period.start})`,
    );

  let employeeIds: string[];
  let sequence = 0;
  if (input.adjustments) {
    employeeIds = Object.keys(input.adjustments);
    const known = await deps.inputs.employees(client.id, employeeIds);
    const unknown = employeeIds.find((id) => !known.has(id));
    if (unknown)
      throw new DomainError("input.invalid", `adjustments: employee ${unknown} is not at ${client.ein}`);
    sequence = await deps.runs.nextSequence(client.id, period.end);
  } else {
    employeeIds = await deps.inputs.activeEmployeeIds(client.id, period.start, period.end);
  }
  if (employeeIds.length === 0)
    throw new DomainError(
      "payroll.invalid_period",
      `no employees to pay at ${client.ein} for ${period.start}–${period.end}`,
    );

  const run = await deps.runs.create({
    clientId: client.id,
    kind: input.adjustments ? "adjustment" : "regular",
    sequence,
    periodStart: period.start,
    periodEnd: period.end,
    payDate,
    employeeCount: employeeIds.length,
    createdBy: actorLabel(actor),
    ...(input.adjustments ? { adjustments: input.adjustments } : {}),
    audit: auditEntry(actor, input.adjustments ? "payroll.adjustment_run.start" : "payroll.run.start"),
  });
  if (!run) {
    const existing = await deps.runs.find(client.id, period.end, sequence);
    throw new DomainError(
      "payroll.run_exists",
      `a pay run for ${client.ein} with period ending ${period.end} already exists (status ${existing?.status ?? "unknown"})`,
      { userMessage: `Payroll for the period ending ${period.end} has already been run.` },
    );
  }
  prefetchRunContext(deps, run.id);
  try {
    await enqueueCalculation(deps.queue, run.id, employeeIds);
  } catch (error) {
    await deps.runs.transition(run.id, ["calculating"], "failed", {
      failureReason: `could not enqueue the calculation: ${(error as Error).message}`,
    });
    throw error;
  }
  return run;
}

/** Employees per middle node of the flow (see `payrollRunChunkJob`). */
export const PAYCHECKS_PER_CHUNK = 250;

/**
 * Enqueues (or re-enqueues: jobIds are business keys) the calculation flow of a run: the `payroll.run`
 * parent, `payroll.run-chunk` nodes of up to 250 employees, one `payroll.run-paycheck` per employee.
 * A paycheck or chunk failing never fails its parent (the run's parent lists what is missing).
 */
export async function enqueueCalculation(
  queue: QueueRuntime,
  runId: string,
  employeeIds: readonly string[],
  attempt?: string,
) {
  const keep = { failParentOnFailure: false, ignoreDependencyOnFailure: true };
  const round = attempt ? { attempt } : {};
  const chunks: FlowJob[] = [];
  for (let i = 0; i * PAYCHECKS_PER_CHUNK < employeeIds.length; i++) {
    const children = employeeIds
      .slice(i * PAYCHECKS_PER_CHUNK, (i + 1) * PAYCHECKS_PER_CHUNK)
      .map((employeeId) =>
        payrollRunPaycheckJob.flowNode(queue, { runId, employeeId, ...round }, { opts: keep }),
      );
    chunks.push(payrollRunChunkJob.flowNode(queue, { runId, chunk: i, ...round }, { children, opts: keep }));
  }
  await queue.flowProducer().add(payrollRunJob.flowNode(queue, { runId, ...round }, { children: chunks }));
}

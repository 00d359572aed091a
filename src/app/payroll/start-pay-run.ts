import { defaultPayDate, payPeriodEndingOn } from "../../core/ledger/pay-period";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { prefetchRunContext } from "./calculate-paycheck";
import { enqueueCalculation } from "./enqueue-calculation";
import { type PayrollDeps, requireClient, requirePayrollManager } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";
import { resumeCalculation } from "./resume-pay-run";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type StartPayRunInput = {
  clientEin: string;
  periodEnd: string;
  payDate?: string;
  /** Adjustment (off-cycle) run: the lines to pay per employee id; the period may already have a run. */
  adjustments?: Record<string, { code: string; amount: string }[]>;
  /**
   * Idempotency key of an adjustment run: a run already created under it is returned as it is when
   * it pays the same lines, refused when it pays others.
   */
  requestKey?: string;
  /** When the period's run exists but its calculation never finished, resume it instead of refusing. */
  resume?: boolean;
  /** Told when `resume` picked up an unfinished run instead of creating one. */
  onResume?: (run: PayRunRecord) => void;
};

/**
 * Starts calculating a client's payroll for the pay period ending `periodEnd`: refuses at once when the
 * job queue does not answer (`queue.unavailable`, nothing created), creates the run (`calculating`)
 * under the unique (client, period, sequence) key — a second regular run for the same period is refused
 * with `payroll.run_exists`, unless `resume` and its calculation never finished — then, after the
 * commit, enqueues one BullMQ flow: a `payroll.run` parent with one `payroll.run-chunk` child per 250
 * employees. The database stays the source of truth: what a lost queue forgets, the watchdog
 * (`resumeCalculation`) enqueues again.
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
  await requirePayrollManager(deps, actor, client);
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

  if (input.requestKey !== undefined) {
    if (!input.adjustments) throw new Error("a request key names an adjustment run");
    const existing = await deps.runs.findByKey(client.id, input.requestKey);
    if (existing) return sameAdjustments(existing, input.adjustments, input.requestKey);
  }

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

  await requireQueue(deps.queue);
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
    ...(input.requestKey === undefined ? {} : { requestKey: input.requestKey }),
    audit: auditEntry(actor, input.adjustments ? "payroll.adjustment_run.start" : "payroll.run.start"),
  });
  if (!run) {
    // Another request under the same key won the race.
    const keyed =
      input.requestKey === undefined ? null : await deps.runs.findByKey(client.id, input.requestKey);
    if (keyed && input.adjustments) return sameAdjustments(keyed, input.adjustments, input.requestKey!);
    const existing = await deps.runs.find(client.id, period.end, sequence);
    if (existing && input.resume && RESUMABLE.includes(existing.status)) {
      input.onResume?.(existing);
      await resumeCalculation(deps, existing.id);
      return (await deps.runs.findById(existing.id)) ?? existing;
    }
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
    // The run stays `calculating`: the watchdog of any worker (or `aso payroll run` again) resumes it
    // once the queue answers. Nothing is left that blocks the period.
    throw new DomainError(
      "queue.unavailable",
      `the job queue did not accept the pay run (${oneLine(error)}); it is saved and resumes when the queue is back (run the same command again)`,
      { cause: error },
    );
  }
  return run;
}

/** The run created earlier under `requestKey`, when it pays exactly `adjustments`. */
function sameAdjustments(
  run: PayRunRecord,
  adjustments: NonNullable<StartPayRunInput["adjustments"]>,
  requestKey: string,
): PayRunRecord {
  // Compared line by line: stored JSON does not keep key order.
  const linesOf = (a: Record<string, { code: string; amount: string }[]> | null) =>
    Object.entries(a ?? {})
      .map(([employee, lines]) => `${employee}:${lines.map((l) => `${l.code}=${l.amount}`).join(",")}`)
      .sort()
      .join(";");
  if (linesOf(run.adjustments) !== linesOf(adjustments))
    throw new DomainError(
      "input.invalid",
      `--key: ${requestKey} was already used for another adjustment (period ending ${run.periodEnd}); use a new key`,
      { userMessage: "That request key was already used for a different adjustment." },
    );
  return run;
}

/** Statuses a `resume` start picks up instead of refusing: an unfinished calculation. */
const RESUMABLE: readonly string[] = ["calculating", "failed"];

function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split("\n")[0]!
    .slice(0, 200);
}

/** Refuses at once, in one line, when the job queue does not answer (nothing is created). */
export async function requireQueue(queue: QueueRuntime): Promise<void> {
  try {
    await queue.ping();
  } catch (error) {
    throw new DomainError(
      "queue.unavailable",
      `the job queue (${queue.backend}) is unreachable: ${oneLine(error)}; nothing was started`,
      { cause: error },
    );
  }
}

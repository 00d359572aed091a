import { isoDay } from "../../core/calendar/iso-date";
import {
  assertBalanced,
  type JournalEntry,
  paycheckReversalEntry,
  reverseEntry,
} from "../../core/ledger/journal";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { depositRulesFor } from "./approve-pay-run";
import { forgetRunContext } from "./calculate-paycheck";
import { enqueueCalculation } from "./enqueue-calculation";
import { type PayrollDeps, requireClient, requirePayrollManager, requireRun } from "./payroll-deps";
import { requireQueue } from "./start-pay-run";

type RunRef = { clientEin: string; periodEnd: string; sequence?: number };

/**
 * Voids a posted run: posts the reversing entry (same lines, debits and credits swapped, dated today)
 * and subtracts its paychecks from year-to-date, in one transaction. Nothing is deleted. Idempotent.
 */
export async function voidPayRun(deps: PayrollDeps, actor: Actor, input: RunRef): Promise<PayRunRecord> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status === "voided") return run;
  if (run.status !== "posted")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; only a posted run can be voided`,
      { userMessage: "Only a posted pay run can be voided." },
    );
  // The run's reversal swaps its whole posted entry: a paycheck already reversed would be twice.
  if ((await deps.runs.voidedPaychecks(run.id)) > 0)
    throw new DomainError(
      "payroll.run_invalid_state",
      "the pay run has paychecks voided one by one; void its other paychecks one by one too",
      { userMessage: "Some paychecks of this pay run were voided one by one; void the others the same way." },
    );
  const original = await deps.ledger.entryOfRun(run.id, run.kind === "adjustment" ? "adjustment" : "pay_run");
  if (!original) throw new Error(`posted run ${run.id} has no journal entry`);
  const entry: JournalEntry = { clientEin: client.ein, runId: run.id, ...original } as JournalEntry;
  const today = isoDay(deps.clock.now());
  const reversal = reverseEntry(entry, today, `Void of ${original.description}`);
  await deps.runs.void({
    run,
    reversal,
    totals: assertBalanced(reversal),
    voidedBy: actorLabel(actor),
    now: deps.clock.now(),
    audit: auditEntry(actor, "payroll.void"),
  });
  return (await deps.runs.findById(run.id)) ?? run;
}

/**
 * Voids one employee's paycheck of a posted run: posts the reversing entry of that paycheck alone
 * (dated today) and subtracts it from year-to-date, in one transaction; the run and its entry stay as
 * posted. Idempotent: a paycheck already voided is answered as it is. Payroll managers of the client.
 */
export async function voidPaycheck(
  deps: PayrollDeps,
  actor: Actor,
  input: RunRef & { employeeId: string },
): Promise<{ run: PayRunRecord; paycheckId: string; changed: boolean }> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  const paycheck = await deps.runs.paycheckOf(run.id, input.employeeId);
  if (!paycheck || run.excludedEmployeeIds.includes(input.employeeId))
    throw new DomainError(
      "record.not_found",
      `employee ${input.employeeId} has no paycheck in this pay run`,
      {
        userMessage: "That employee isn't in this pay run.",
      },
    );
  if (paycheck.status === "voided") return { run, paycheckId: paycheck.id, changed: false };
  if (run.status !== "posted" || paycheck.status !== "calculated" || !paycheck.figures)
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status} and the paycheck ${paycheck.status}; only a posted paycheck can be voided`,
      { userMessage: "Only a paycheck of a posted pay run can be voided." },
    );
  const today = isoDay(deps.clock.now());
  const reversal = paycheckReversalEntry({
    clientEin: client.ein,
    runId: run.id,
    paycheckId: paycheck.id,
    paycheck: paycheck.figures,
    rules: await depositRulesFor(deps, client, run.payDate),
    entryDate: today,
    description: `Void of one paycheck of the pay run for ${run.periodStart}–${run.periodEnd}, paid ${run.payDate}`,
  });
  const changed = await deps.runs.voidPaycheck({
    run,
    paycheckId: paycheck.id,
    reversal,
    totals: assertBalanced(reversal),
    audit: auditEntry(actor, "payroll.void_paycheck"),
  });
  if (!changed) {
    const now = await deps.runs.paycheckOf(run.id, input.employeeId);
    if (now?.status !== "voided")
      throw new DomainError("payroll.run_invalid_state", "the pay run changed meanwhile; try again", {
        userMessage: "That pay run changed meanwhile. Please try again.",
      });
  }
  return { run, paycheckId: paycheck.id, changed };
}

/**
 * The run's employees named by census id (E00001) or employee id; refuses, naming the first one, when
 * one is not at the client.
 */
export async function resolveRunEmployees(
  deps: PayrollDeps,
  clientId: string,
  refs: readonly string[],
): Promise<string[]> {
  const byExternal = await deps.inputs.employeeIdsByExternalId(clientId, refs);
  const uuids = refs.filter((r) => !byExternal.has(r) && UUID.test(r));
  const known = uuids.length ? await deps.inputs.employees(clientId, uuids) : new Map();
  return refs.map((ref) => {
    const id = byExternal.get(ref) ?? (known.has(ref) ? ref : undefined);
    if (!id)
      throw new DomainError("record.not_found", `--employee: ${ref} is not an employee of this client`, {
        userMessage: "That employee was not found at this client.",
      });
    return id;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Leaves employees out of a calculated run (their paychecks are not posted). Only employees with a
 * paycheck in the run may be excluded. Audited.
 */
export async function excludeEmployees(
  deps: PayrollDeps,
  actor: Actor,
  input: RunRef & { employeeIds: string[] },
): Promise<PayRunRecord> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status !== "calculated")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; employees can be excluded only while calculated`,
      { userMessage: "Employees can be left out only of a calculated pay run that isn't approved yet." },
    );
  if (input.employeeIds.length === 0) throw new DomainError("input.invalid", "--employee: name at least one");
  const inRun = await deps.runs.paycheckEmployeeIds(run.id, input.employeeIds);
  const outside = input.employeeIds.find((id) => !inRun.has(id));
  if (outside)
    throw new DomainError("record.not_found", `employee ${outside} has no paycheck in this pay run`, {
      userMessage: "That employee isn't in this pay run.",
    });
  await deps.runs.exclude(run.id, input.employeeIds, auditEntry(actor, "payroll.exclude_employees"));
  return (await deps.runs.findById(run.id)) ?? run;
}

/**
 * Recalculates the error paychecks of a calculated run (all of them, or the named employees') after
 * their cause was fixed: in one transaction the run goes back to `calculating` in a new round and
 * those error paychecks are dropped; then a flow for those employees only is enqueued. Refuses at
 * once when the queue does not answer; if the enqueue itself fails, the watchdog redoes it.
 */
export async function recalculateErrors(
  deps: PayrollDeps & { queue: QueueRuntime },
  actor: Actor,
  input: RunRef & { employeeIds?: string[] },
): Promise<{ run: PayRunRecord; employees: number }> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status !== "calculated")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; only a calculated run can be recalculated`,
      { userMessage: "Only a calculated pay run that isn't approved yet can be recalculated." },
    );
  let errors = (await deps.runs.errors(run.id)).map((e) => e.employeeId);
  if (input.employeeIds) {
    const wanted = new Set(input.employeeIds);
    const notErrors = input.employeeIds.filter((id) => !errors.includes(id));
    if (notErrors.length)
      throw new DomainError(
        "payroll.run_invalid_state",
        `employee ${notErrors[0]} has no paycheck error in this pay run; only errors are recalculated`,
        { userMessage: "Only paychecks with errors can be recalculated." },
      );
    errors = errors.filter((id) => wanted.has(id));
  }
  if (errors.length === 0) return { run, employees: 0 };
  await requireQueue(deps.queue);
  const round = await deps.runs.beginRound(
    run.id,
    ["calculated"],
    run.calculationRound,
    auditEntry(actor, "payroll.recalculate"),
    errors,
  );
  if (round === null)
    throw new DomainError("payroll.run_invalid_state", "the pay run changed meanwhile; try again", {
      userMessage: "That pay run changed meanwhile. Please try again.",
    });
  forgetRunContext(deps, run.id);
  try {
    await enqueueCalculation(deps.queue, run.id, errors, round);
  } catch (error) {
    throw new DomainError(
      "queue.unavailable",
      "the job queue did not accept the recalculation; it resumes when the queue is back",
      { cause: error },
    );
  }
  return { run: (await deps.runs.findById(run.id)) ?? run, employees: errors.length };
}

import { assertBalanced, type JournalEntry, reverseEntry } from "../../core/ledger/journal";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { forgetRunContext } from "./calculate-paycheck";
import { type PayrollDeps, requireClient, requirePayrollManager, requireRun } from "./payroll-deps";
import { enqueueCalculation } from "./start-pay-run";

type RunRef = { clientEin: string; periodEnd: string; sequence?: number };

/**
 * Voids a posted run: posts the reversing entry (same lines, debits and credits swapped, dated today)
 * and subtracts its paychecks from year-to-date, in one transaction. Nothing is deleted. Idempotent.
 */
export async function voidPayRun(deps: PayrollDeps, actor: Actor, input: RunRef): Promise<PayRunRecord> {
  const client = await requireClient(deps, input.clientEin);
  requirePayrollManager(actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status === "voided") return run;
  if (run.status !== "posted")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; only a posted run can be voided`,
    );
  const original = await deps.ledger.entryOfRun(run.id, run.kind === "adjustment" ? "adjustment" : "pay_run");
  if (!original) throw new Error(`posted run ${run.id} has no journal entry`);
  const entry: JournalEntry = { clientEin: client.ein, runId: run.id, ...original } as JournalEntry;
  const today = deps.clock.now().toISOString().slice(0, 10);
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

/** Leaves employees out of a calculated run (their paychecks are not posted). Audited. */
export async function excludeEmployees(
  deps: PayrollDeps,
  actor: Actor,
  input: RunRef & { employeeIds: string[] },
): Promise<PayRunRecord> {
  const client = await requireClient(deps, input.clientEin);
  requirePayrollManager(actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status !== "calculated")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; employees can be excluded only while calculated`,
    );
  await deps.runs.exclude(run.id, input.employeeIds, auditEntry(actor, "payroll.exclude_employees"));
  return (await deps.runs.findById(run.id)) ?? run;
}

/**
 * Recalculates the error paychecks of a calculated run after their cause was fixed: drops them, puts
 * the run back to `calculating` and enqueues a new flow for those employees only.
 */
export async function recalculateErrors(
  deps: PayrollDeps & { queue: QueueRuntime },
  actor: Actor,
  input: RunRef,
): Promise<{ run: PayRunRecord; employees: number }> {
  const client = await requireClient(deps, input.clientEin);
  requirePayrollManager(actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status !== "calculated")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; only a calculated run can be recalculated`,
    );
  const errors = (await deps.runs.errors(run.id)).map((e) => e.employeeId);
  if (errors.length === 0) return { run, employees: 0 };
  if (
    !(await deps.runs.transition(run.id, ["calculated"], "calculating", {
      audit: auditEntry(actor, "payroll.recalculate"),
    }))
  )
    throw new DomainError("payroll.run_invalid_state", "the pay run changed meanwhile; try again");
  await deps.runs.deleteErrors(run.id, errors);
  forgetRunContext(deps, run.id);
  // A new flow: the parent's business key gets a suffix so the finished first parent does not block it.
  await enqueueCalculation(deps.queue, run.id, errors, `retry${deps.clock.now().getTime().toString(36)}`);
  return { run: (await deps.runs.findById(run.id)) ?? run, employees: errors.length };
}

import { FORM_941_ACCOUNTS } from "../../core/ledger/accounts";
import {
  type DepositRules,
  form941DepositPeriodStart,
  form941ScheduleFromLookback,
  lookbackPeriod,
} from "../../core/ledger/deposit-schedule";
import { assertBalanced, buildPayRunEntry } from "../../core/ledger/journal";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import type { PayrollClient } from "../../db/payroll-inputs-repository";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import { accruePto } from "../pto/accrue-pto";
import { type PayrollDeps, requireClient, requirePayrollManager, requireRun } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";

export type ApproveResult = {
  run: PayRunRecord;
  /** False when the run was already approved and posted (nothing changed). */
  changed: boolean;
  totals: { debit: string; credit: string } | null;
};

/**
 * The client's deposit rules for wages paid on `payDate`: the 941 schedule from settings, else from
 * the lookback period's 941 taxes (settings `lookbackTaxes`, else this ledger's own 941 liabilities
 * in the lookback period; no history → monthly).
 */
export async function depositRulesFor(
  deps: PayrollDeps,
  client: PayrollClient,
  payDate: string,
): Promise<DepositRules> {
  const settings = payrollSettingsOf(client.settings);
  let schedule = settings.depositSchedule;
  if (!schedule) {
    let lookback: string | null = settings.lookbackTaxes ?? null;
    if (lookback === null) {
      const { from, to } = lookbackPeriod(Number(payDate.slice(0, 4)));
      if (await deps.ledger.hasEntries(client.id, from, to))
        lookback = await deps.ledger.netCredit(client.id, [...FORM_941_ACCOUNTS], from, to);
    }
    schedule = form941ScheduleFromLookback(lookback);
  }
  return {
    form941: schedule,
    ...settings.rules,
    states: { clientState: client.state, frequencies: settings.stateDepositFrequencies },
  };
}

/**
 * Approves a calculated run and posts it: in one transaction the run goes `calculated` → `approved` →
 * `posted`, the balanced journal entry is written with every liability's due date, and each employee's
 * year-to-date figures are updated. Approving a posted run again changes nothing (idempotent); a run
 * with unresolved calculation errors is refused, naming the employees.
 */
export async function approvePayRun(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; periodEnd: string; sequence?: number },
): Promise<ApproveResult> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, input.periodEnd, input.sequence ?? 0);
  if (run.status === "posted" || run.status === "approved") {
    // A crash between posting and accrual leaves the accrual to the next approval attempt.
    if (run.status === "posted") await accrueForRun(deps, run);
    return { run, changed: false, totals: null };
  }
  if (run.status !== "calculated")
    throw new DomainError(
      "payroll.run_invalid_state",
      `the pay run is ${run.status}; only a calculated run can be approved`,
      {
        userMessage: `This pay run is ${run.status} and cannot be approved.`,
      },
    );
  const errors = (await deps.runs.errors(run.id)).filter(
    (e) => !run.excludedEmployeeIds.includes(e.employeeId),
  );
  if (errors.length > 0) {
    const names = await deps.inputs.employeeNames(errors.map((e) => e.employeeId));
    const list = errors
      .slice(0, 10)
      .map((e) => `${names.get(e.employeeId)?.externalId ?? e.employeeId}: ${e.error ?? e.errorCode}`)
      .join("; ");
    throw new DomainError(
      "payroll.run_has_errors",
      `the pay run has ${errors.length} paycheck error(s); fix or exclude them first: ${list}`,
      { details: { errors } },
    );
  }
  const rules = await depositRulesFor(deps, client, run.payDate);
  const periodStart = form941DepositPeriodStart(run.payDate, rules.form941);
  const prior941 = await deps.ledger.netCredit(client.id, [...FORM_941_ACCOUNTS], periodStart, run.payDate);
  const figures = await deps.runs.figures(run.id, run.excludedEmployeeIds);
  const entry = buildPayRunEntry({
    clientEin: client.ein,
    runId: run.id,
    kind: run.kind === "adjustment" ? "adjustment" : "pay_run",
    payDate: run.payDate,
    description: `${run.kind === "adjustment" ? "Adjustment run" : "Pay run"} for ${run.periodStart}–${run.periodEnd}, paid ${run.payDate}`,
    paychecks: figures,
    rules,
    prior941InDepositPeriod: prior941,
  });
  const totals = assertBalanced(entry);
  const changed = await deps.runs.approveAndPost({
    run,
    entry,
    totals,
    approvedBy: actorLabel(actor),
    now: deps.clock.now(),
    audit: auditEntry(actor, "payroll.approve"),
  });
  const after = (await deps.runs.findById(run.id)) ?? run;
  if (!changed && after.status !== "posted")
    throw new DomainError("payroll.run_invalid_state", `the pay run is ${after.status}; it was not approved`);
  await accrueForRun(deps, after);
  return { run: after, changed, totals: changed ? totals : null };
}

/**
 * A posted regular run credits the period's PTO accrual (by tenure tier, capped). Idempotent per
 * employee, type and period end, so a second approval or a retry credits nothing more.
 */
async function accrueForRun(deps: PayrollDeps, run: PayRunRecord): Promise<void> {
  if (run.kind !== "regular") return;
  await accruePto(deps.accrual, {
    clientId: run.clientId,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
  });
}

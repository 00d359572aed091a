import { nextPeriodEnd } from "../../core/ledger/pay-period";
import type { Actor } from "../../core/policy/actor";
import { canManagePayroll } from "../../core/policy/payroll";
import type { PolicyActor } from "../../core/policy/roles";
import type { PayrollClient } from "../../db/payroll-inputs-repository";
import type { PayRunRecord } from "../../db/payroll-run-repository";
import type { PayrollDeps } from "./payroll-deps";

/** A run as the pay-run desk shows it: its state, progress and the paychecks that failed. */
export type DeskRun = {
  run: PayRunRecord;
  done: number;
  errors: { employeeId: string; name: string; reason: string }[];
};

export type DeskClient = {
  client: PayrollClient;
  runs: DeskRun[];
  /** The period end after the latest regular run (or null when there is none), to offer the next run. */
  nextPeriodEnd: string | null;
};

const RUNS_PER_CLIENT = 3;
const ERRORS_LISTED = 10;

/**
 * The pay runs an actor may manage: a client admin's own client, or every client an ASO staff member
 * serves, each with its latest runs (progress, and why each failed paycheck failed). Clients the actor
 * may not manage are left out, so the desk never shows another client's runs.
 */
export async function listPayRunDesk(deps: PayrollDeps, actor: Actor): Promise<DeskClient[]> {
  const clients =
    actor.kind === "employee"
      ? [await deps.inputs.clientById(actor.clientId)].filter((c): c is PayrollClient => c !== null)
      : await deps.inputs.clients();
  const managed: PayrollClient[] = [];
  for (const client of clients) {
    const scope = actor.kind === "staff" ? await deps.staffScope(actor.staffId, client.id) : undefined;
    if (canManagePayroll(actor as PolicyActor, client.id, scope)) managed.push(client);
  }
  return Promise.all(managed.map((client) => deskClient(deps, client)));
}

async function deskClient(deps: PayrollDeps, client: PayrollClient): Promise<DeskClient> {
  const all = await deps.runs.listForClient(client.id);
  const latestRegular = all.find((r) => r.kind === "regular" && r.status !== "voided");
  const runs: DeskRun[] = [];
  for (const run of all.slice(0, RUNS_PER_CLIENT)) {
    const progress = await deps.runs.progress(run.id);
    const failed =
      run.status === "calculated"
        ? (await deps.runs.errors(run.id)).filter((e) => !run.excludedEmployeeIds.includes(e.employeeId))
        : [];
    const names = await deps.inputs.employeeNames(failed.slice(0, ERRORS_LISTED).map((e) => e.employeeId));
    runs.push({
      run,
      done: progress.calculated + progress.errors + progress.skipped,
      errors: failed.map((e) => ({
        employeeId: e.employeeId,
        name: names.get(e.employeeId)?.name ?? "an employee",
        // Stored reasons are the engine's user-facing messages, never internal errors.
        reason: e.error ?? "the paycheck could not be calculated",
      })),
    });
  }
  return {
    client,
    runs,
    nextPeriodEnd: latestRegular ? nextPeriodEnd(client.payFrequency, latestRegular.periodEnd) : null,
  };
}

import type { Clock } from "../../core/clock";
import { computePaycheck } from "../../core/payroll/compute-paycheck";
import type { PaycheckInput } from "../../core/payroll/paycheck-input";
import type { PaycheckResult } from "../../core/payroll/paycheck-result";
import { type Actor, actorLabel } from "../../core/policy/actor";
import { canManagePayroll } from "../../core/policy/payroll";
import type { PolicyActor, StaffClientScope } from "../../core/policy/roles";
import type { TableSources } from "../../core/tables/table-lookup";
import type { Database } from "../../db/database";
import { type LedgerRepository, ledgerRepository } from "../../db/ledger-repository";
import {
  type PayrollClient,
  type PayrollInputsRepository,
  payrollInputsRepository,
} from "../../db/payroll-inputs-repository";
import {
  type PayRunRecord,
  type PayrollRunRepository,
  payrollRunRepository,
} from "../../db/payroll-run-repository";
import { createPtoRepository } from "../../db/pto-repository";
import { createTaxTableRepository, type TaxTableRepository } from "../../db/tax-table-repository";
import { createTimesheetRepository } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import type { TimesheetDeps } from "../timesheets/deps";
import { bulkPayableHours, type PayableHoursSource } from "./approved-hours";
import { PaycheckWriter } from "./paycheck-writer";
import { RunContextCache } from "./run-context";

/** What every payroll use case and processor receives. */
export type PayrollDeps = {
  db: Database;
  runs: PayrollRunRepository;
  ledger: LedgerRepository;
  inputs: PayrollInputsRepository;
  clock: Clock;
  payableHours: PayableHoursSource;
  computePaycheck: (input: PaycheckInput, sources?: TableSources) => PaycheckResult;
  /** PTO accrual posted when a regular run is approved. */
  accrual: Pick<TimesheetDeps, "timesheets" | "pto">;
  /** Tax tables loaded at run time (`aso tables import`). */
  taxTables: TaxTableRepository;
  /** Batches paycheck inserts across concurrent jobs of this process. */
  writer: PaycheckWriter;
  /** Run contexts shared by this process's paycheck jobs, loaded once per run. */
  runContexts: RunContextCache;
  /** The clients a staff member serves, for the payroll permission rule. */
  staffScope: (staffId: string, clientId: string) => Promise<StaffClientScope>;
};

function ptoRepositories(db: Database): Pick<TimesheetDeps, "timesheets" | "pto"> {
  const timesheets = createTimesheetRepository(db.prisma);
  return { timesheets, pto: createPtoRepository(db.prisma, timesheets) };
}

/**
 * The payroll bundle: built once per process by the composition root (or once per CLI invocation),
 * so every job of the process shares its paycheck writer and run contexts.
 */
export function createPayrollDeps(
  db: Database,
  options: {
    clock: Clock;
    computePaycheck?: PayrollDeps["computePaycheck"];
  },
): PayrollDeps {
  const runs = payrollRunRepository(db);
  const accrual = ptoRepositories(db);
  const inputs = payrollInputsRepository(db);
  return {
    db,
    runs,
    ledger: ledgerRepository(db),
    inputs,
    clock: options.clock,
    payableHours: bulkPayableHours({ inputs, pto: accrual.pto }),
    computePaycheck: options.computePaycheck ?? computePaycheck,
    taxTables: createTaxTableRepository(db.prisma),
    accrual,
    writer: new PaycheckWriter(runs),
    runContexts: new RunContextCache(),
    staffScope: (staffId, clientId) => accrual.timesheets.staffClientScope(staffId, clientId),
  };
}

export async function requireClient(deps: PayrollDeps, ein: string): Promise<PayrollClient> {
  const client = await deps.inputs.clientByEin(ein);
  if (!client)
    throw new DomainError("record.not_found", `no client employer with EIN ${ein}`, {
      userMessage: "That client employer was not found.",
    });
  return client;
}

export async function requirePayrollManager(
  deps: Pick<PayrollDeps, "staffScope">,
  actor: Actor,
  client: PayrollClient,
): Promise<void> {
  const scope = actor.kind === "staff" ? await deps.staffScope(actor.staffId, client.id) : undefined;
  if (!canManagePayroll(actor as PolicyActor, client.id, scope))
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not manage payroll for ${client.ein}`, {
      userMessage: "Only the client's admin or an ASO specialist can do that.",
    });
}

export async function requireRun(
  deps: PayrollDeps,
  client: PayrollClient,
  periodEnd: string,
  sequence = 0,
): Promise<PayRunRecord> {
  const run = await deps.runs.find(client.id, periodEnd, sequence);
  if (!run)
    throw new DomainError(
      "record.not_found",
      `no pay run for ${client.ein} with period ending ${periodEnd}`,
      {
        userMessage: `There is no pay run for the period ending ${periodEnd}.`,
      },
    );
  return run;
}

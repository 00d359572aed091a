import { quarterRange } from "../../core/ledger/business-days";
import { parseQuarter } from "../../core/ledger/form-941";
import { buildStateQuarterlyReports, type StateQuarterReport } from "../../core/ledger/state-quarterly";
import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { filingPeriod, filingSettingsOf } from "./filing-period";

/**
 * `aso report state-quarterly`: each state's withholding and unemployment wage report for a quarter
 * (or one state's), from the quarter's posted paychecks; refused while a run paid in the quarter is
 * not posted. Employees are named by external id and name.
 */
export async function stateQuarterlyReport(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; quarter: string; state?: string },
): Promise<{
  client: string;
  name: string;
  quarter: string;
  states: (StateQuarterReport & { employerAccount: string | null })[];
  employees: Record<string, { externalId: string; name: string }>;
}> {
  const q = parseQuarter(input.quarter);
  if (!q)
    throw new DomainError(
      "input.invalid",
      `--quarter: must look like 2026Q1, got ${JSON.stringify(input.quarter)}`,
    );
  if (input.state !== undefined && !/^[A-Z]{2}$/.test(input.state))
    throw new DomainError(
      "input.invalid",
      `--state: must be a two-letter state code, got ${JSON.stringify(input.state)}`,
    );
  const { start, end } = quarterRange(q.year, q.quarter);
  const { client, figures } = await filingPeriod(deps, actor, {
    clientEin: input.clientEin,
    from: start,
    to: end,
  });
  const names = await deps.inputs.employeeNames([...new Set(figures.map((f) => f.employeeId))]);
  const externalId = (id: string) => names.get(id)?.externalId ?? "";
  const accounts = filingSettingsOf(client.settings).stateAccounts ?? {};
  const reports = buildStateQuarterlyReports(input.quarter, figures, externalId).filter(
    (r) => input.state === undefined || r.state === input.state,
  );
  return {
    client: client.ein,
    name: client.name,
    quarter: input.quarter,
    states: reports.map((r) => ({ ...r, employerAccount: accounts[r.state] ?? null })),
    employees: Object.fromEntries(
      reports
        .flatMap((r) => r.employees.map((e) => e.employeeId))
        .map((id) => [id, { externalId: externalId(id), name: names.get(id)?.name ?? "" }]),
    ),
  };
}

import { DateTime } from "luxon";
import { buildCaseReport, type CaseReport } from "../../core/cases/case-report";
import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import { forbidden } from "./case-access";
import type { CaseDeskDeps } from "./case-desk-deps";

export type ClientCaseReport = {
  client: string;
  clientName: string;
  from: string;
  to: string;
  /** The ASO calendar zone the dates are read in. */
  timezone: string;
} & CaseReport;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The per-client case report for cases opened between `from` and `to` (inclusive local dates of the
 * ASO calendar): counts by category, priority and state, median first response in business minutes,
 * SLA breaches. Aggregates only (sensitive reports are counted, never shown). ASO staff and the system.
 */
export async function buildClientCaseReport(
  deps: CaseDeskDeps,
  input: { actor: Actor; clientEin: string; from: string; to: string },
): Promise<ClientCaseReport> {
  if (input.actor.kind === "employee") throw forbidden("see case reports");
  for (const [field, value] of [
    ["from", input.from],
    ["to", input.to],
  ] as const)
    if (!DATE.test(value) || !DateTime.fromISO(value).isValid)
      throw new DomainError("input.invalid", `--${field}: expected YYYY-MM-DD, got ${value}`);
  if (input.to < input.from) throw new DomainError("input.invalid", "--to: must not be before --from");
  const client = await deps.cases.findClientByEin(input.clientEin);
  if (!client)
    throw new DomainError("record.not_found", `--client: no client employer with EIN ${input.clientEin}`);
  const calendar = await deps.cases.loadCalendar();
  const from = DateTime.fromISO(input.from, { zone: calendar.zone }).startOf("day").toJSDate();
  const to = DateTime.fromISO(input.to, { zone: calendar.zone }).plus({ days: 1 }).startOf("day").toJSDate();
  const cases = await deps.cases.casesForReport(client.id, from, to);
  const report = buildCaseReport(calendar, cases, deps.clock.now());
  return {
    client: client.ein,
    clientName: client.name,
    from: input.from,
    to: input.to,
    timezone: calendar.zone,
    ...report,
  };
}

import { isoDate } from "../../core/calendar/iso-date";
import { buildEfw2, type Efw2File } from "../../core/filings/efw2";
import { buildW2s } from "../../core/ledger/form-w2";
import { buildW2LocalLines, buildW2StateLines } from "../../core/ledger/w2-state-wages";
import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { filingPeriod, filingSettingsOf, type SubmitterConfig, submitterFrom } from "./filing-period";

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value))
    throw new DomainError("input.invalid", `--year: must be YYYY, got ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * `aso report efw2`: the client's EFW2 file for a year, from the year's posted paychecks, with the ASO
 * as submitter and the client as employer under its EIN. Employees are in external-id order, so the
 * same posted paychecks give the same bytes.
 */
export async function efw2File(
  deps: PayrollDeps,
  actor: Actor,
  input: {
    clientEin: string;
    year: string;
    submitter: SubmitterConfig;
    /** SSNs by employee external id, from `parseSsnFile`; an employee without one is zero-filled. */
    ssns?: ReadonlyMap<string, string>;
  },
): Promise<{ client: string; year: number } & Efw2File> {
  const year = parseYear(input.year);
  const submitter = submitterFrom(input.submitter);
  const { client, figures } = await filingPeriod(deps, actor, {
    clientEin: input.clientEin,
    from: isoDate(year, 1, 1),
    to: isoDate(year, 12, 31),
  });
  const settings = filingSettingsOf(client.settings);
  const w2s = buildW2s(year, figures);
  const states = buildW2StateLines(year, figures);
  const locals = buildW2LocalLines(year, figures);
  const names = await deps.inputs.employeeNames(w2s.map((w) => w.employeeId));
  const employees = w2s
    .map((w2) => ({
      w2,
      externalId: names.get(w2.employeeId)?.externalId ?? "",
      name: names.get(w2.employeeId)?.name ?? "",
      states: states.get(w2.employeeId) ?? [],
      locals: locals.get(w2.employeeId) ?? [],
    }))
    .map((e) => {
      const ssn = input.ssns?.get(e.externalId);
      return ssn ? { ...e, ssn } : e;
    })
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
  const file = buildEfw2({
    year,
    submitter,
    employer: {
      ein: client.ein,
      name: client.name,
      ...(settings.address ? { address: settings.address } : {}),
      ...(settings.stateAccounts ? { stateAccounts: settings.stateAccounts } : {}),
    },
    employees,
  });
  return { client: client.ein, year, ...file };
}

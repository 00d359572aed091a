import { isoDate } from "../../core/calendar/iso-date";
import { buildForm940, type Form940 } from "../../core/ledger/form-940";
import type { Actor } from "../../core/policy/actor";
import { FUTA } from "../../core/tables/us/futa";
import { FUTA_CREDIT_REDUCTIONS } from "../../core/tables/us/futa-credit-reduction";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { parseYear } from "./efw2-file";
import { filingPeriod } from "./filing-period";

/**
 * `aso report 940`: Form 940 with Schedule A for a client and year, from the year's posted paychecks,
 * refused while a run paid in the year is not posted. When the year's credit reduction states are not
 * in the tables, line 11 is null and `unverifiedTables` says so: the report never assumes a rate.
 */
export async function form940Report(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; year: string },
): Promise<{ client: string; name: string; unverifiedTables?: string[] } & Form940> {
  const year = parseYear(input.year);
  const { client, figures } = await filingPeriod(deps, actor, {
    clientEin: input.clientEin,
    from: isoDate(year, 1, 1),
    to: isoDate(year, 12, 31),
  });
  const form = buildForm940(year, figures, { futa: FUTA, creditReductions: FUTA_CREDIT_REDUCTIONS });
  const unverified = new Set(figures.flatMap((f) => f.unverifiedTables ?? []));
  if (!form.scheduleA.known)
    unverified.add(`federal.futa_credit_reduction (no ${year} list: line 11 not computed)`);
  return {
    client: client.ein,
    name: client.name,
    ...form,
    ...(unverified.size ? { unverifiedTables: [...unverified].sort() } : {}),
  };
}

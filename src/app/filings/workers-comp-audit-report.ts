import { buildWorkersCompAudit, type WorkersCompAudit } from "../../core/ledger/workers-comp-audit";
import type { Actor } from "../../core/policy/actor";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { filingPeriod } from "./filing-period";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(flag: string, value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new DomainError(
      "input.invalid",
      `${flag}: must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
}

/**
 * `aso report workers-comp`: the premium audit for a policy period (payroll, premium at rate and
 * experience mod, premium accrued, by state and class code), from the period's posted paychecks;
 * refused while a run paid in the period is not posted.
 */
export async function workersCompAuditReport(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; from: string; to: string },
): Promise<{ client: string; name: string } & WorkersCompAudit> {
  checkDate("--from", input.from);
  checkDate("--to", input.to);
  if (input.from > input.to)
    throw new DomainError("input.invalid", `--from ${input.from} is after --to ${input.to}`);
  const { client, figures } = await filingPeriod(deps, actor, input);
  const audit = buildWorkersCompAudit(input, figures, {
    classCode: client.workersComp.classCode,
    ratePer100: client.workersComp.ratePer100,
    experienceMod: client.workersComp.experienceMod,
  });
  return { client: client.ein, name: client.name, ...audit };
}

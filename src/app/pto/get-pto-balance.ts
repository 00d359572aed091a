import { Decimal } from "../../core/money/decimal";
import type { Actor } from "../../core/policy/actor";
import { canViewTimeOf } from "../../core/policy/approvals";
import { computePtoAccrual } from "../../core/pto/accrual";
import { PTO_TYPES, type PtoType } from "../../core/pto/pto-types";
import type { PayFrequency } from "../../core/tables/us/pay-periods";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours } from "../../core/timesheets/hours";
import { DomainError } from "../../errors/domain-error";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import { approvalSubject, loadEmployee, type TimesheetDeps } from "../timesheets/deps";

export type PtoBalanceView = {
  employeeId: string;
  types: Record<
    PtoType,
    {
      balance: string;
      pending: string;
      available: string;
      /** Hours accrued per pay period at the current tenure tier (before any cap). */
      accrualPerPeriod: string;
      tenureMonths: number;
      maxBalanceHours: string | null;
    }
  >;
  recentAccruals: { type: PtoType; hours: string; effectiveOn: string }[];
  allowNegativeBalance: boolean;
};

/** My PTO balance per type, what is pending, and how much accrues each pay period. */
export async function getPtoBalance(
  deps: TimesheetDeps,
  actor: Actor,
  input: { employeeId?: string } = {},
): Promise<PtoBalanceView> {
  const employeeId = input.employeeId ?? (actor.kind === "employee" ? actor.employeeId : undefined);
  if (!employeeId) throw new DomainError("input.invalid", "PTO balance: employeeId is required");
  const employee = await loadEmployee(deps, employeeId);
  const today = localDate(deps.clock.now(), employee.client.timezone);
  const delegations =
    actor.kind === "employee"
      ? await deps.timesheets.listDelegations({ clientId: employee.clientId, delegateId: actor.employeeId })
      : [];
  const staffScope =
    actor.kind === "staff"
      ? await deps.timesheets.staffClientScope(actor.staffId, employee.clientId)
      : undefined;
  if (!canViewTimeOf({ actor, subject: approvalSubject(employee), delegations, onDate: today, staffScope })) {
    throw new DomainError("auth.forbidden", "not allowed to see this PTO balance");
  }
  const policies = clientTimePolicies(employee.client.settings);
  const { balances, pending } = await deps.pto.getBalances(employee);
  const types = {} as PtoBalanceView["types"];
  for (const type of PTO_TYPES) {
    const accrual = computePtoAccrual({
      policy: {
        ...policies.pto,
        types: { ...policies.pto.types, [type]: { ...policies.pto.types[type], maxBalanceHours: undefined } },
      },
      type,
      payFrequency: employee.client.payFrequency as PayFrequency,
      hireDate: employee.hireDate,
      terminationDate: employee.terminationDate,
      periodStart: today,
      periodEnd: today,
      balance: balances[type],
    });
    types[type] = {
      balance: balances[type],
      pending: pending[type],
      available: formatHours(new Decimal(balances[type]).minus(pending[type])),
      accrualPerPeriod: formatHours(accrual.rate),
      tenureMonths: accrual.tenureMonths,
      maxBalanceHours: policies.pto.types[type].maxBalanceHours ?? null,
    };
  }
  return {
    employeeId: employee.id,
    types,
    recentAccruals: await deps.pto.listAccruals(employee.id, 6),
    allowNegativeBalance: policies.pto.allowNegativeBalance,
  };
}

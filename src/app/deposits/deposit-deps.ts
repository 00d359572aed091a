import type { Clock } from "../../core/clock";
import type { Actor } from "../../core/policy/actor";
import type { StaffClientScope } from "../../core/policy/roles";
import type { Database } from "../../db/database";
import { type DepositRepository, depositRepository } from "../../db/deposit-repository";
import { createPayrollDeps, type PayrollDeps } from "../payroll/payroll-deps";

/** What the deposit use cases receive: the payroll ledger, the payments, and staff scope. */
export type DepositDeps = {
  payroll: PayrollDeps;
  deposits: DepositRepository;
  /** The clients a staff member serves, as the staff-access rules read it (as for time and cases). */
  staffScope(staffId: string, clientId: string): Promise<StaffClientScope>;
  clock: Clock;
};

export function createDepositDeps(
  db: Database,
  options: { clock: Clock; payroll?: PayrollDeps },
): DepositDeps {
  const payroll = options.payroll ?? createPayrollDeps(db, { clock: options.clock });
  return {
    payroll,
    deposits: depositRepository(db),
    staffScope: payroll.staffScope,
    clock: options.clock,
  };
}

/** The staff scope of an actor for one client (undefined for anyone but staff). */
export async function scopeOf(
  deps: DepositDeps,
  actor: Actor,
  clientId: string,
): Promise<StaffClientScope | undefined> {
  return actor.kind === "staff" ? deps.staffScope(actor.staffId, clientId) : undefined;
}

import { type Actor, auditEntry } from "../../core/policy/actor";
import { type PayrollDeps, requireClient, requirePayrollManager } from "../payroll/payroll-deps";

/**
 * Turns a client's carry-forward of tax tables on or off (`aso payroll carry-forward`). With it on, a
 * pay date that no table covers yet is paid on the latest tables, and every paycheck, and each report
 * that includes one, lists the tables as unverified. Audited; a no-op when already so.
 */
export async function setTableCarryForward(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; on: boolean },
): Promise<{ changed: boolean }> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  const changed = await deps.taxTables.setCarryForward(
    client.id,
    input.on,
    auditEntry(actor, input.on ? "payroll.carry_forward.on" : "payroll.carry_forward.off"),
  );
  return { changed };
}

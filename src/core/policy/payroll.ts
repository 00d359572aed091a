import { isClientAdminOf, type PolicyActor, type StaffClientScope, staffServesClient } from "./roles";

/**
 * Who may start, approve, recalculate, void and report on a client's payroll: the client's own admin,
 * ASO staff who serve the client (an ASO admin, its assigned specialist, or any specialist when none
 * is assigned), and the system (CLI, jobs).
 */
export function canManagePayroll(
  actor: PolicyActor,
  clientId: string,
  staffScope?: StaffClientScope | undefined,
): boolean {
  return (
    actor.kind === "system" ||
    staffServesClient(actor, clientId, staffScope) ||
    isClientAdminOf(actor, clientId)
  );
}

/**
 * Who may load tax tables, which change every client's paychecks: ASO admins and the system (the CLI
 * run by the operator). Who may turn on a client's carry-forward: whoever manages its payroll.
 */
export function canManageTaxTables(actor: PolicyActor): boolean {
  return actor.kind === "system" || (actor.kind === "staff" && actor.roles.includes("aso_admin"));
}

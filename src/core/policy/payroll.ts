import { isAsoStaff, isClientAdminOf, type PolicyActor } from "./roles";

/**
 * Who may start, approve, void and report on a client's payroll: the client's own admin, any ASO
 * specialist or admin (staff), and the system (CLI, jobs).
 */
export function canManagePayroll(actor: PolicyActor, clientId: string): boolean {
  return actor.kind === "system" || isAsoStaff(actor) || isClientAdminOf(actor, clientId);
}

/**
 * Who may load tax tables, which change every client's paychecks: ASO admins and the system (the CLI
 * run by the operator). Who may turn on a client's carry-forward: whoever manages its payroll.
 */
export function canManageTaxTables(actor: PolicyActor): boolean {
  return actor.kind === "system" || (actor.kind === "staff" && actor.roles.includes("aso_admin"));
}

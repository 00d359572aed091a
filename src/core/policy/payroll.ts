import { isAsoStaff, isClientAdminOf, type PolicyActor } from "./roles";

/**
 * Who may start, approve, void and report on a client's payroll: the client's own admin, any ASO
 * specialist or admin (staff), and the system (CLI, jobs).
 */
export function canManagePayroll(actor: PolicyActor, clientId: string): boolean {
  return actor.kind === "system" || isAsoStaff(actor) || isClientAdminOf(actor, clientId);
}

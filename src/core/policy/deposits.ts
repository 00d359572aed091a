import { isClientAdminOf, type PolicyActor, type StaffClientScope, staffServesClient } from "./roles";

/**
 * Who may mark a client's deposits made and see its whole calendar: the system (CLI, jobs), an ASO
 * admin, and a specialist who serves the client (assigned to it, or any specialist when the client
 * has none assigned), the same scope as staff access to time and cases. Client admins never mark
 * deposits: the ASO makes them.
 */
export function canManageDeposits(
  actor: PolicyActor,
  clientId: string,
  staffScope?: StaffClientScope | undefined,
): boolean {
  return actor.kind === "system" || staffServesClient(actor, clientId, staffScope);
}

/** Who may see a client's deposit calendar: those who manage it, and that client's own admins. */
export function canViewDeposits(
  actor: PolicyActor,
  clientId: string,
  staffScope?: StaffClientScope | undefined,
): boolean {
  return canManageDeposits(actor, clientId, staffScope) || isClientAdminOf(actor, clientId);
}

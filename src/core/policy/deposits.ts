import type { StaffClientScope } from "./approvals";
import { isClientAdminOf, type PolicyActor } from "./roles";

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
  if (actor.kind === "system") return true;
  if (actor.kind !== "staff" || actor.roles.length === 0) return false;
  if (actor.roles.includes("aso_admin")) return true;
  if (!staffScope) return false;
  return !staffScope.clientHasAssignedStaff || staffScope.assignedClientIds.includes(clientId);
}

/** Who may see a client's deposit calendar: those who manage it, and that client's own admins. */
export function canViewDeposits(
  actor: PolicyActor,
  clientId: string,
  staffScope?: StaffClientScope | undefined,
): boolean {
  return canManageDeposits(actor, clientId, staffScope) || isClientAdminOf(actor, clientId);
}

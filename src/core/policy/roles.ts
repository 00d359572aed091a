/**
 * The part of `Actor` (./actor.ts) that authorization rules read. Rules take this narrower shape
 * so their tests state only the facts a rule looks at; an Actor is passed as it is.
 */
export type PolicyActor =
  | {
      kind: "employee";
      employeeId: string;
      clientId: string;
      roles: readonly string[];
      name: string;
    }
  | { kind: "staff"; staffId: string; roles: readonly string[]; name: string }
  | { kind: "system"; name: string };

/** True when the actor holds `role`. System actors hold no role. */
export function hasRole(actor: PolicyActor, role: string): boolean {
  return actor.kind !== "system" && actor.roles.includes(role);
}

/** True when the actor is an employee of `clientId` (any role). */
export function belongsToClient(actor: PolicyActor, clientId: string): boolean {
  return actor.kind === "employee" && actor.clientId === clientId;
}

/** True when the actor is the client admin of `clientId`. */
export function isClientAdminOf(actor: PolicyActor, clientId: string): boolean {
  return belongsToClient(actor, clientId) && hasRole(actor, "client_admin");
}

/** True for ASO staff with any staff role. */
export function isAsoStaff(actor: PolicyActor): boolean {
  return actor.kind === "staff" && actor.roles.length > 0;
}

/** Which clients a staff member serves: those assigned, and clients no specialist is assigned to. */
export type StaffClientScope = { assignedClientIds: readonly string[]; clientHasAssignedStaff: boolean };

/**
 * Does this ASO staff member serve `clientId`? An ASO admin serves every client; a specialist serves
 * the clients assigned to them, and any client with no specialist assigned (the pool serves it).
 * Staff whose scope is unknown serve nobody.
 */
export function staffServesClient(
  actor: PolicyActor,
  clientId: string,
  scope: StaffClientScope | undefined,
): boolean {
  if (actor.kind !== "staff" || actor.roles.length === 0) return false;
  if (actor.roles.includes("aso_admin")) return true;
  if (!scope) return false;
  return !scope.clientHasAssignedStaff || scope.assignedClientIds.includes(clientId);
}

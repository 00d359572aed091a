/** Roles at a client employer (census) and at the ASO (staff). */
export const CLIENT_ROLES = ["employee", "manager", "client_admin"] as const;
export const STAFF_ROLES = ["specialist", "senior_specialist", "aso_admin"] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = ClientRole | StaffRole;

/**
 * Who is acting. Resolved by code from the channel identity (Slack team + user, Teams tenant +
 * AAD object id, playground persona, CLI flags), never by the language model.
 */
export type Actor =
  | {
      kind: "employee";
      employeeId: string;
      clientId: string;
      roles: readonly ClientRole[];
      name: string;
      timezone: string;
    }
  | { kind: "staff"; staffId: string; roles: readonly StaffRole[]; name: string; timezone: string }
  | { kind: "system"; name: string };

/** Who acted, as audit rows and case events record it: a kind and an id, never a name. */
export function actorRef(actor: Actor): { actorKind: Actor["kind"]; actorId: string | null } {
  switch (actor.kind) {
    case "employee":
      return { actorKind: "employee", actorId: actor.employeeId };
    case "staff":
      return { actorKind: "staff", actorId: actor.staffId };
    case "system":
      return { actorKind: "system", actorId: null };
  }
}

/** The audit fields of an action taken by `actor`. */
export function auditEntry(actor: Actor, action: string, requestId?: string) {
  return { ...actorRef(actor), action, ...(requestId ? { requestId } : {}) };
}

/** The actor in one column (`employee:<id>`, `staff:<id>`, `system:<name>`), where a record keeps who acted as text. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === "employee") return `employee:${actor.employeeId}`;
  if (actor.kind === "staff") return `staff:${actor.staffId}`;
  return `system:${actor.name}`;
}

/**
 * Who may see and work escalation cases. Pure rules over plain data: the app layer loads the facts
 * (the actor, the case, which clients have assigned specialists) and asks.
 *
 * - Nobody at the client sees a case except the employee it is about (not their manager, not a
 *   client admin), and the employee never sees internal notes.
 * - Sensitive reports (harassment, discrimination, …) are seen and worked only by senior specialists
 *   (role `senior_specialist`), whatever their client assignment; an `aso_admin` without that role
 *   does not see them either.
 * - Any other case goes to the specialists assigned to the client; a client without assigned
 *   specialists goes to the whole pool. The case's owner always sees it, and `aso_admin` sees all.
 */

/** The part of `Actor` (./actor.ts) the case rules read; an Actor is passed as it is. */
export type CaseViewer =
  | { kind: "employee"; employeeId: string; clientId: string; roles: readonly string[] }
  | { kind: "staff"; staffId: string; roles: readonly string[] }
  | { kind: "system" };

/** The case facts the rules look at. */
export type CaseAccessFacts = {
  clientId: string;
  employeeId: string;
  sensitive: boolean;
  assigneeId: string | null;
};

/** Staff assignments that matter: the clients this staff member serves, and whether the case's client has any. */
export type StaffRouting = {
  /** Client ids the staff member is assigned to (StaffClientAssignment). */
  assignedClientIds: readonly string[];
  /** Whether the case's client has at least one assigned specialist (else the pool serves it). */
  clientHasAssignedStaff: boolean;
};

const WORKING_ROLES = ["specialist", "senior_specialist", "aso_admin"];

function hasRole(viewer: CaseViewer, role: string): boolean {
  return viewer.kind !== "system" && viewer.roles.includes(role);
}

/** Whether the staff member is on the routing list for the case (before ownership is considered). */
export function isRoutedToStaff(viewer: CaseViewer, facts: CaseAccessFacts, routing: StaffRouting): boolean {
  if (viewer.kind !== "staff") return false;
  if (facts.sensitive) return hasRole(viewer, "senior_specialist");
  if (!viewer.roles.some((r) => r === "specialist" || r === "senior_specialist")) return false;
  return !routing.clientHasAssignedStaff || routing.assignedClientIds.includes(facts.clientId);
}

/**
 * Whether the viewer may see the case at all (its summary, state and public messages).
 * Staff also need `routing`; employees and the system do not.
 */
export function canViewCase(viewer: CaseViewer, facts: CaseAccessFacts, routing?: StaffRouting): boolean {
  switch (viewer.kind) {
    case "system":
      return true;
    case "employee":
      // The employee the case is about, and nobody else at the client (managers and admins included).
      return viewer.employeeId === facts.employeeId && viewer.clientId === facts.clientId;
    case "staff": {
      if (facts.sensitive) return hasRole(viewer, "senior_specialist");
      if (facts.assigneeId === viewer.staffId) return true;
      if (hasRole(viewer, "aso_admin")) return true;
      return routing !== undefined && isRoutedToStaff(viewer, facts, routing);
    }
  }
}

/** Whether the viewer may read internal notes: staff who may see the case, never the employee. */
export function canSeeInternalNotes(
  viewer: CaseViewer,
  facts: CaseAccessFacts,
  routing?: StaffRouting,
): boolean {
  return viewer.kind !== "employee" && canViewCase(viewer, facts, routing);
}

/** Whether the staff member may claim the case (take it from the queue). */
export function canClaimCase(viewer: CaseViewer, facts: CaseAccessFacts, routing: StaffRouting): boolean {
  if (viewer.kind !== "staff") return false;
  if (facts.sensitive) return hasRole(viewer, "senior_specialist");
  return isRoutedToStaff(viewer, facts, routing) || hasRole(viewer, "aso_admin");
}

/**
 * Whether the staff member may act on a claimed case (message the employee, wait, resolve):
 * its owner; for cover, an `aso_admin` on ordinary cases.
 */
export function canWorkCase(viewer: CaseViewer, facts: CaseAccessFacts): boolean {
  if (viewer.kind === "system") return true;
  if (viewer.kind !== "staff") return false;
  if (facts.sensitive && !hasRole(viewer, "senior_specialist")) return false;
  if (facts.assigneeId === viewer.staffId) return true;
  return !facts.sensitive && hasRole(viewer, "aso_admin");
}

/**
 * Whether `viewer` may hand the case to `target`: the owner or a lead (aso_admin; a senior specialist
 * for sensitive cases) may transfer, and the target must be staff who could claim it.
 */
export function canTransferCase(
  viewer: CaseViewer,
  facts: CaseAccessFacts,
  target: { staffId: string; roles: readonly string[] },
  targetRouting: StaffRouting,
): boolean {
  if (viewer.kind !== "staff") return false;
  const isLead = facts.sensitive ? hasRole(viewer, "senior_specialist") : hasRole(viewer, "aso_admin");
  if (facts.assigneeId !== viewer.staffId && !isLead) return false;
  if (facts.sensitive && !hasRole(viewer, "senior_specialist")) return false;
  const targetViewer: CaseViewer = { kind: "staff", staffId: target.staffId, roles: target.roles };
  if (!target.roles.some((r) => WORKING_ROLES.includes(r))) return false;
  return canClaimCase(targetViewer, facts, targetRouting);
}

/** Whether the viewer may reopen: the employee on their own case, or staff who may view it. */
export function canReopenCase(viewer: CaseViewer, facts: CaseAccessFacts, routing?: StaffRouting): boolean {
  if (viewer.kind === "employee") return canViewCase(viewer, facts);
  if (viewer.kind === "staff")
    return canViewCase(viewer, facts, routing) && viewer.roles.some((r) => WORKING_ROLES.includes(r));
  return true;
}

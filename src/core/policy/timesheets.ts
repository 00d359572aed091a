import { hasRole, type PolicyActor } from "./roles";

/**
 * May `actor` record or submit time for `subject`? The employee for themselves, and the client admin
 * of the same employer on someone's behalf (corrections). Managers decide; they do not enter time.
 */
export function canRecordTimeFor(input: {
  actor: PolicyActor;
  subject: { employeeId: string; clientId: string };
}): { allowed: true } | { allowed: false; message: string } {
  const { actor, subject } = input;
  if (actor.kind !== "employee") return { allowed: false, message: "Only employees record time." };
  if (actor.clientId !== subject.clientId) {
    return { allowed: false, message: "You can only record time at your own employer." };
  }
  if (actor.employeeId === subject.employeeId || hasRole(actor, "client_admin")) return { allowed: true };
  return { allowed: false, message: "You can only record your own time." };
}

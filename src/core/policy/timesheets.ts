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

/**
 * May `actor` cancel or change a PTO request? Only the employee who asked for it: a manager rejects
 * instead, and an admin's correction goes through the desk, so nobody withdraws time off for someone.
 */
export function canCancelPto(input: {
  actor: PolicyActor;
  request: { employeeId: string; clientId: string };
}): { allowed: true } | { allowed: false; message: string } {
  const { actor, request } = input;
  if (actor.kind !== "employee") return { allowed: false, message: "Only employees cancel their time off." };
  if (actor.clientId !== request.clientId || actor.employeeId !== request.employeeId) {
    return { allowed: false, message: "You can only cancel your own time off." };
  }
  return { allowed: true };
}

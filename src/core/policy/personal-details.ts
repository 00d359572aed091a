import { type PolicyActor, type StaffClientScope, staffServesClient } from "./roles";

/**
 * Who may change an employee's home address and personal contact details: the employee themself,
 * or an ASO specialist on their behalf for a client they serve. A manager or client admin may not:
 * the home address drives resident taxes and where tax forms are mailed.
 */
export function canChangePersonalDetails(
  actor: PolicyActor,
  subject: { employeeId: string; clientId: string },
  staffScope?: StaffClientScope,
): boolean {
  if (actor.kind === "employee") return actor.employeeId === subject.employeeId;
  return staffServesClient(actor, subject.clientId, staffScope);
}

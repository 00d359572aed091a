import { isAsoStaff, type PolicyActor } from "./roles";

/**
 * Who may change where pay goes. Only the employee asks for a change to their own accounts (a
 * manager or client admin asking for someone else's is the classic diversion); only ASO staff
 * confirm one in place of the one-time code. Nobody confirms their own request that way.
 */
export function canRequestDepositChange(actor: PolicyActor, employeeId: string): boolean {
  return actor.kind === "employee" && actor.employeeId === employeeId;
}

export function canConfirmDepositChange(actor: PolicyActor): boolean {
  return isAsoStaff(actor);
}

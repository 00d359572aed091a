import { type IsoDate, isWithin } from "../calendar/iso-date";
import {
  belongsToClient,
  hasRole,
  type PolicyActor,
  type StaffClientScope,
  staffServesClient,
} from "./roles";

/** Whose time (or PTO) is being decided. */
export type ApprovalSubject = { employeeId: string; clientId: string; managerId: string | null };

/** A manager's named stand-in for a date range, both ends inclusive. */
export type ApprovalDelegation = {
  managerId: string;
  delegateId: string;
  clientId: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
};

export type ApprovalAuthority =
  | { allowed: true; via: "manager" | "delegate" | "client_admin"; onBehalfOf?: string }
  | {
      allowed: false;
      reason: "own_time" | "other_client" | "not_an_employee" | "not_approver";
      message: string;
    };

/**
 * May `actor` approve or reject `subject`'s timesheet or PTO on `onDate` (the decision's date in the
 * client's time zone)? Rules, in order:
 * 1. nobody decides their own time, whatever their roles;
 * 2. only people of the same client employer decide (ASO staff and system actors do not approve);
 * 3. the employee's manager may;
 * 4. a delegate the manager named may, from `startsOn` through `endsOn` (inclusive): from the day
 *    after `endsOn` the authority is gone;
 * 5. the client admin may.
 */
export function canDecideApproval(input: {
  actor: PolicyActor;
  subject: ApprovalSubject;
  delegations: readonly ApprovalDelegation[];
  onDate: IsoDate;
}): ApprovalAuthority {
  const { actor, subject } = input;
  if (actor.kind !== "employee") {
    return {
      allowed: false,
      reason: "not_an_employee",
      message:
        "Only the employee's manager, their delegate or the client admin can decide time off and timesheets.",
    };
  }
  if (actor.employeeId === subject.employeeId) {
    return { allowed: false, reason: "own_time", message: "You cannot approve your own time." };
  }
  if (!belongsToClient(actor, subject.clientId)) {
    return {
      allowed: false,
      reason: "other_client",
      message: "You can only approve time for people at your own employer.",
    };
  }
  if (subject.managerId !== null && actor.employeeId === subject.managerId) {
    return { allowed: true, via: "manager" };
  }
  if (subject.managerId !== null) {
    const delegation = input.delegations.find(
      (d) =>
        d.delegateId === actor.employeeId &&
        d.managerId === subject.managerId &&
        d.clientId === subject.clientId &&
        isWithin(input.onDate, d.startsOn, d.endsOn),
    );
    if (delegation) return { allowed: true, via: "delegate", onBehalfOf: delegation.managerId };
  }
  if (hasRole(actor, "client_admin")) return { allowed: true, via: "client_admin" };
  return {
    allowed: false,
    reason: "not_approver",
    message: "Only the employee's manager, their delegate or the client admin can decide this.",
  };
}

/**
 * May `actor` name `delegateId` as their stand-in? Managers name delegates for themselves, within
 * their own client, never themselves.
 */
export function canDelegateApprovals(input: {
  actor: PolicyActor;
  managerId: string;
  delegate: { employeeId: string; clientId: string };
}): { allowed: true } | { allowed: false; message: string } {
  const { actor } = input;
  if (actor.kind !== "employee") return { allowed: false, message: "Only managers can name a delegate." };
  const selfOrAdmin = actor.employeeId === input.managerId || hasRole(actor, "client_admin");
  if (!selfOrAdmin) return { allowed: false, message: "You can only name a delegate for yourself." };
  if (actor.clientId !== input.delegate.clientId) {
    return { allowed: false, message: "A delegate must work at the same employer." };
  }
  if (input.delegate.employeeId === input.managerId) {
    return { allowed: false, message: "You cannot name yourself as your delegate." };
  }
  return { allowed: true };
}

/**
 * May `actor` see `subject`'s timesheets and PTO? The employee, anyone who may decide them (manager,
 * active delegate, client admin), and ASO staff who serve the subject's client: an ASO admin, a
 * specialist assigned to it, or any specialist when the client has none assigned (the pool serves
 * it), as for cases. Staff without a scope see nothing.
 */
export function canViewTimeOf(input: {
  actor: PolicyActor;
  subject: ApprovalSubject;
  delegations: readonly ApprovalDelegation[];
  onDate: IsoDate;
  staffScope?: StaffClientScope | undefined;
}): boolean {
  const { actor, subject } = input;
  if (actor.kind === "system") return true;
  if (actor.kind === "staff") return staffServesClient(actor, subject.clientId, input.staffScope);
  if (actor.employeeId === subject.employeeId) return true;
  return canDecideApproval(input).allowed;
}

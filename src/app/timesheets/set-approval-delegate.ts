import { isIsoDate } from "../../core/calendar/iso-date";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { canDelegateApprovals } from "../../core/policy/approvals";
import { DomainError } from "../../errors/domain-error";
import { loadEmployee, requireEmployeeActor, type TimesheetDeps } from "./deps";

/**
 * A manager names a delegate approver for an inclusive date range (client calendar dates). From the
 * day after `endsOn` the delegate can no longer decide.
 */
export async function setApprovalDelegate(
  deps: TimesheetDeps,
  actor: Actor,
  input: { delegateId: string; startsOn: string; endsOn: string; managerId?: string },
): Promise<{ delegationId: string }> {
  const me = requireEmployeeActor(actor);
  if (!isIsoDate(input.startsOn) || !isIsoDate(input.endsOn) || input.endsOn < input.startsOn) {
    throw new DomainError("input.invalid", "delegate: startsOn/endsOn must be dates with startsOn ≤ endsOn");
  }
  const managerId = input.managerId ?? me.employeeId;
  const delegate = await loadEmployee(deps, input.delegateId);
  if (managerId !== me.employeeId) {
    const manager = await loadEmployee(deps, managerId);
    if (manager.clientId !== me.clientId) {
      throw new DomainError("auth.forbidden", "manager belongs to another client employer");
    }
  }
  const allowed = canDelegateApprovals({
    actor: me,
    managerId,
    delegate: { employeeId: delegate.id, clientId: delegate.clientId },
  });
  if (!allowed.allowed) throw new DomainError("auth.forbidden", allowed.message);
  const { id } = await deps.timesheets.createDelegation({
    clientId: me.clientId,
    managerId,
    delegateId: delegate.id,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    audit: auditEntry(actor, "approval.delegate"),
  });
  return { delegationId: id };
}

import { DateTime } from "luxon";
import type { Clock } from "../../core/clock";
import type { Actor } from "../../core/policy/actor";
import { type ApprovalSubject, canDecideApproval } from "../../core/policy/approvals";
import { localDate } from "../../core/timesheets/cutoffs";
import type { PtoRepository } from "../../db/pto-repository";
import type { EmployeeFacts, TimesheetRepository } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import type { Notifier } from "../notifier";

/** Jobs the timesheet use cases enqueue (after their transaction commits). */
export type TimesheetJobs = {
  /** Approved time → mark payable for the next payroll run (`timesheet.mark-payable`). */
  timesheetApproved(payload: { timesheetId: string }): Promise<void>;
  /**
   * Schedule a reminder/escalation job to run at `at` (a delayed job; `at` in the past runs now).
   * `kind` selects the job: employee reminder, manager reminder or escalation.
   */
  scheduleReminder(payload: {
    kind: "employee_reminder" | "manager_reminder" | "escalation";
    clientId: string;
    weekStart: string;
    at: Date;
  }): Promise<void>;
};

/** What every timesheet and PTO use case receives. */
export type TimesheetDeps = {
  timesheets: TimesheetRepository;
  pto: PtoRepository;
  clock: Clock;
  notifier: Notifier;
  jobs: TimesheetJobs;
};

/** Load an employee or fail with `record.not_found` (also when at another client and the actor may not know). */
export async function loadEmployee(
  deps: Pick<TimesheetDeps, "timesheets">,
  employeeId: string,
): Promise<EmployeeFacts> {
  const employee = await deps.timesheets.findEmployee(employeeId);
  if (!employee) {
    throw new DomainError("record.not_found", `employee ${employeeId} not found`, {
      userMessage: "I could not find that employee.",
    });
  }
  return employee;
}

/** The employee acting, or `auth.forbidden` for staff and system actors. */
export function requireEmployeeActor(actor: Actor): Extract<Actor, { kind: "employee" }> {
  if (actor.kind !== "employee") {
    throw new DomainError("auth.forbidden", `${actor.kind} actor cannot use employee self-service`, {
      userMessage: "This is for employees of a client employer.",
    });
  }
  return actor;
}

export function approvalSubject(employee: EmployeeFacts): ApprovalSubject {
  return { employeeId: employee.id, clientId: employee.clientId, managerId: employee.managerId };
}

/** Who decides, and by what right, when an approval is allowed. */
export type ApprovalDecider = {
  employeeId: string;
  name: string;
  via: "manager" | "delegate" | "client_admin";
};

/**
 * The acting approver of `employee`'s time on the client's local date of `now` (manager, active delegate
 * or client admin; never one's own, never another client's); `auth.forbidden` otherwise. Shared by
 * timesheet and PTO decisions so both follow the same rule.
 */
export async function requireApprover(
  deps: Pick<TimesheetDeps, "timesheets">,
  actor: Actor,
  employee: EmployeeFacts,
  now: Date,
): Promise<ApprovalDecider> {
  const delegations =
    actor.kind === "employee"
      ? await deps.timesheets.listDelegations({ clientId: employee.clientId, delegateId: actor.employeeId })
      : [];
  const authority = canDecideApproval({
    actor,
    subject: approvalSubject(employee),
    delegations,
    onDate: localDate(now, employee.client.timezone),
  });
  if (!authority.allowed || actor.kind !== "employee") {
    throw new DomainError("auth.forbidden", authority.allowed ? "not an employee" : authority.message);
  }
  return { employeeId: actor.employeeId, name: actor.name, via: authority.via };
}

/** "2026-11-25 10:42 EST" in `timeZone`. */
export function formatInstant(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("yyyy-LL-dd HH:mm ZZZZ");
}

/** The actor's time zone (UTC for system actors). */
export function actorTimeZone(actor: Actor): string {
  return actor.kind === "system" ? "UTC" : actor.timezone;
}

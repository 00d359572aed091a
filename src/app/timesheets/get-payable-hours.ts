import { isWithin } from "../../core/calendar/iso-date";
import { Decimal } from "../../core/money/decimal";
import { PTO_TYPES, type PtoType } from "../../core/pto/pto-types";
import { formatHours } from "../../core/timesheets/hours";
import { derivePayableHours, type PayableHours } from "../../core/timesheets/payable-hours";
import type { TimesheetStatus } from "../../core/timesheets/timesheet-status";
import type { TimesheetDay } from "../../core/timesheets/validate-timesheet";
import { workweeksEndingWithin } from "../../core/timesheets/workweek";
import { DomainError } from "../../errors/domain-error";
import type { TimesheetDeps } from "./deps";

/** One employee's approved time for a pay period. */
export type EmployeePayableHours = PayableHours & {
  employeeId: string;
  name: string;
  workState: string;
  payType: "hourly" | "salary";
  /** The approved timesheets this comes from (to mark them paid by the run). */
  timesheetIds: string[];
};

export type PayableHoursReport = {
  clientId: string;
  periodStart: string;
  periodEnd: string;
  /** The workweeks the period pays: each workweek whose last day falls in the period. */
  workweeks: { start: string; end: string }[];
  employees: EmployeePayableHours[];
  /** Timesheets of those weeks not approved yet (payroll may warn or wait). */
  notApproved: { employeeId: string; name: string; weekStart: string; status: TimesheetStatus }[];
};

/**
 * For the payroll run: per employee, the approved days of the pay period and the regular / overtime /
 * double-time hours derived per fixed workweek (California rules for CA work state, FLSA otherwise),
 * and the PTO hours by type.
 *
 * A workweek belongs to the pay period in which it ends, so overtime is always computed on whole
 * workweeks (29 CFR 778.104). PTO comes from the approved timesheet of the week; for a week without
 * one (salaried employees record no hours), from the employee's approved PTO requests.
 */
export async function getPayableHours(
  deps: Pick<TimesheetDeps, "timesheets" | "pto">,
  input: { clientId: string; periodStart: string; periodEnd: string },
): Promise<PayableHoursReport> {
  const { timesheets, pto } = deps;
  const client = await timesheets.findClient(input.clientId);
  if (!client) throw new DomainError("record.not_found", `client ${input.clientId} not found`);
  const weeks = workweeksEndingWithin(input.periodStart, input.periodEnd, client.workweekStartDay);
  const report: PayableHoursReport = {
    clientId: input.clientId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    workweeks: weeks.map((w) => ({ start: w.start, end: w.end })),
    employees: [],
    notApproved: [],
  };
  if (weeks.length === 0) return report;
  const sheets = await timesheets.listTimesheets({
    clientId: input.clientId,
    weekStarts: weeks.map((w) => w.start),
  });
  const requests = await pto.listRequests({
    clientId: input.clientId,
    statuses: ["approved"],
    overlapping: { from: weeks[0]!.start, to: weeks.at(-1)!.end },
  });
  const employeeIds = [
    ...new Set([...sheets.map((s) => s.employeeId), ...requests.map((r) => r.employeeId)]),
  ];
  const employees = await timesheets.findEmployees(employeeIds);
  for (const employee of employees.sort((a, b) => a.name.localeCompare(b.name))) {
    const days: TimesheetDay[] = [];
    const timesheetIds: string[] = [];
    for (const week of weeks) {
      const sheet = sheets.find((s) => s.employeeId === employee.id && s.weekStart === week.start);
      if (sheet?.status === "approved") {
        timesheetIds.push(sheet.id);
        days.push(...sheet.days);
        continue;
      }
      if (sheet) {
        report.notApproved.push({
          employeeId: employee.id,
          name: employee.name,
          weekStart: week.start,
          status: sheet.status,
        });
      }
      // No approved timesheet: approved PTO requests still pay.
      const ptoByDate = new Map<string, Partial<Record<PtoType, Decimal>>>();
      for (const request of requests.filter((r) => r.employeeId === employee.id)) {
        for (const [date, hours] of request.days) {
          if (!isWithin(date, week.start, week.end)) continue;
          const day = ptoByDate.get(date) ?? {};
          day[request.type] = (day[request.type] ?? new Decimal(0)).plus(hours);
          ptoByDate.set(date, day);
        }
      }
      for (const [date, byType] of ptoByDate) {
        days.push({
          date,
          hours: "0",
          pto: Object.fromEntries(
            PTO_TYPES.filter((t) => byType[t]).map((t) => [t, formatHours(byType[t]!)]),
          ) as Partial<Record<PtoType, string>>,
        });
      }
    }
    if (days.length === 0) continue;
    const derived = derivePayableHours({
      workState: employee.workState,
      workweekStartDay: client.workweekStartDay,
      days,
    });
    report.employees.push({
      employeeId: employee.id,
      name: employee.name,
      workState: employee.workState,
      payType: employee.payType,
      timesheetIds,
      ...derived,
    });
  }
  return report;
}

import { Decimal } from "../../core/money/decimal";
import type { PtoType } from "../../core/pto/pto-types";
import { derivePayableHours, type PayableHours } from "../../core/timesheets/payable-hours";
import type { TimesheetDay } from "../../core/timesheets/validate-timesheet";
import { workweeksEndingWithin } from "../../core/timesheets/workweek";
import type { PayrollInputsRepository } from "../../db/payroll-inputs-repository";
import type { PtoRepository } from "../../db/pto-repository";

/** Approved, payable time per employee for a client and period (the timesheets domain provides it). */
export type PayableHoursSource = (query: {
  clientId: string;
  periodStart: string;
  periodEnd: string;
}) => Promise<ReadonlyMap<string, PayableHours>>;

/**
 * Approved time for a pay run, the same figures as the timesheets domain's `getPayableHours` (each
 * workweek ending in the period; an approved timesheet's days, else the approved PTO requests of that
 * week; hours split by `derivePayableHours`) but read in bulk: one SQL query for every approved
 * timesheet day of the client, so a 10,000-employee client loads in well under a second.
 */
export const bulkPayableHours =
  (repos: {
    inputs: PayrollInputsRepository;
    pto: Pick<PtoRepository, "listRequests">;
  }): PayableHoursSource =>
  async (query) => {
    const { inputs } = repos;
    const client = await inputs.clientById(query.clientId);
    if (!client) return new Map();
    const weeks = workweeksEndingWithin(query.periodStart, query.periodEnd, client.workweekStartDay);
    if (weeks.length === 0) return new Map();
    const sheets = await inputs.approvedTimesheetDays(
      client.id,
      weeks.map((w) => w.start),
    );
    const requests = await repos.pto.listRequests({
      clientId: client.id,
      statuses: ["approved"],
      overlapping: { from: weeks[0]!.start, to: weeks.at(-1)!.end },
    });
    type Acc = { workState: string; sheetWeeks: Set<string>; days: TimesheetDay[] };
    const byEmployee = new Map<string, Acc>();
    const acc = (employeeId: string, workState: string) => {
      let found = byEmployee.get(employeeId);
      if (!found) {
        found = { workState, sheetWeeks: new Set(), days: [] };
        byEmployee.set(employeeId, found);
      }
      return found;
    };
    for (const sheet of sheets) {
      const a = acc(sheet.employeeId, sheet.workState);
      a.sheetWeeks.add(sheet.weekStart);
      for (const d of sheet.days)
        a.days.push({ date: d.date, hours: d.hours, pto: d.pto as Partial<Record<PtoType, string>> });
    }
    if (requests.length > 0) {
      const employees = await inputs.employees(client.id, [...new Set(requests.map((r) => r.employeeId))]);
      for (const week of weeks) {
        const ptoByEmployeeDate = new Map<string, Map<string, Partial<Record<PtoType, Decimal>>>>();
        for (const r of requests) {
          const a = byEmployee.get(r.employeeId);
          if (a?.sheetWeeks.has(week.start)) continue;
          for (const [date, hours] of r.days) {
            if (date < week.start || date > week.end) continue;
            const dates = ptoByEmployeeDate.get(r.employeeId) ?? new Map();
            const day = dates.get(date) ?? {};
            day[r.type] = (day[r.type] ?? new Decimal(0)).plus(hours);
            dates.set(date, day);
            ptoByEmployeeDate.set(r.employeeId, dates);
          }
        }
        for (const [employeeId, dates] of ptoByEmployeeDate) {
          const workState = employees.get(employeeId)?.workState;
          if (!workState) continue;
          const a = acc(employeeId, workState);
          for (const [date, byType] of dates) {
            const pto = Object.fromEntries(Object.entries(byType).map(([t, h]) => [t, h!.toFixed(2)]));
            a.days.push({ date, hours: "0", pto });
          }
        }
      }
    }
    const result = new Map<string, PayableHours>();
    for (const [employeeId, a] of byEmployee) {
      if (a.days.length === 0) continue;
      result.set(
        employeeId,
        derivePayableHours({
          workState: a.workState,
          workweekStartDay: client.workweekStartDay,
          days: a.days,
        }),
      );
    }
    return result;
  };

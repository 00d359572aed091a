import { utcMidnight } from "../core/calendar/iso-date";
import { recordAudit } from "./audit-repository";
import type { Database } from "./database";

/** One employee's approved week, as a previous timekeeping system hands it over. */
export type ApprovedWeek = {
  /** The employee's census id at the client. */
  externalId: string;
  weekStart: string;
  weekEnd: string;
  days: { date: string; hours: string }[];
};

/**
 * Writes a client's weeks that were approved before it came to us: the timesheet (approved, one
 * submission), its days, the decision of the employee's manager and an audit row, in one
 * transaction. A week the employee already has is left alone, so importing twice adds nothing.
 * Refuses an unknown client or census id, or an employee with no manager to have approved the week.
 */
export async function importApprovedWeeks(
  db: Database,
  clientEin: string,
  weeks: readonly ApprovedWeek[],
  audit: { requestId: string; at: Date },
): Promise<number> {
  return db.prisma.$transaction(async (tx) => {
    const client = await tx.clientEmployer.findUnique({ where: { ein: clientEin }, select: { id: true } });
    if (!client) throw new Error(`approved time for ${clientEin}: no such client employer`);
    const clientId = client.id;
    const employees = await tx.employee.findMany({
      where: { clientId },
      select: { id: true, externalId: true, name: true, managerId: true },
    });
    const byExternal = new Map(employees.map((e) => [e.externalId, e]));
    const byId = new Map(employees.map((e) => [e.id, e]));
    let created = 0;
    for (const week of weeks) {
      const employee = byExternal.get(week.externalId);
      const manager = employee?.managerId ? byId.get(employee.managerId) : undefined;
      if (!employee || !manager)
        throw new Error(
          `approved time for ${week.externalId}: no such employee with a manager at the client`,
        );
      const existing = await tx.timesheet.findUnique({
        where: { employeeId_weekStart: { employeeId: employee.id, weekStart: utcMidnight(week.weekStart) } },
        select: { id: true },
      });
      if (existing) continue;
      const sheet = await tx.timesheet.create({
        data: {
          clientId,
          employeeId: employee.id,
          weekStart: utcMidnight(week.weekStart),
          weekEnd: utcMidnight(week.weekEnd),
          status: "approved",
          submission: 1,
          submittedAt: audit.at,
          entries: { create: week.days.map((d) => ({ date: utcMidnight(d.date), hours: d.hours })) },
          decisions: {
            create: {
              submission: 1,
              decision: "approved",
              deciderEmployeeId: manager.id,
              deciderName: manager.name,
              via: "manager",
              decidedAt: audit.at,
            },
          },
        },
      });
      await recordAudit(tx, {
        actorKind: "system",
        actorId: null,
        action: "timesheet.import_approved",
        subjectType: "timesheet",
        subjectId: sheet.id,
        clientId,
        requestId: audit.requestId,
      });
      created += 1;
    }
    return created;
  });
}

/** Census ids of a client's hourly employees (the ones whose pay needs approved time), in order. */
export async function hourlyExternalIds(db: Database, clientEin: string): Promise<string[]> {
  const rows = await db.prisma.employee.findMany({
    where: { client: { ein: clientEin }, payType: "hourly" },
    select: { externalId: true },
    orderBy: { externalId: "asc" },
  });
  return rows.map((r) => r.externalId);
}

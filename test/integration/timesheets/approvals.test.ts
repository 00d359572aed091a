import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timesheetMarkPayableProcessor } from "../../../jobs/timesheet-mark-payable.processor";
import { approveTimesheet } from "../../../src/app/timesheets/approve-timesheet";
import { bulkApproveTimesheets } from "../../../src/app/timesheets/bulk-approve-timesheets";
import { getPayableHours } from "../../../src/app/timesheets/get-payable-hours";
import { listPendingApprovals } from "../../../src/app/timesheets/list-pending-approvals";
import { previewBulkApproval } from "../../../src/app/timesheets/preview-bulk-approval";
import { recordHours } from "../../../src/app/timesheets/record-hours";
import { rejectTimesheet } from "../../../src/app/timesheets/reject-timesheet";
import { setApprovalDelegate } from "../../../src/app/timesheets/set-approval-delegate";
import { submitTimesheet } from "../../../src/app/timesheets/submit-timesheet";
import { fixedClock } from "../../../src/core/clock";
import { isDomainError } from "../../../src/errors/domain-error";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { testJobDeps } from "../../support/job-deps";
import { depsFor, recordingNotifier, seedClient, testQueue } from "./fixtures";

// Week of Sun 2026-11-22 … Sat 2026-11-28; decisions happen on Mon 2026-11-30.
const WEEK_46 = [
  { date: "2026-11-23", hours: "10" },
  { date: "2026-11-24", hours: "10" },
  { date: "2026-11-25", hours: "10" },
  { date: "2026-11-26", hours: "8" },
  { date: "2026-11-27", hours: "8" },
];

let db: TestDatabase;
let queue: QueueRuntime;
const clock = fixedClock("2026-11-30T15:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  queue = await testQueue(db);
});
afterAll(async () => {
  await queue?.close({ timeoutMs: 5_000 });
  await db?.cleanup();
});

async function forbidden(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error, "auth.forbidden")) return error.message;
    throw error;
  }
  throw new Error("expected auth.forbidden");
}

describe("timesheet approvals", () => {
  it("turns 50 concurrent approvals of one timesheet into 1 approval and 49 'already approved by …'", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex Example", ["employee"], { managerId: a.manager.id });
    const { deps } = depsFor(db, queue, clock);
    await recordHours(deps, alex.actor, { days: WEEK_46 });
    const submitted = await submitTimesheet(deps, alex.actor, { date: "2026-11-24" });
    expect(submitted).toMatchObject({ outcome: "submitted", totalHours: "46" });

    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        approveTimesheet(deps, a.manager.actor, { timesheetId: submitted.timesheet.id }),
      ),
    );
    const approved = results.filter((r) => r.outcome === "approved");
    const already = results.filter((r) => r.outcome === "already");
    expect(approved).toHaveLength(1);
    expect(already).toHaveLength(49);
    for (const r of already)
      expect(r.message).toMatch(/^Already approved by Mia Manager at 2026-11-30 10:00 EST\.$/);

    const decisions = await db.prisma.timesheetDecision.findMany({
      where: { timesheetId: submitted.timesheet.id },
    });
    expect(decisions).toHaveLength(1);
    const audits = await db.prisma.auditLog.count({
      where: { subjectId: submitted.timesheet.id, action: "timesheet.approve" },
    });
    expect(audits).toBe(1);
    const sheet = await db.prisma.timesheet.findUniqueOrThrow({ where: { id: submitted.timesheet.id } });
    expect(sheet.status).toBe("approved");

    // The approved 46-hour week reaches payroll as 40 regular + 6 overtime.
    const payable = await getPayableHours(deps, {
      clientId: a.client.id,
      periodStart: "2026-11-22",
      periodEnd: "2026-12-05",
    });
    const row = payable.employees.find((e) => e.employeeId === alex.id);
    expect(row).toMatchObject({ rule: "flsa", regular: "40", overtime: "6", doubleTime: "0" });
    expect(row?.days).toEqual(WEEK_46.map((d) => [d.date, d.hours]));
  }, 90_000);

  it("runs the mark-payable job once the approval commits, and a second run changes nothing", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex Payable", ["employee"], { managerId: a.manager.id });
    const { deps, notifier } = depsFor(db, queue, clock);
    await recordHours(deps, alex.actor, { days: WEEK_46.slice(0, 2) });
    const { timesheet } = await submitTimesheet(deps, alex.actor, { date: "2026-11-23" });
    await approveTimesheet(deps, a.manager.actor, { timesheetId: timesheet.id });
    const job = await queue.queue("timesheet.mark-payable").getJob(`timesheet-payable-${timesheet.id}`);
    expect(job).toBeDefined();
    const workers = queue.startWorkers([timesheetMarkPayableProcessor], {
      deps: testJobDeps({ db, queue, clock, notifier, deliveries: [] }),
    });
    try {
      await expect.poll(async () => (await job!.getState()) as string, { timeout: 20_000 }).toBe("completed");
      const row = await db.prisma.timesheet.findUniqueOrThrow({ where: { id: timesheet.id } });
      expect(row.payableAt?.toISOString()).toBe(clock.now().toISOString());
      expect(await deps.timesheets.markPayable(timesheet.id, new Date())).toBe(false);
    } finally {
      await workers.close({ timeoutMs: 5_000 });
    }
  });

  it("refuses a manager of client A approving an employee of client B", async () => {
    const a = await seedClient(db, { name: "Client A" });
    const b = await seedClient(db, { name: "Client B" });
    const bob = await b.add("Bob B", ["employee"], { managerId: b.manager.id });
    const { deps } = depsFor(db, queue, clock);
    await recordHours(deps, bob.actor, { days: WEEK_46.slice(0, 1) });
    const { timesheet } = await submitTimesheet(deps, bob.actor, { date: "2026-11-23" });
    expect(await forbidden(approveTimesheet(deps, a.manager.actor, { timesheetId: timesheet.id }))).toContain(
      "your own employer",
    );
    expect(await forbidden(approveTimesheet(deps, a.admin.actor, { timesheetId: timesheet.id }))).toContain(
      "your own employer",
    );
    const row = await db.prisma.timesheet.findUniqueOrThrow({ where: { id: timesheet.id } });
    expect(row.status).toBe("submitted");
  });

  it("refuses approving one's own time, even as client admin", async () => {
    const a = await seedClient(db);
    const abe = await a.add("Abe Hourly Admin", ["employee", "client_admin"], { managerId: a.manager.id });
    const { deps } = depsFor(db, queue, clock);
    await recordHours(deps, abe.actor, { days: WEEK_46.slice(0, 1) });
    const { timesheet } = await submitTimesheet(deps, abe.actor, { date: "2026-11-23" });
    expect(await forbidden(approveTimesheet(deps, abe.actor, { timesheetId: timesheet.id }))).toContain(
      "your own time",
    );
  });

  it("ends a delegate's authority on its end date", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex Delegated", ["employee"], { managerId: a.manager.id });
    const dan = await a.add("Dan Delegate", ["employee"]);
    const delegateClock = fixedClock("2026-11-30T15:00:00Z");
    const { deps } = depsFor(db, queue, delegateClock);
    await setApprovalDelegate(deps, a.manager.actor, {
      delegateId: dan.id,
      startsOn: "2026-11-30",
      endsOn: "2026-12-01",
    });
    await recordHours(deps, alex.actor, { days: WEEK_46.slice(0, 1) });
    const first = await submitTimesheet(deps, alex.actor, { date: "2026-11-23" });
    // Last day of the delegation, late evening in the client's time zone: still allowed.
    delegateClock.set("2026-12-02T04:30:00Z"); // 2026-12-01 23:30 EST
    const pending = await listPendingApprovals(deps, dan.actor);
    expect(pending.timesheets.map((t) => t.timesheetId)).toEqual([first.timesheet.id]);
    expect(pending.timesheets[0]?.via).toBe("delegate");
    await recordHours(deps, alex.actor, { days: [{ date: "2026-11-30", hours: "4" }] });
    const second = await submitTimesheet(deps, alex.actor, { date: "2026-11-30" });
    const ok = await approveTimesheet(deps, dan.actor, { timesheetId: first.timesheet.id });
    expect(ok.outcome).toBe("approved");
    // The day after the end date: refused.
    delegateClock.set("2026-12-02T05:30:00Z"); // 2026-12-02 00:30 EST
    await forbidden(approveTimesheet(deps, dan.actor, { timesheetId: second.timesheet.id }));
    expect((await listPendingApprovals(deps, dan.actor)).timesheets).toEqual([]);
    const decision = await db.prisma.timesheetDecision.findFirstOrThrow({
      where: { timesheetId: first.timesheet.id },
    });
    expect(decision.via).toBe("delegate");
  });

  it("pays a California employee's approved week by California rules", async () => {
    const a = await seedClient(db, { state: "CA", timezone: "America/Los_Angeles" });
    const cara = await a.add("Cara California", ["employee"], { managerId: a.manager.id, workState: "CA" });
    const { deps } = depsFor(db, queue, clock);
    // 46 hours: 13 + 13 + 10 + 10 = 46 over four days.
    await recordHours(deps, cara.actor, {
      days: [
        { date: "2026-11-23", hours: "13" },
        { date: "2026-11-24", hours: "13" },
        { date: "2026-11-25", hours: "10" },
        { date: "2026-11-26", hours: "10" },
      ],
    });
    const { timesheet } = await submitTimesheet(deps, cara.actor, { date: "2026-11-23" });
    await approveTimesheet(deps, a.manager.actor, { timesheetId: timesheet.id });
    const payable = await getPayableHours(deps, {
      clientId: a.client.id,
      periodStart: "2026-11-22",
      periodEnd: "2026-12-05",
    });
    // Daily: 8 regular each day (32), OT 4+4+2+2 = 12, double time 1+1 = 2.
    expect(payable.employees[0]).toMatchObject({
      rule: "california",
      regular: "32",
      overtime: "12",
      doubleTime: "2",
    });
  });

  it("tells the employee once when their week is approved, even when the approval is clicked twice", async () => {
    const a = await seedClient(db);
    const ana = await a.add("Ana Approved", ["employee"], { managerId: a.manager.id });
    const notifier = recordingNotifier();
    const { deps } = depsFor(db, queue, clock);
    const withNotifier = { ...deps, notifier };
    await recordHours(withNotifier, ana.actor, { days: WEEK_46.slice(0, 2) });
    const { timesheet } = await submitTimesheet(withNotifier, ana.actor, { date: "2026-11-23" });
    const first = await approveTimesheet(withNotifier, a.manager.actor, { timesheetId: timesheet.id });
    const second = await approveTimesheet(withNotifier, a.manager.actor, { timesheetId: timesheet.id });
    expect([first.outcome, second.outcome]).toEqual(["approved", "already"]);
    const toAna = notifier.sent.filter(
      (n) => n.recipient.kind === "employee" && n.recipient.employeeId === ana.id,
    );
    expect(toAna).toHaveLength(1);
    expect(JSON.stringify(toAna[0]?.reply)).toContain(`was approved by Mia Manager. It goes to payroll.`);
    expect(JSON.stringify(toAna[0]?.reply)).toContain(`(${first.totalHours} hours)`);
    expect(toAna[0]?.idempotencyKey).toBe(`timesheet-approved-${timesheet.id}-1`);
  });

  it("notifies the employee with the reason on rejection, and lets them resubmit", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex Rejected", ["employee"], { managerId: a.manager.id });
    const notifier = recordingNotifier();
    const { deps } = depsFor(db, queue, clock);
    const withNotifier = { ...deps, notifier };
    await recordHours(withNotifier, alex.actor, { days: WEEK_46.slice(0, 1) });
    const { timesheet } = await submitTimesheet(withNotifier, alex.actor, { date: "2026-11-23" });
    const rejected = await rejectTimesheet(withNotifier, a.manager.actor, {
      timesheetId: timesheet.id,
      reason: "Monday was a holiday",
    });
    expect(rejected.outcome).toBe("rejected");
    // Submitting asked the manager; rejecting told the employee why.
    expect(notifier.sent.map((n) => n.recipient)).toEqual([
      { kind: "employee", employeeId: a.manager.id },
      { kind: "employee", employeeId: alex.id },
    ]);
    expect(JSON.stringify(notifier.sent[0]?.reply)).toContain(`"name":"timesheet.approve"`);
    expect(JSON.stringify(notifier.sent[1]?.reply)).toContain("Monday was a holiday");
    const again = await rejectTimesheet(withNotifier, a.manager.actor, {
      timesheetId: timesheet.id,
      reason: "x",
    });
    expect(again.message).toMatch(/^Already rejected by Mia Manager/);
    await recordHours(withNotifier, alex.actor, {
      days: [
        { date: "2026-11-23", hours: "0" },
        { date: "2026-11-24", hours: "8" },
      ],
    });
    const resubmitted = await submitTimesheet(withNotifier, alex.actor, { date: "2026-11-23" });
    expect(resubmitted.timesheet.status).toBe("resubmitted");
    const approved = await approveTimesheet(withNotifier, a.manager.actor, { timesheetId: timesheet.id });
    expect(approved.outcome).toBe("approved");
  });

  it("previews a bulk approval with count and total hours, then approves exactly those", async () => {
    const a = await seedClient(db);
    const { deps } = depsFor(db, queue, clock);
    const team = [];
    for (const name of ["Tia", "Tom", "Ted"]) {
      const p = await a.add(name, ["employee"], { managerId: a.manager.id });
      await recordHours(deps, p.actor, { days: WEEK_46.slice(0, 4) });
      await submitTimesheet(deps, p.actor, { date: "2026-11-23" });
      team.push(p);
    }
    const preview = await previewBulkApproval(deps, a.manager.actor, { date: "2026-11-25" });
    expect(preview).toMatchObject({ count: 3, totalHours: "114" });
    expect(preview.question).toBe("Approve 3 timesheets (114 hours) for the week of 2026-11-22?");
    const result = await bulkApproveTimesheets(deps, a.manager.actor, {
      items: preview.timesheets.map((t) => ({ timesheetId: t.timesheetId, submission: t.submission })),
    });
    expect(result.approved).toHaveLength(3);
    expect(result.summary).toBe("Approved 3 timesheets (114 hours).");
    const again = await bulkApproveTimesheets(deps, a.manager.actor, {
      items: preview.timesheets.map((t) => ({ timesheetId: t.timesheetId, submission: t.submission })),
    });
    expect(again.approved).toHaveLength(0);
    expect(again.already).toHaveLength(3);
  });
});

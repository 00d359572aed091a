import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timesheetReminderProcessor } from "../../../jobs/reminder-timesheet.processor";
import { recordHours } from "../../../src/app/timesheets/record-hours";
import { scheduleTimesheetReminders } from "../../../src/app/timesheets/schedule-timesheet-reminders";
import { sendTimesheetReminders } from "../../../src/app/timesheets/send-timesheet-reminders";
import { submitTimesheet } from "../../../src/app/timesheets/submit-timesheet";
import { fixedClock } from "../../../src/core/clock";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { timesheetReminderJob } from "../../../src/queue/reminder-timesheet.job";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { testJobDeps } from "../../support/job-deps";
import { depsFor, seedClient, testQueue } from "./fixtures";

let db: TestDatabase;
let queue: QueueRuntime;

beforeAll(async () => {
  db = await createTestDatabase();
  queue = await testQueue(db);
});
afterAll(async () => {
  await queue?.close({ timeoutMs: 5_000 });
  await db?.cleanup();
});

const settings = {
  timesheets: {
    submissionCutoff: { daysAfterWeekEnd: 1, time: "12:00" },
    approvalCutoff: { daysAfterWeekEnd: 2, time: "12:00" },
    employeeReminderLeadHours: 24,
    managerReminderLeadHours: 24,
    escalationLeadHours: 6,
  },
};

describe("timesheet reminders and escalation", () => {
  it("fires employee reminders, manager reminders and the escalation at the configured times", async () => {
    // Wednesday of the week Sun Nov 22 – Sat Nov 28 (New York).
    const clock = fixedClock("2026-11-25T15:00:00Z");
    const a = await seedClient(db, { settings });
    const alex = await a.add("Alex Submitted", ["employee"], { managerId: a.manager.id });
    const ben = await a.add("Ben Late", ["employee"], { managerId: a.manager.id });
    await a.add("Sal Salaried", ["employee"], { managerId: a.manager.id, payType: "salary" });
    const { deps, notifier } = depsFor(db, queue, clock);
    // Only the reminders (submitting also sends the manager an approval card).
    const sent = () => notifier.sent.filter((n) => !n.idempotencyKey.startsWith("timesheet-submitted-"));
    await recordHours(deps, alex.actor, { days: [{ date: "2026-11-23", hours: "8" }] });
    await submitTimesheet(deps, alex.actor, { date: "2026-11-23" });

    const planned = await scheduleTimesheetReminders(deps, { clientId: a.client.id });
    expect(planned.map((p) => [p.kind, p.weekStart, p.at.toISOString()])).toEqual([
      ["employee_reminder", "2026-11-22", "2026-11-28T17:00:00.000Z"], // Sun 12:00 EST − 24 h
      ["manager_reminder", "2026-11-22", "2026-11-29T17:00:00.000Z"], // Mon 12:00 EST − 24 h
      ["escalation", "2026-11-22", "2026-11-30T11:00:00.000Z"], // Mon 12:00 EST − 6 h
    ]);
    const bull = queue.queue(timesheetReminderJob.queue);
    const delayed = await bull.getDelayed();
    const mine = delayed.filter((j) => (j.data.payload as { clientId: string }).clientId === a.client.id);
    const delays = Object.fromEntries(
      mine.map((j) => [(j.data.payload as { kind: string }).kind, j.opts.delay]),
    );
    expect(delays).toEqual({
      employee_reminder: Date.parse("2026-11-28T17:00:00Z") - clock.now().getTime(),
      manager_reminder: Date.parse("2026-11-29T17:00:00Z") - clock.now().getTime(),
      escalation: Date.parse("2026-11-30T11:00:00Z") - clock.now().getTime(),
    });

    const workers = queue.startWorkers([timesheetReminderProcessor], {
      deps: testJobDeps({ db, queue, clock, notifier, deliveries: [] }),
    });
    const fire = async (kind: string, at: string) => {
      clock.set(at);
      const job = mine.find((j) => (j.data.payload as { kind: string }).kind === kind)!;
      expect(await job.getState()).toBe("delayed");
      await job.promote(); // time is driven through the job's delay, not by sleeping
      await expect.poll(async () => (await job.getState()) as string, { timeout: 20_000 }).toBe("completed");
    };
    try {
      await fire("employee_reminder", "2026-11-28T17:00:00Z");
      // Only the hourly employee who has not submitted; salaried employees record exceptions only.
      expect(sent().map((n) => n.recipient)).toEqual([{ kind: "employee", employeeId: ben.id }]);
      expect(JSON.stringify(sent()[0]!.reply)).toContain("due by 2026-11-29 12:00 EST");

      await recordHours(deps, ben.actor, { days: [{ date: "2026-11-24", hours: "7.5" }] });
      await submitTimesheet(deps, ben.actor, { date: "2026-11-24" });
      await fire("manager_reminder", "2026-11-29T17:00:00Z");
      expect(
        sent()
          .slice(1)
          .map((n) => n.recipient),
      ).toEqual([{ kind: "employee", employeeId: a.manager.id }]);
      expect(JSON.stringify(sent()[1]!.reply)).toContain("2 timesheets (15.5 hours)");

      await fire("escalation", "2026-11-30T11:00:00Z");
      // Still pending: escalated to the manager's manager.
      expect(
        sent()
          .slice(2)
          .map((n) => n.recipient),
      ).toEqual([{ kind: "employee", employeeId: a.director.id }]);
      expect(JSON.stringify(sent()[2]!.reply)).toContain("Escalation: 2 timesheets (15.5 hours)");
    } finally {
      await workers.close({ timeoutMs: 5_000 });
    }
    // A re-run sends nothing twice.
    const rerun = await sendTimesheetReminders(deps, {
      kind: "escalation",
      clientId: a.client.id,
      weekStart: "2026-11-22",
    });
    expect(rerun.notified).toEqual([]);
  });

  it("escalates to the client admins when the manager has no manager", async () => {
    const clock = fixedClock("2026-11-30T11:00:00Z");
    const a = await seedClient(db, { settings });
    const ivy = await a.add("Ivy", ["employee"], { managerId: a.director.id }); // director has no manager
    const { deps, notifier } = depsFor(db, queue, clock);
    await recordHours(deps, ivy.actor, { days: [{ date: "2026-11-23", hours: "8" }] });
    await submitTimesheet(deps, ivy.actor, { date: "2026-11-23" });
    const run = await sendTimesheetReminders(deps, {
      kind: "escalation",
      clientId: a.client.id,
      weekStart: "2026-11-22",
    });
    expect(run.notified).toEqual([a.admin.id]);
    expect(notifier.sent.filter((n) => n.idempotencyKey.includes("escalation"))).toHaveLength(1);
  });

  it("does not plan reminders for a week whose approval cutoff has passed", async () => {
    const clock = fixedClock("2026-12-01T18:00:00Z"); // Tue: week of Nov 22 closed Mon noon
    const a = await seedClient(db, { settings });
    const { deps } = depsFor(db, queue, clock);
    const planned = await scheduleTimesheetReminders(deps, { clientId: a.client.id });
    expect([...new Set(planned.map((p) => p.weekStart))]).toEqual(["2026-11-29"]);
  });
});

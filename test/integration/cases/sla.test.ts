import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { caseDeliveryProcessor } from "../../../jobs/case-delivery.processor";
import { caseNotificationProcessor } from "../../../jobs/case-notification.processor";
import { caseSlaProcessor } from "../../../jobs/case-sla.processor";
import { createQueueCaseJobs } from "../../../src/app/cases/case-desk-deps";
import { caseWorkerDeps } from "../../../src/app/cases/case-worker-deps";
import { claimCase } from "../../../src/app/cases/claim-case";
import { fireSlaTimer } from "../../../src/app/cases/fire-sla-timer";
import { openCase } from "../../../src/app/cases/open-case";
import { relayEmployeeMessage } from "../../../src/app/cases/relay-employee-message";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { viewCase } from "../../../src/app/cases/view-case";
import { fixedClock } from "../../../src/core/clock";
import { createLogger } from "../../../src/log/logger";
import { caseSlaTimerJob } from "../../../src/queue/case-sla.job";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { testJobDeps } from "../../support/job-deps";
import { uniquePrefix, waitFor } from "../queue/queue-backends";
import { type CaseWorld, manualDeps, openTestQueue, RecordingNotifier, seedCaseWorld } from "./case-fixtures";

const HOUR = 3_600_000;

describe("SLA timers", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  let runtime: QueueRuntime | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterEach(async () => {
    await runtime?.close({ timeoutMs: 2_000 });
    runtime = undefined;
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("escalate a breach to the leads exactly once, however often the timer runs", async () => {
    // Opened Tuesday 10:00 New York; urgent first response due 11:00 (16:00Z).
    const { deps, jobs } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      category: "payroll",
      priority: "urgent",
      transcript: [{ role: "employee", text: "My paycheck is missing" }],
    });
    const breach = jobs
      .take()
      .timers.find((t) => t.kind === "breach" && t.at.toISOString() === "2026-03-03T16:00:00.000Z");
    expect(breach).toBeDefined();

    // Past the due time, run through the real queue: the job enqueued three times (same business key)
    // plus two direct concurrent calls of the processor's use case.
    const clock = fixedClock("2026-03-03T16:05:00Z");
    runtime = await openTestQueue(db, uniquePrefix());
    const notifier = new RecordingNotifier();
    const workerDeps = testJobDeps({
      db,
      queue: runtime,
      clock,
      logger: createLogger("silent"),
      notifier,
      deliveries: [],
    });
    const group = runtime.startWorkers([caseSlaProcessor, caseNotificationProcessor, caseDeliveryProcessor], {
      deps: workerDeps,
    });
    const caseJobs = createQueueCaseJobs(runtime, clock);
    const timer = breach!;
    await Promise.all([
      caseJobs.enqueue({ notifications: [], deliveries: [], timers: [timer] }),
      caseJobs.enqueue({ notifications: [], deliveries: [], timers: [timer] }),
      fireSlaTimer(caseWorkerDeps(workerDeps), { ...timer, at: timer.at.toISOString() }),
      fireSlaTimer(caseWorkerDeps(workerDeps), { ...timer, at: timer.at.toISOString() }),
    ]);
    await caseSlaTimerJob.enqueue(runtime, {
      clockId: timer.clockId,
      caseId: timer.caseId,
      kind: "breach",
      at: timer.at.toISOString(),
    });
    await waitFor(
      async () =>
        ((await runtime!.queue(caseSlaTimerJob.queue).getJobCounts("completed")).completed ?? 0) >= 1,
    );
    await waitFor(() => notifier.delivered.length >= 1);
    // Let any straggler run.
    await new Promise((r) => setTimeout(r, 500));
    await group.close({ timeoutMs: 2_000 });

    const escalations = notifier.delivered.filter((n) => JSON.stringify(n.reply).includes("breached"));
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.recipient).toEqual({ kind: "staff", staffId: world.admin.staffId });
    expect(JSON.stringify(escalations[0]?.reply)).toContain(
      `${opened.reference} (urgent, Acme Manufacturing) breached its first response SLA`,
    );
    expect(await db.prisma.caseEvent.count({ where: { caseId: opened.caseId, type: "sla_escalated" } })).toBe(
      1,
    );
    expect(
      await db.prisma.auditLog.count({ where: { subjectId: opened.caseId, action: "case.sla_escalated" } }),
    ).toBe(1);
    // And again later: nothing more.
    expect(await fireSlaTimer(caseWorkerDeps(workerDeps), { ...timer, at: timer.at.toISOString() })).toBe(
      "already_sent",
    );
  });

  it("does not count time spent waiting on the employee", async () => {
    // Normal priority, opened Tuesday 2026-03-03 10:00 New York: resolution target 5 business days (40 h).
    const { deps, clock, jobs } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      category: "benefits",
      transcript: [{ role: "employee", text: "Question about my HSA" }],
    });
    // Due next Tuesday 10:00 New York, which is EDT by then (DST began 2026-03-08): 14:00Z.
    const firstPlan = jobs
      .take()
      .timers.find((t) => t.kind === "breach" && t.at.toISOString() === "2026-03-10T14:00:00.000Z");
    expect(firstPlan).toBeDefined();
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });

    clock.set("2026-03-03T16:00:00Z"); // 1 business hour used
    await sendSpecialistMessage(deps, {
      actor: world.specialist,
      caseId: opened.caseId,
      text: "Which HSA account?",
      awaitReply: true,
    });
    expect((await deps.cases.findCase(opened.caseId))?.state).toBe("waiting_on_employee");
    jobs.take();

    // While paused, the old breach timer does nothing.
    clock.set("2026-03-10T15:30:00Z");
    expect(await fireSlaTimer(deps, { ...firstPlan!, at: firstPlan!.at.toISOString() })).toBe("paused");

    // The employee answers a week later (Tuesday 2026-03-10 11:30 EDT): 5 paused business days do not count.
    await relayEmployeeMessage(deps, { actor: world.employee, text: "The one at Fidelity" });
    expect((await deps.cases.findCase(opened.caseId))?.state).toBe("waiting_on_specialist");
    const replanned = jobs.take().timers.find((t) => t.kind === "breach" && t.clockId === firstPlan!.clockId);
    // 39 business hours left from Tue 2026-03-10 11:30 → Tue 2026-03-17 10:30 New York (EDT) = 14:30Z.
    expect(replanned?.at.toISOString()).toBe("2026-03-17T14:30:00.000Z");

    const view = await viewCase(deps, { actor: world.specialist, caseId: opened.caseId });
    const resolution = view.sla.find((s) => s.kind === "resolution");
    expect(resolution).toMatchObject({ status: "running", elapsedMillis: 1 * HOUR, breached: false });
    expect(view.sla.find((s) => s.kind === "first_response")?.status).toBe("met");

    // The stale timer of the original due time is recognised as re-planned and sends nothing.
    expect(await fireSlaTimer(deps, { ...firstPlan!, at: firstPlan!.at.toISOString() })).toBe("replanned");
    expect(await db.prisma.caseEvent.count({ where: { caseId: opened.caseId, type: "sla_escalated" } })).toBe(
      0,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDeliveryProcessor } from "../../../jobs/case-delivery.processor";
import { caseNotificationProcessor } from "../../../jobs/case-notification.processor";
import { type CaseDeskDeps, createQueueCaseJobs } from "../../../src/app/cases/case-desk-deps";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { relayEmployeeMessage } from "../../../src/app/cases/relay-employee-message";
import { resumeCaseWork } from "../../../src/app/cases/resume-case-work";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import type { ChannelDelivery } from "../../../src/app/notifications/channel-delivery";
import type { Notification } from "../../../src/app/notifier";
import { fixedClock } from "../../../src/core/clock";
import { createCaseRepository } from "../../../src/db/case-repository";
import { createLogger } from "../../../src/log/logger";
import { caseDeliveryJob } from "../../../src/queue/case-delivery.job";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { testJobDeps } from "../../support/job-deps";
import { uniquePrefix, waitFor } from "../queue/queue-backends";
import { type CaseWorld, openTestQueue, RecordingNotifier, seedCaseWorld } from "./case-fixtures";

function text(n: Notification): string {
  const block = n.reply.blocks[0];
  return block && block.kind === "text" ? block.text : "";
}

describe("relayed messages", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  let runtime: QueueRuntime;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
    runtime = await openTestQueue(db, uniquePrefix());
  });
  afterAll(async () => {
    await runtime.close({ timeoutMs: 2_000 });
    await db.cleanup();
  });

  it("arrive in order, none lost, when the worker restarts mid-delivery", async () => {
    const clock = fixedClock("2026-03-03T15:00:00Z");
    const deps: CaseDeskDeps = {
      cases: createCaseRepository(db.prisma),
      jobs: createQueueCaseJobs(runtime, clock),
      clock,
    };
    const notifier = new RecordingNotifier();
    // A dead worker's delivery lease expires after 1 s here (30 s in production).
    const workerDeps = testJobDeps({
      db,
      queue: runtime,
      clock,
      logger: createLogger("silent"),
      notifier,
      deliveries: [],
      caseDeliveryLeaseMs: 1_000,
    });

    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "I need help with my W-2" }],
    });
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });

    // Worker A hangs while sending the specialist's third message, then "dies" (force-closed, lock lost).
    let release: () => void = () => undefined;
    const hung = new Promise<void>((resolve) => {
      release = resolve;
    });
    let hangs = 1;
    notifier.before = async (n) => {
      if (text(n).endsWith(": message 3") && hangs-- > 0) await hung;
    };
    const workerA = runtime.startWorkers([caseDeliveryProcessor, caseNotificationProcessor], {
      deps: workerDeps,
      lockDuration: 1_000,
      stalledInterval: 300,
    });
    for (let i = 1; i <= 5; i++)
      await sendSpecialistMessage(deps, {
        actor: world.specialist,
        caseId: opened.caseId,
        text: `message ${i}`,
      });
    await relayEmployeeMessage(deps, { actor: world.employee, text: "reply 1" });
    await waitFor(() => notifier.calls.some((n) => text(n).endsWith(": message 3")));
    await workerA.close({ timeoutMs: 50 });

    // While no worker runs, both sides keep writing.
    await sendSpecialistMessage(deps, { actor: world.specialist, caseId: opened.caseId, text: "message 6" });
    await relayEmployeeMessage(deps, { actor: world.employee, text: "reply 2" });
    await relayEmployeeMessage(deps, {
      actor: world.employee,
      text: "reply 3",
      idempotencyKey: "slack-evt-1",
    });
    await relayEmployeeMessage(deps, {
      actor: world.employee,
      text: "reply 3",
      idempotencyKey: "slack-evt-1",
    });

    // Worker B starts (a new process would also run resumeCaseWork at start).
    await resumeCaseWork(deps);
    const workerB = runtime.startWorkers([caseDeliveryProcessor, caseNotificationProcessor], {
      deps: workerDeps,
      lockDuration: 1_000,
      stalledInterval: 300,
    });
    const toEmployee = () => notifier.delivered.filter((n) => n.recipient.kind === "employee").map(text);
    const toThread = () =>
      notifier.delivered
        .filter((n) => n.recipient.kind === "specialists" && n.reply.updateKey === undefined)
        .map(text);
    await waitFor(() => toEmployee().length === 7 && toThread().length === 3, 20_000);
    // The dead worker's stuck call finally returns: nothing is sent twice, nothing moves backwards.
    release();
    await new Promise((r) => setTimeout(r, 500));
    await workerB.close({ timeoutMs: 2_000 });

    expect(toEmployee()).toEqual([
      `*HR* · ${opened.reference}: Dana Lee from HR has picked up your case ${opened.reference} and will reply here.`,
      ...[1, 2, 3, 4, 5, 6].map((i) => `*Dana Lee (HR)* · ${opened.reference}: message ${i}`),
    ]);
    expect(toThread()).toEqual([1, 2, 3].map((i) => `*Alex Example* · ${opened.reference}: reply ${i}`));
    // Sequence numbers are per case, gap-free, and every message is marked delivered.
    const messages = await db.prisma.caseMessage.findMany({
      where: { caseId: opened.caseId },
      orderBy: { sequence: "asc" },
    });
    expect(messages.map((m) => m.sequence)).toEqual(messages.map((_, i) => i + 1));
    expect(messages.every((m) => m.deliveredAt !== null)).toBe(true);
    const stored = await db.prisma.case.findUniqueOrThrow({ where: { id: opened.caseId } });
    expect(stored.employeeDeliveredSeq).toBe(
      Math.max(...messages.filter((m) => m.audience === "employee").map((m) => m.sequence)),
    );
    // Message 3 was sent by the dead worker (stuck) and again by the new one, delivered once.
    expect(notifier.calls.filter((n) => text(n).endsWith(": message 3")).length).toBeGreaterThanOrEqual(2);
    // First-time sends happened in sequence order even across the restart.
    const firstCalls = [...new Map(notifier.calls.map((n) => [n.idempotencyKey, text(n)])).values()].filter(
      (t) => t.includes(": message "),
    );
    expect(firstCalls).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `*Dana Lee (HR)* · ${opened.reference}: message ${i}`),
    );
    expect(await runtime.queue(caseDeliveryJob.queue).getJobCounts("failed")).toMatchObject({ failed: 0 });
  });

  it("reach the channel in order when delivered on the channels directly", async () => {
    const clock = fixedClock("2026-03-03T15:00:00Z");
    const deps: CaseDeskDeps = {
      cases: createCaseRepository(db.prisma),
      jobs: createQueueCaseJobs(runtime, clock),
      clock,
    };
    const seen: string[] = [];
    const channel: ChannelDelivery = {
      channel: "playground",
      async send(target, reply) {
        const t = reply.blocks[0]?.kind === "text" ? reply.blocks[0].text : "";
        // The third message is slow on the wire: later ones must wait for it.
        if (t.endsWith(": note 3")) await new Promise((r) => setTimeout(r, 300));
        if (target.recipient.kind === "employee") seen.push(t.replace(/^.*: /, ""));
        return { id: String(seen.length) };
      },
      async update() {},
    };
    const workers = runtime.startWorkers([caseDeliveryProcessor], {
      deps: testJobDeps({
        db,
        queue: runtime,
        clock,
        logger: createLogger("silent"),
        notifier: new RecordingNotifier(),
        deliveries: [channel],
      }),
      concurrency: 5,
    });
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "hi" }],
    });
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    for (let i = 1; i <= 6; i++)
      await sendSpecialistMessage(deps, {
        actor: world.specialist,
        caseId: opened.caseId,
        text: `note ${i}`,
      });
    await waitFor(() => seen.length === 7, 20_000);
    await workers.close({ timeoutMs: 2_000 });
    expect(seen.slice(1)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `note ${i}`));
  });
});

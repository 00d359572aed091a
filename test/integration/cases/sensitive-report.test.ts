import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseDesk } from "../../../src/app/cases/case-desk";
import { claimCase } from "../../../src/app/cases/claim-case";
import { listMyOpenCases, listTeamQueue } from "../../../src/app/cases/list-cases";
import { sendCaseNotification } from "../../../src/app/cases/send-case-notification";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { viewCase } from "../../../src/app/cases/view-case";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("a harassment report", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("creates an urgent case visible only to senior specialists and the employee", async () => {
    const { deps, jobs, notifier } = manualDeps(db, "2026-03-03T15:00:00Z");
    const desk = createCaseDesk(deps);
    const opened = await desk.openCase({
      actor: world.employee,
      origin: "sensitive_report",
      category: "harassment",
      priority: "high",
      summary: "Sensitive report",
      transcript: [
        {
          role: "employee",
          text: "My supervisor keeps harassing me and touching my shoulder. My SSN is 123-45-6789.",
          at: "2026-03-03T14:59:00Z",
        },
        {
          role: "assistant",
          text: "Thank you for telling us. I've passed it to an HR specialist.",
          at: "2026-03-03T15:00:00Z",
        },
      ],
      channel: "slack",
      conversationKey: "slack:T1:U1",
      idempotencyKey: "slack:T1:U1:3:sensitive_report",
    });
    expect(opened.reference).toMatch(/^HR-\d+$/);

    const stored = await deps.cases.findCase(opened.caseId);
    expect(stored).toMatchObject({
      priority: "urgent",
      category: "harassment",
      sensitive: true,
      state: "new",
    });
    expect(stored?.summary).not.toContain("6789");

    // Same handoff again (retry): the same case.
    expect(
      (await desk.openCase({ ...(await lastRequest()), idempotencyKey: "slack:T1:U1:3:sensitive_report" }))
        .caseId,
    ).toBe(opened.caseId);

    // Team queues: seniors see it, specialists (even assigned to the client) and admins do not.
    const ids = async (actor: CaseWorld["specialist"]) => (await listTeamQueue(deps, actor)).map((c) => c.id);
    expect(await ids(world.senior)).toContain(opened.caseId);
    expect(await ids(world.otherSenior)).toContain(opened.caseId);
    expect(await ids(world.specialist)).not.toContain(opened.caseId);
    expect(await ids(world.admin)).not.toContain(opened.caseId);
    const queued = (await listTeamQueue(deps, world.senior)).find((c) => c.id === opened.caseId);
    expect(queued?.summary).toBeNull();

    // Nobody at the client but the employee; no non-senior staff.
    for (const actor of [world.manager, world.clientAdmin, world.specialist, world.admin]) {
      const error = await viewCase(deps, { actor, caseId: opened.caseId }).catch((e) => e);
      expect(isDomainError(error, "record.not_found")).toBe(true);
    }
    await expect(claimCase(deps, { actor: world.specialist, caseId: opened.caseId })).rejects.toMatchObject({
      code: "record.not_found",
    });
    expect((await listMyOpenCases(deps, world.employee)).map((c) => c.id)).toContain(opened.caseId);

    // Notifications: a direct message to each senior specialist, without the report's text.
    const work = jobs.take();
    for (const id of work.notifications) await sendCaseNotification(deps, { notificationId: id });
    const recipients = notifier.delivered.map((n) => n.recipient);
    expect(recipients).toEqual(
      expect.arrayContaining([
        { kind: "staff", staffId: world.senior.staffId },
        { kind: "staff", staffId: world.otherSenior.staffId },
      ]),
    );
    expect(recipients).toHaveLength(2);
    expect(JSON.stringify(notifier.delivered)).not.toMatch(/harassing|shoulder/);
    // The urgent first-response timer is planned one business hour out.
    expect(work.timers.find((t) => t.kind === "breach")?.at.toISOString()).toBe("2026-03-03T16:00:00.000Z");

    // The senior claims and writes an internal note: the employee's view never shows it.
    await claimCase(deps, { actor: world.senior, caseId: opened.caseId });
    await sendSpecialistMessage(deps, {
      actor: world.senior,
      caseId: opened.caseId,
      text: "Check prior complaints",
      internal: true,
    });
    await sendSpecialistMessage(deps, {
      actor: world.senior,
      caseId: opened.caseId,
      text: "I'm here to help. Can we talk today?",
    });
    const employeeView = await viewCase(deps, { actor: world.employee, caseId: opened.caseId });
    expect(employeeView.messages.map((m) => m.body)).not.toContain("Check prior complaints");
    expect(employeeView.messages.map((m) => m.audience)).not.toContain("internal");
    expect(employeeView.case.summary).toBeNull();
    const seniorView = await viewCase(deps, { actor: world.senior, caseId: opened.caseId });
    expect(seniorView.messages.map((m) => m.body)).toContain("Check prior complaints");

    // Every view of the sensitive case is audited.
    const views = await db.prisma.auditLog.findMany({
      where: { subjectId: opened.caseId, action: "case.viewed" },
    });
    expect(views.map((v) => v.actorId)).toEqual([world.employee.employeeId, world.senior.staffId]);
    const actions = (
      await db.prisma.auditLog.findMany({ where: { subjectId: opened.caseId }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(["case.opened", "case.claim", "case.note_added", "case.message_to_employee"]),
    );

    async function lastRequest() {
      return {
        actor: world.employee,
        origin: "sensitive_report" as const,
        category: "harassment",
        priority: "high" as const,
        summary: "x",
        transcript: [],
        channel: "slack" as const,
        conversationKey: "slack:T1:U1",
      };
    }
  });
});

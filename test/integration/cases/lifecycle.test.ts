import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientCaseReport } from "../../../src/app/cases/case-report";
import { claimCase } from "../../../src/app/cases/claim-case";
import { deliverCaseMessages } from "../../../src/app/cases/deliver-case-messages";
import { listMyOpenCases, listMyQueue, listTeamQueue } from "../../../src/app/cases/list-cases";
import { openCase } from "../../../src/app/cases/open-case";
import { recordSatisfaction } from "../../../src/app/cases/record-satisfaction";
import { relayEmployeeMessage } from "../../../src/app/cases/relay-employee-message";
import { reopenCase } from "../../../src/app/cases/reopen-case";
import { resolveCase } from "../../../src/app/cases/resolve-case";
import { sendCaseNotification } from "../../../src/app/cases/send-case-notification";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { setCaseWaiting } from "../../../src/app/cases/set-case-waiting";
import { transferCase } from "../../../src/app/cases/transfer-case";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("a case from opening to satisfaction", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("is claimed, transferred, resolved with a note, rated, reopened and reported", async () => {
    const { deps, clock, notifier, jobs } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "leave_of_absence",
      transcript: [
        { role: "employee", text: "I need 12 weeks of leave from 2026-04-01 for surgery." },
        { role: "assistant", text: "Leaves of absence are handled by an HR specialist." },
      ],
      headline: "Leave of absence request",
      openKey: "k-leave-1",
    });
    expect(opened.case).toMatchObject({
      priority: "high",
      category: "leave_of_absence",
      sensitive: false,
      summarySource: "extractive",
    });
    expect(opened.case.summary).toBe(
      "Leave of absence request\nEmployee: I need 12 weeks of leave from 2026-04-01 for surgery.\nAssistant: Leaves of absence are handled by an HR specialist.",
    );

    // Routing: the client's assigned specialists and admins see it; a specialist of another client does not.
    expect((await listTeamQueue(deps, world.specialist)).map((c) => c.id)).toContain(opened.caseId);
    expect((await listTeamQueue(deps, world.unassignedSpecialist)).map((c) => c.id)).not.toContain(
      opened.caseId,
    );
    expect((await listMyOpenCases(deps, world.employee)).map((c) => c.reference)).toContain(opened.reference);

    clock.set("2026-03-03T15:20:00Z");
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    // The case card posted in the specialists' thread is updated in place: no Claim button any more.
    for (const id of jobs.take().notifications) await sendCaseNotification(deps, { notificationId: id });
    expect(notifier.delivered.filter((n) => n.reply.updateKey === `case:${opened.caseId}`)).toHaveLength(1);
    const cardUpdate = notifier.updates.find((u) => u.updateKey === `case:${opened.caseId}`);
    expect(JSON.stringify(cardUpdate?.reply)).toContain("Claimed, owner Dana Lee");
    expect(JSON.stringify(cardUpdate?.reply)).not.toContain("case.claim");
    await expect(
      resolveCase(deps, { actor: world.otherSpecialist, caseId: opened.caseId, note: "x" }),
    ).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    clock.set("2026-03-03T15:50:00Z");
    await sendSpecialistMessage(deps, {
      actor: world.specialist,
      caseId: opened.caseId,
      text: "Is the surgery date fixed?",
      awaitReply: true,
    });
    await relayEmployeeMessage(deps, { actor: world.employee, text: "Yes, April 1." });
    await transferCase(deps, {
      actor: world.specialist,
      caseId: opened.caseId,
      toStaffId: world.otherSpecialist.staffId,
      note: "FMLA expert",
    });
    expect((await listMyQueue(deps, world.otherSpecialist)).map((c) => c.id)).toContain(opened.caseId);
    await expect(
      transferCase(deps, {
        actor: world.otherSpecialist,
        caseId: opened.caseId,
        toStaffId: world.unassignedSpecialist.staffId,
      }),
    ).rejects.toMatchObject({ code: "auth.forbidden" });

    // Invalid transitions are refused with the state named.
    await setCaseWaiting(deps, { actor: world.otherSpecialist, caseId: opened.caseId, on: "employee" });
    await expect(
      setCaseWaiting(deps, { actor: world.otherSpecialist, caseId: opened.caseId, on: "employee" }),
    ).rejects.toMatchObject({
      code: "case.invalid_transition",
    });

    clock.set("2026-03-04T15:00:00Z");
    await resolveCase(deps, {
      actor: world.otherSpecialist,
      caseId: opened.caseId,
      note: "FMLA approved from April 1.",
    });
    await deliverCaseMessages(deps, { caseId: opened.caseId, stream: "employee" });
    const survey = notifier.delivered.filter((n) => n.recipient.kind === "employee").at(-1);
    expect(survey?.reply.blocks.find((b) => b.kind === "actions")).toMatchObject({
      buttons: [1, 2, 3, 4, 5].map((score) => ({
        command: { name: "case.rate", args: { caseId: opened.caseId, round: 0, score } },
      })),
    });

    await expect(
      recordSatisfaction(deps, { actor: world.employee, caseId: opened.caseId, round: 0, score: 6 }),
    ).rejects.toMatchObject({
      code: "input.invalid",
    });
    await expect(
      recordSatisfaction(deps, { actor: world.manager, caseId: opened.caseId, round: 0, score: 5 }),
    ).rejects.toMatchObject({
      code: "record.not_found",
    });
    expect(
      await recordSatisfaction(deps, { actor: world.employee, caseId: opened.caseId, round: 0, score: 5 }),
    ).toEqual({ recorded: true });
    expect(
      await recordSatisfaction(deps, { actor: world.employee, caseId: opened.caseId, round: 0, score: 1 }),
    ).toEqual({ recorded: false });
    expect((await deps.cases.findCase(opened.caseId))?.state).toBe("closed");
    expect(await deps.cases.csatResponses(opened.caseId)).toEqual([{ round: 0, score: 5 }]);

    clock.set("2026-03-05T15:00:00Z");
    const reopened = await reopenCase(deps, {
      actor: world.employee,
      caseId: opened.caseId,
      reason: "The dates changed",
    });
    expect(reopened).toMatchObject({ state: "reopened", reopenCount: 1 });
    const clocks = await deps.cases.clocks(opened.caseId);
    expect(clocks.map((c) => `${c.kind}:${c.cycle}:${c.stoppedAt ? "stopped" : "running"}`)).toEqual([
      "first_response:0:stopped",
      "resolution:0:stopped",
      "first_response:1:running",
      "resolution:1:running",
    ]);

    // Every state change is in the audit trail.
    const actions = (
      await db.prisma.auditLog.findMany({ where: { subjectId: opened.caseId }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(
      actions.filter((a) =>
        /^case\.(opened|claim|transfer|wait_on_employee|wait_on_specialist|resolve|close|reopen)$/.test(a),
      ),
    ).toEqual([
      "case.opened",
      "case.claim",
      "case.wait_on_employee",
      "case.wait_on_specialist",
      "case.transfer",
      "case.wait_on_employee",
      "case.resolve",
      "case.close",
      "case.reopen",
    ]);

    // The client report: opened 10:00, first reply to the employee 10:50 New York = 50 business minutes.
    const client = await db.prisma.clientEmployer.findUniqueOrThrow({ where: { id: world.clientId } });
    const report = await buildClientCaseReport(deps, {
      actor: world.admin,
      clientEin: client.ein,
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(report).toMatchObject({
      client: client.ein,
      total: 1,
      byCategory: { leave_of_absence: 1 },
      medianFirstResponseBusinessMinutes: 50,
      slaBreaches: { first_response: 0, resolution: 0, total: 0 },
    });
    await expect(
      buildClientCaseReport(deps, {
        actor: world.employee,
        clientEin: client.ein,
        from: "2026-03-01",
        to: "2026-03-31",
      }),
    ).rejects.toMatchObject({ code: "auth.forbidden" });
  });
});

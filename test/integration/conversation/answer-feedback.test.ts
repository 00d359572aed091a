import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFeedbackReport } from "../../../src/app/feedback/feedback-report";
import type { Actor } from "../../../src/core/policy/actor";
import { createFeedbackRepository } from "../../../src/db/feedback-repository";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { seedClient } from "../timesheets/fixtures";

describe("answer feedback", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("keeps one verdict per answer (the latest), and the report lists them by intent", async () => {
    const { client } = await seedClient(db);
    const employee: Actor = {
      kind: "employee",
      employeeId: randomUUID(),
      clientId: client.id,
      name: "Alex",
      roles: ["employee"],
      timezone: "America/New_York",
    } as Actor;
    const repo = createFeedbackRepository(db.prisma);
    const base = {
      actor: employee,
      channel: "slack" as const,
      intent: "benefits_question" as const,
      question: "how much is a specialist visit",
      answer: "Specialist visit — in network: $50 copay per visit.",
    };
    await repo.record({ ...base, verdict: "right", idempotencyKey: "k1" });
    await repo.record({ ...base, verdict: "wrong", idempotencyKey: "k1" });
    await repo.record({ ...base, verdict: "wrong", idempotencyKey: "k1" });
    await repo.record({
      ...base,
      question: "is acupuncture covered",
      verdict: "right",
      idempotencyKey: "k2",
    });
    // A specialist's verdict is not an employee's view of their own answer: not kept.
    await repo.record({
      ...base,
      actor: { kind: "staff", staffId: "s", roles: ["specialist"], name: "Dana", timezone: "UTC" },
      verdict: "wrong",
      idempotencyKey: "k3",
    });
    const today = new Date().toISOString().slice(0, 10);
    const report = await buildFeedbackReport(db, { ein: client.ein, from: today, to: today });
    expect(report.totals).toEqual({ right: 1, wrong: 1 });
    expect(report.byIntent).toEqual([{ intent: "benefits_question", right: 1, wrong: 1 }]);
    expect(report.feedback.map((f) => [f.question, f.verdict])).toEqual([
      ["how much is a specialist visit", "wrong"],
      ["is acupuncture covered", "right"],
    ]);
    await expect(buildFeedbackReport(db, { ein: client.ein, from: "2026-13-01", to: today })).rejects.toThrow(
      /--from: not a date/,
    );
  });
});

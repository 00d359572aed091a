import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerBenefitsQuestion } from "../../../src/app/benefits/answer-benefits-question";
import { applyBenefitsElection } from "../../../src/app/benefits/apply-benefits-election";
import { type BenefitsServices, createBenefitsServices } from "../../../src/app/benefits/benefits-services";
import { ingestDemoDocuments } from "../../../src/app/benefits/ingest-plan-documents";
import { reportLifeEvent } from "../../../src/app/benefits/report-life-event";
import { confirmBenefitsChange } from "../../../src/app/benefits/request-benefits-change";
import { importCensus, parseCensus } from "../../../src/app/census/import-census";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import type { Notification } from "../../../src/app/notifier";
import { deductionsForPeriod } from "../../../src/core/benefits/deductions";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { listAudit } from "../../../src/db/audit-repository";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const env = { LLM_PROVIDER: "none" } as const;
let db: TestDatabase;
let services: BenefitsServices;
let kevin: Extract<Actor, { kind: "employee" }>;
const clock = fixedClock("2026-03-02T15:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  const census = parseCensus(JSON.parse(readFileSync(join(DEMO_DIR, "acme-manufacturing.json"), "utf8")));
  await importCensus(db, census, { clock, requestId: "test" });
  services = createBenefitsServices(db, env);
  await ingestDemoDocuments(services);
  const row = await db.prisma.employee.findFirstOrThrow({ where: { email: "kevin.obrien@acme.test" } });
  kevin = {
    kind: "employee",
    employeeId: row.id,
    clientId: row.clientId,
    roles: ["employee"],
    name: row.name,
    timezone: "America/New_York",
  };
});

afterAll(async () => {
  await db?.cleanup();
});

describe("benefits answers from the database", () => {
  it("answers the employee's own deductible by network, says which tier applies, and cites the document", async () => {
    const answer = await answerBenefitsQuestion(
      { employeeId: kevin.employeeId, clientId: kevin.clientId, question: "What's my deductible?" },
      { facts: services.repo, retriever: services.retriever, clock },
    );
    expect(answer.answer).toBe(
      "Your Keystone Health PPO Gold deductible: $1,000 individual / $2,000 family in network; $2,000 individual / $4,000 family out of network. You have employee + spouse coverage, so the family amount applies.",
    );
    // The plan record's figures stay beside the answer.
    expect(answer.facts).toEqual([
      { label: "Keystone Health PPO Gold deductible", value: "$1,000 individual, $2,000 family" },
    ]);
    expect(answer.citations[0]).toMatchObject({
      document: "sbc-ppo-gold.md",
      section: "Important Questions > Overall deductible",
    });
  });

  it("re-ingesting unchanged demo documents changes nothing", async () => {
    const [first] = await ingestDemoDocuments(services);
    expect(first?.summary.documents.every((d) => d.status === "unchanged")).toBe(true);
    const sections = await db.prisma.kbSection.count({ where: { clientId: kevin.clientId } });
    expect(sections).toBeGreaterThan(50);
  });
});

describe("a birth: life event, confirmed change, job, payroll", () => {
  it("adds the newborn retroactively, once, audited, with a catch-up of the tier difference", async () => {
    const event = await reportLifeEvent(
      kevin,
      { type: "birth", eventDate: "2026-02-10" },
      { services, clock },
    );
    expect(event).toMatchObject({ created: true, windowOpens: "2026-02-10" });
    const again = await reportLifeEvent(
      kevin,
      { type: "birth", eventDate: "2026-02-10" },
      { services, clock },
    );
    expect(again).toMatchObject({ created: false, lifeEventId: event.lifeEventId });

    const enqueued: string[] = [];
    const request = {
      planCode: "PPO-GOLD",
      tier: "family" as const,
      dependentIds: [],
      lifeEventId: event.lifeEventId,
      newDependent: { name: "Baby O'Brien", relationship: "child" as const, dateOfBirth: "2026-02-10" },
    };
    const deps = { services, clock, enqueueApplyElection: async (id: string) => void enqueued.push(id) };
    const confirmed = await confirmBenefitsChange(kevin, request, deps);
    expect(confirmed.prepared.effectiveFrom).toBe("2026-02-10");
    const twice = await confirmBenefitsChange(kevin, request, deps);
    expect(twice).toMatchObject({ electionId: confirmed.electionId, created: false });
    expect(await db.prisma.dependent.count({ where: { employeeId: kevin.employeeId } })).toBe(1);

    const sent: Notification[] = [];
    const notifier = { notify: async (n: Notification) => void sent.push(n) };
    const applied = await applyBenefitsElection(confirmed.electionId, {
      repo: services.repo,
      clock,
      notifier,
    });
    expect(applied.changed).toBe(true);
    expect(
      (await applyBenefitsElection(confirmed.electionId, { repo: services.repo, clock, notifier })).changed,
    ).toBe(false);
    expect(sent).toHaveLength(1);

    const medical = await db.prisma.enrollment.findMany({
      where: { employeeId: kevin.employeeId, plan: { type: "medical" } },
      orderBy: { effectiveFrom: "asc" },
    });
    expect(medical.map((e) => [e.tier, e.effectiveTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["employee_spouse", "2026-02-09"],
      ["family", null],
    ]);
    const audit = await listAudit(db.prisma, {
      subjectType: "BenefitElection",
      subjectId: confirmed.electionId,
    });
    expect(audit.map((a) => a.action)).toEqual(["benefits.election.confirmed", "benefits.election.applied"]);

    // Next biweekly payroll after the change: periods ending 2026-02-14 and 2026-02-28 were deducted at
    // the old tier; the family enrollment catches up the difference (286.15 − 203.08 = 83.07 each).
    const enrollments = await services.repo.enrollmentsForPayroll(
      kevin.clientId,
      "2026-03-01",
      "2026-03-14",
      [kevin.employeeId],
    );
    const lines = deductionsForPeriod(enrollments, "2026-03-01", "2026-03-14");
    const medicalLines = lines.deductions.filter((d) => d.code === "section125_medical");
    expect(medicalLines.map((d) => [d.kind, d.amount])).toEqual([
      ["current", "286.15"],
      ["retro_catch_up", "166.14"],
    ]);
  });

  it("refuses a change outside any window", async () => {
    const error = await confirmBenefitsChange(
      kevin,
      { planCode: "DENTAL-PLUS", tier: "employee", dependentIds: [] },
      { services, clock, enqueueApplyElection: async () => {} },
    ).catch((e: unknown) => e);
    expect(isDomainError(error, "benefits.election_rejected")).toBe(true);
  });
});

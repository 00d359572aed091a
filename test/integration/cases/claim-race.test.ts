import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("claiming a case", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("gives two simultaneous claims exactly one owner and tells the other who won", async () => {
    const { deps } = manualDeps(db, "2026-03-03T15:00:00Z");
    for (let round = 0; round < 5; round++) {
      const opened = await openCase(deps, {
        actor: world.employee,
        origin: "talk_to_human",
        category: "benefits",
        transcript: [{ role: "employee", text: `Can I talk to someone about my dental plan? (${round})` }],
      });
      const results = await Promise.allSettled([
        claimCase(deps, { actor: world.specialist, caseId: opened.caseId }),
        claimCase(deps, { actor: world.otherSpecialist, caseId: opened.caseId }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof claimCase>>>).value;
      expect(lost[0]?.reason).toMatchObject({
        code: "case.already_claimed",
        userMessage: `${opened.reference} is already claimed by ${winner.assigneeName}.`,
      });
      const stored = await deps.cases.findCase(opened.caseId);
      expect(stored?.assigneeId).toBe(winner.assigneeId);
      expect(stored?.state).toBe("claimed");
      const claimEvents = await db.prisma.caseEvent.count({
        where: { caseId: opened.caseId, toState: "claimed" },
      });
      expect(claimEvents).toBe(1);
    }
  });

  it("lets the owner click Claim again without an error, and refuses staff the case is not routed to", async () => {
    const { deps } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "help" }],
    });
    await expect(
      claimCase(deps, { actor: world.unassignedSpecialist, caseId: opened.caseId }),
    ).rejects.toMatchObject({ code: "record.not_found" });
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    await expect(claimCase(deps, { actor: world.specialist, caseId: opened.caseId })).resolves.toMatchObject({
      assigneeId: world.specialist.staffId,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { resolveCase } from "../../../src/app/cases/resolve-case";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { setCaseWaiting } from "../../../src/app/cases/set-case-waiting";
import { transferCase } from "../../../src/app/cases/transfer-case";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("a specialist clicking an old case card", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("is told who has the case now, and nothing changes", async () => {
    const { deps, clock } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "I have a question about my W-2." }],
      headline: "W-2 question",
      openKey: "k-stale-1",
    });
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    await transferCase(deps, {
      actor: world.specialist,
      caseId: opened.caseId,
      toStaffId: world.otherSpecialist.staffId,
    });
    const snapshot = async () => {
      const c = await deps.cases.findCase(opened.caseId);
      const messages = await deps.cases.messages(opened.caseId, ["employee", "staff", "internal"]);
      return { state: c?.state, assigneeId: c?.assigneeId, messages: messages.length };
    };
    const transferred = await snapshot();
    expect(transferred).toMatchObject({ state: "claimed", assigneeId: world.otherSpecialist.staffId });

    // Dana's card still shows Resolve, Reply, Waiting, Transfer and Claim: every one says where it is.
    const nowWithSam = { userMessage: `${opened.reference} is now with Sam Ortiz; nothing was changed.` };
    const dana = world.specialist;
    const caseId = opened.caseId;
    await expect(resolveCase(deps, { actor: dana, caseId, note: "done" })).rejects.toMatchObject(nowWithSam);
    await expect(sendSpecialistMessage(deps, { actor: dana, caseId, text: "hi" })).rejects.toMatchObject(
      nowWithSam,
    );
    await expect(setCaseWaiting(deps, { actor: dana, caseId, on: "employee" })).rejects.toMatchObject(
      nowWithSam,
    );
    await expect(
      transferCase(deps, { actor: dana, caseId, toStaffId: world.specialist.staffId }),
    ).rejects.toMatchObject(nowWithSam);
    await expect(claimCase(deps, { actor: dana, caseId })).rejects.toMatchObject({
      code: "case.already_claimed",
      userMessage: `${opened.reference} is already claimed by Sam Ortiz.`,
    });
    expect(await snapshot()).toEqual(transferred);

    clock.set("2026-03-03T16:00:00Z");
    await resolveCase(deps, { actor: world.otherSpecialist, caseId, note: "W-2 reissued." });
    const resolved = await snapshot();
    const wasResolved = {
      code: "case.invalid_transition",
      userMessage: `${opened.reference} was already resolved by Sam Ortiz; nothing was changed. Reopen it if it needs more work.`,
    };
    for (const actor of [world.specialist, world.otherSpecialist]) {
      await expect(resolveCase(deps, { actor, caseId, note: "again" })).rejects.toMatchObject(wasResolved);
      await expect(claimCase(deps, { actor, caseId })).rejects.toMatchObject(wasResolved);
      await expect(
        transferCase(deps, { actor, caseId, toStaffId: world.specialist.staffId }),
      ).rejects.toMatchObject(wasResolved);
    }
    expect(await snapshot()).toEqual(resolved);
  });
});

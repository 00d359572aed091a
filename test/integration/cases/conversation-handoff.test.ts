import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseCommands } from "../../../src/app/cases/case-commands";
import { createCaseDesk } from "../../../src/app/cases/case-desk";
import { claimCase } from "../../../src/app/cases/claim-case";
import { listTeamQueue } from "../../../src/app/cases/list-cases";
import { openCase } from "../../../src/app/cases/open-case";
import { resolveCase } from "../../../src/app/cases/resolve-case";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { builtInDialogs } from "../../../src/app/dialogs";
import { CommandRegistry } from "../../../src/conversation/commands";
import { DialogRegistry } from "../../../src/conversation/dialog-registry";
import { handleTurn } from "../../../src/conversation/engine";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import { InMemoryConversationStore } from "../../../src/conversation/store";
import { createLogger } from "../../../src/log/logger";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("the conversation engine handing off to the case desk", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("turns a harassment report in chat into an urgent seniors-only case, with no automated answer", async () => {
    const { deps, clock } = manualDeps(db, "2026-03-03T15:00:00Z");
    const desk = createCaseDesk(deps);
    const conversation = {
      store: new InMemoryConversationStore(),
      clock,
      classifier: OfflineIntentClassifier.train(),
      dialogs: new DialogRegistry(builtInDialogs),
      commands: new CommandRegistry(),
      caseDesk: desk,
      logger: createLogger("silent"),
    };
    const replies = await handleTurn(conversation, {
      actor: world.employee,
      channel: "slack",
      conversationKey: "slack:T0ACME:U0ALEX:D1",
      input: {
        kind: "text",
        text: "my supervisor keeps touching me and making sexual comments, I feel harassed",
      },
    });
    const shown = JSON.stringify(replies);
    expect(shown).toMatch(/Case HR-\d+ opened/);
    // Only an acknowledgement and the connection to a person: no buttons, no advice, no answer.
    expect(
      replies
        .flatMap((r) => r.blocks)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(["status", "text"]);

    const cases = await db.prisma.case.findMany({ where: { employeeId: world.employee.employeeId } });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      origin: "sensitive_report",
      priority: "urgent",
      sensitive: true,
      category: "harassment",
    });
    expect((await listTeamQueue(deps, world.senior)).map((c) => c.id)).toEqual([cases[0]!.id]);
    expect(await listTeamQueue(deps, world.specialist)).toEqual([]);

    // The employee's next chat message is relayed to the case once a senior is on it.
    await claimCase(deps, { actor: world.senior, caseId: cases[0]!.id });
    await sendSpecialistMessage(deps, {
      actor: world.senior,
      caseId: cases[0]!.id,
      text: "I'm sorry. Are you safe right now?",
    });
    const relayed = await desk.relayFromEmployee({ actor: world.employee, text: "Yes, I'm at home." });
    expect(relayed).toMatchObject({ caseId: cases[0]!.id, reference: `HR-${cases[0]!.number}` });
  });

  it("runs the case buttons as typed commands, re-checking who clicked", async () => {
    const { deps, clock } = manualDeps(db, "2026-03-04T15:00:00Z");
    const conversation = {
      store: new InMemoryConversationStore(),
      clock,
      classifier: OfflineIntentClassifier.train(),
      dialogs: new DialogRegistry(builtInDialogs),
      commands: new CommandRegistry(createCaseCommands(deps)),
      caseDesk: createCaseDesk(deps),
      logger: createLogger("silent"),
    };
    const click = (
      actor: CaseWorld["specialist"] | CaseWorld["employee"],
      name: string,
      args: Record<string, string | number>,
    ) =>
      handleTurn(conversation, {
        actor,
        channel: "slack",
        conversationKey: `slack:T0ACME:${actor.name}`,
        input: { kind: "command", command: { name, args } },
      });
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "help" }],
    });

    expect(JSON.stringify(await click(world.specialist, "case.claim", { caseId: opened.caseId }))).toContain(
      `${opened.reference} claimed by Dana Lee`,
    );
    expect(
      JSON.stringify(await click(world.otherSpecialist, "case.claim", { caseId: opened.caseId })),
    ).toContain(`${opened.reference} is already claimed by Dana Lee.`);
    // The specialist's view shows the SLA clock in the specialist's own time zone, never a raw timestamp.
    const view = JSON.stringify(await click(world.specialist, "case.view", { caseId: opened.caseId }));
    expect(view).toMatch(/due \w{3} \w{3} \d{1,2}, \d{1,2}:\d{2} [AP]M [A-Z]{2,5}/);
    expect(view).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // A forged click by the manager on the employee's case: refused as if the case did not exist.
    expect(JSON.stringify(await click(world.manager, "case.view", { caseId: opened.caseId }))).toContain(
      "I couldn't find that case.",
    );

    await resolveCase(deps, { actor: world.specialist, caseId: opened.caseId, note: "Answered by phone." });
    expect(
      JSON.stringify(await click(world.employee, "case.rate", { caseId: opened.caseId, round: 0, score: 4 })),
    ).toContain("Thanks for your feedback!");
    expect(await deps.cases.csatResponses(opened.caseId)).toEqual([{ round: 0, score: 4 }]);
  });
});

import { describe, expect, it } from "vitest";
import {
  censusAssistanceProgram,
  clientAssistanceProgram,
  findAssistanceProgram,
} from "../../../../src/app/benefits/assistance-program";
import { assembleDialogs } from "../../../../src/app/dialogs";
import { RecordingCaseDesk } from "../../../../src/conversation/case-desk";
import { createConversationDeps } from "../../../../src/conversation/create-engine";
import { handleTurn } from "../../../../src/conversation/engine";
import { InMemoryConversationStore } from "../../../../src/conversation/store";
import { memoryKnowledgeStore } from "../../../../src/knowledge/knowledge-store";
import { splitDocument } from "../../../../src/knowledge/sections";
import { alex, allText, engineDeps } from "../../conversation/support";

const clientId = alex.kind === "employee" ? alex.clientId : "";

const HANDBOOK = `# Handbook

## Employee Assistance Program

Our EAP is free and confidential. Call 1-800-555-0142 any time, day or night.

## Holidays

The office closes on New Year's Day.
`;

async function storeWith(text: string) {
  const store = memoryKnowledgeStore();
  const split = splitDocument(text, "markdown", "handbook");
  await store.replaceDocument(clientId, {
    name: "handbook.md",
    format: "markdown",
    title: split.title,
    contentHash: "h",
    sections: split.sections,
  });
  return store;
}

describe("the client's employee assistance program", () => {
  it("is the first sentence of its documents that names an EAP with a phone number", async () => {
    expect(await findAssistanceProgram(await storeWith(HANDBOOK), clientId)).toBe(
      "Call 1-800-555-0142 any time, day or night.",
    );
    expect(
      await findAssistanceProgram(await storeWith("# H\n\n## Holidays\n\nClosed Jan 1.\n"), clientId),
    ).toBeNull();
  });

  it("is quoted in the crisis reply beside 988, and a failed lookup still gives the crisis reply", async () => {
    const base = engineDeps();
    const make = (assistanceProgram: (clientId: string) => Promise<string | null>) =>
      createConversationDeps({
        store: new InMemoryConversationStore(),
        clock: base.clock,
        classifier: base.deps.classifier,
        caseDesk: new RecordingCaseDesk(),
        logger: base.deps.logger,
        dialogs: assembleDialogs({ assistanceProgram }),
      });
    const store = await storeWith(HANDBOOK);
    const say = {
      actor: alex,
      channel: "playground" as const,
      conversationKey: "k",
      input: { kind: "text" as const, text: "i want to kill myself" },
    };
    const reply = allText(
      await handleTurn(
        make((id) => findAssistanceProgram(store, id)),
        say,
      ),
    );
    expect(reply).toContain("call or text 988");
    expect(reply).toContain('free and confidential too: "Call 1-800-555-0142 any time, day or night."');
    const failed = allText(
      await handleTurn(
        make(async () => {
          throw new Error("database down");
        }),
        say,
      ),
    );
    expect(failed).toContain("call or text 988");
    expect(failed).toContain("(EAP), if it has one");
  });

  it("is the census's own line first, else the handbook's; a malformed or failed setting falls back", async () => {
    const knowledge = await storeWith(HANDBOOK);
    const named = "ComPsych GuidanceResources: call 1-800-555-0199, 24/7";
    const withSettings = (settings: unknown) =>
      clientAssistanceProgram({ knowledge, clientSettings: async () => settings }, clientId);
    expect(await withSettings({ employeeAssistanceProgram: `  ${named}\n` })).toBe(named);
    const handbook = "Call 1-800-555-0142 any time, day or night.";
    expect(await withSettings({})).toBe(handbook);
    expect(await withSettings({ employeeAssistanceProgram: 42 })).toBe(handbook);
    expect(await withSettings({ employeeAssistanceProgram: "x".repeat(301) })).toBe(handbook);
    expect(
      await clientAssistanceProgram(
        {
          knowledge,
          clientSettings: async () => {
            throw new Error("database down");
          },
        },
        clientId,
      ),
    ).toBe(handbook);
    expect(censusAssistanceProgram(null)).toBeNull();
  });
});

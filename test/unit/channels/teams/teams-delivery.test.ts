import { describe, expect, it } from "vitest";
import type { DeliveryTarget } from "../../../../src/app/notifications/channel-delivery";
import { createPacer } from "../../../../src/channels/pacer";
import type { TeamsAdapter } from "../../../../src/channels/teams/teams-adapter";
import { baseConversationId, createTeamsDelivery } from "../../../../src/channels/teams/teams-delivery";
import type { TeamsConversationRepository } from "../../../../src/db/teams-conversation-repository";
import { createLogger } from "../../../../src/log/logger";

describe("createPacer", () => {
  it("spaces calls with the same key at least the interval apart, and other keys independently", async () => {
    const pace = createPacer(40);
    const start = Date.now();
    const at: Record<string, number[]> = { a: [], b: [] };
    await Promise.all([
      ...[1, 2, 3].map(async () => {
        await pace("a");
        at.a!.push(Date.now() - start);
      }),
      (async () => {
        await pace("b");
        at.b!.push(Date.now() - start);
      })(),
    ]);
    expect(at.a![2]!).toBeGreaterThanOrEqual(75);
    expect(at.b![0]!).toBeLessThan(30);
  });
});

describe("baseConversationId", () => {
  it("drops the thread part of a channel conversation id", () => {
    expect(baseConversationId("19:x@thread.tacv2;messageid=17")).toBe("19:x@thread.tacv2");
    expect(baseConversationId("a:personal")).toBe("a:personal");
  });
});

describe("createTeamsDelivery", () => {
  const none = async () => undefined;
  const store = {
    personalReference: none,
    referenceOf: none,
    threadOfCase: none,
  } as unknown as TeamsConversationRepository;
  const delivery = createTeamsDelivery({
    teams: {} as TeamsAdapter,
    store,
    specialistsConversationId: undefined,
    logger: createLogger("silent"),
  });
  const reply = { blocks: [{ kind: "text" as const, text: "hi" }] };

  it("cannot reach a person who never talked to the bot nor installed the app (no reference)", async () => {
    const target: DeliveryTarget = {
      recipient: { kind: "employee", employeeId: "e" },
      teamsUserId: "aad",
      teamsTenantId: "t",
    };
    expect(await delivery.send(target, reply)).toBeUndefined();
    expect(await delivery.send({ recipient: { kind: "employee", employeeId: "e" } }, reply)).toBeUndefined();
  });

  it("skips the specialists when no Teams specialists' channel is configured", async () => {
    expect(await delivery.send({ recipient: { kind: "specialists", caseId: "c" } }, reply)).toBeUndefined();
  });
});

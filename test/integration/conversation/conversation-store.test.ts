import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTurn } from "../../../src/conversation/engine";
import type { ConversationStore } from "../../../src/conversation/store";
import { InMemoryConversationStore, newConversationState } from "../../../src/conversation/store";
import { fixedClock } from "../../../src/core/clock";
import { PrismaConversationStore } from "../../../src/db/conversation-repository";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { alex, allText, confirmBlock, engineDeps } from "../../unit/conversation/support";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

const stores: [string, () => ConversationStore][] = [
  ["in-memory", () => new InMemoryConversationStore()],
  ["Prisma", () => new PrismaConversationStore(db.prisma)],
];

describe.each(stores)("%s ConversationStore", (_, makeStore) => {
  it("saves, loads and bumps the version", async () => {
    const store = makeStore();
    const key = `k-${Math.random()}`;
    const saved = await store.save(newConversationState(key, "employee:1", new Date("2026-11-25T00:00:00Z")));
    expect(saved.version).toBe(1);
    expect(await store.load(key)).toMatchObject({ key, actorRef: "employee:1", version: 1, transcript: [] });
  });

  it("refuses a save against a stale version", async () => {
    const store = makeStore();
    const key = `k-${Math.random()}`;
    const first = await store.save(newConversationState(key, "employee:1", new Date()));
    await store.save(first);
    const stale = store.save(first);
    await expect(stale).rejects.toSatisfy((e) => isDomainError(e, "conversation.conflict"));
    const twice = store.save(newConversationState(key, "employee:1", new Date()));
    await expect(twice).rejects.toSatisfy((e) => isDomainError(e, "conversation.conflict"));
  });

  it("deletes a conversation", async () => {
    const store = makeStore();
    const key = `k-${Math.random()}`;
    await store.save(newConversationState(key, "employee:1", new Date()));
    await store.delete(key);
    expect(await store.load(key)).toBeUndefined();
  });
});

describe("a dialog persisted in the database", () => {
  it("is continued by a second engine (another process) after a restart", async () => {
    const key = `slack:T0:U1:${Math.random()}`;
    const first = engineDeps({ store: new PrismaConversationStore(db.prisma) });
    await handleTurn(first.deps, {
      actor: alex,
      channel: "slack",
      conversationKey: key,
      input: { kind: "text", text: "log my hours" },
    });
    const second = engineDeps({
      store: new PrismaConversationStore(db.prisma),
      clock: fixedClock("2026-11-25T06:35:00Z"),
    });
    const asked = await handleTurn(second.deps, {
      actor: alex,
      channel: "slack",
      conversationKey: key,
      input: { kind: "text", text: "yesterday" },
    });
    expect(allText(asked)).toContain("How many hours");
    const confirm = await handleTurn(second.deps, {
      actor: alex,
      channel: "slack",
      conversationKey: key,
      input: { kind: "text", text: "8" },
    });
    expect(confirmBlock(confirm)?.confirm.command).toEqual({
      name: "timesheet.submit",
      args: { date: "2026-11-23", hours: "8" },
    });
    const row = await db.prisma.conversation.findUnique({ where: { key } });
    expect(row?.version).toBe(3);
  });
});

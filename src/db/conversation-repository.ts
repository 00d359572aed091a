import type { ConversationState, ConversationStore } from "../conversation/store";
import { DomainError } from "../errors/domain-error";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

/**
 * Conversation state in PostgreSQL (`Conversation` table), with optimistic concurrency: a save
 * succeeds only against the version it loaded, so two processes handling turns of one conversation
 * never overwrite each other (the loser gets `conversation.conflict` and the engine retries).
 */
export class PrismaConversationStore implements ConversationStore {
  constructor(private readonly prisma: PrismaClient) {}

  async load(key: string): Promise<ConversationState | undefined> {
    const row = await this.prisma.conversation.findUnique({ where: { key } });
    if (!row) return undefined;
    return {
      ...(row.state as unknown as ConversationState),
      key: row.key,
      actorRef: row.actorRef,
      version: row.version,
    };
  }

  async save(state: ConversationState): Promise<ConversationState> {
    const next: ConversationState = { ...state, version: state.version + 1 };
    const { key, actorRef, version, ...rest } = next;
    const document = rest as unknown as Prisma.InputJsonObject;
    const updatedAt = new Date(state.updatedAt);
    if (state.version === 0) {
      // First save: insert, unless another process inserted meanwhile (ON CONFLICT DO NOTHING).
      const created = await this.prisma.conversation.createMany({
        data: [{ key, actorRef, version, state: document, updatedAt }],
        skipDuplicates: true,
      });
      if (created.count === 0)
        throw new DomainError("conversation.conflict", `conversation ${key} was updated concurrently`);
    } else {
      const updated = await this.prisma.conversation.updateMany({
        where: { key, version: state.version },
        data: { actorRef, version, state: document, updatedAt },
      });
      if (updated.count === 0)
        throw new DomainError("conversation.conflict", `conversation ${key} was updated concurrently`);
    }
    return structuredClone(next);
  }

  async delete(key: string): Promise<void> {
    await this.prisma.conversation.deleteMany({ where: { key } });
  }

  /** Removes conversations idle since before `cutoff` (housekeeping job); returns how many. */
  async deleteIdleBefore(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.conversation.deleteMany({ where: { updatedAt: { lt: cutoff } } });
    return count;
  }
}

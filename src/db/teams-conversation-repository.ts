import type { Prisma, PrismaClient } from "./generated/prisma/client";

export type TeamsConversationKind = "personal" | "channel" | "groupChat";

/** What is stored of a Bot Framework ConversationReference (plain JSON). */
export type StoredConversationReference = {
  channelId?: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  activityId?: string;
  locale?: string;
};

export type TeamsConversationRepository = ReturnType<typeof createTeamsConversationRepository>;

/**
 * Teams conversation references (for proactive messages), the specialists' channel thread of each
 * case, the latest card of each updatable message, and which activities were already handled.
 */
export function createTeamsConversationRepository(prisma: PrismaClient) {
  return {
    /** Stores (or refreshes: serviceUrl may move) the reference of a conversation. */
    async saveReference(input: {
      kind: TeamsConversationKind;
      tenantId: string;
      aadObjectId?: string;
      reference: StoredConversationReference;
    }): Promise<void> {
      const data = {
        kind: input.kind,
        tenantId: input.tenantId,
        aadObjectId: input.aadObjectId ?? "",
        serviceUrl: input.reference.serviceUrl,
        reference: input.reference as unknown as Prisma.InputJsonValue,
      };
      await prisma.teamsConversationRef.upsert({
        where: { conversationId: input.reference.conversation.id },
        create: { conversationId: input.reference.conversation.id, ...data },
        update: data,
      });
    },
    /** The personal chat of a user with the bot (latest), by AAD object id (and tenant when known). */
    async personalReference(
      aadObjectId: string,
      tenantId?: string | null,
    ): Promise<StoredConversationReference | undefined> {
      const row = await prisma.teamsConversationRef.findFirst({
        where: { kind: "personal", aadObjectId, ...(tenantId ? { tenantId } : {}) },
        orderBy: { updatedAt: "desc" },
      });
      return row ? (row.reference as unknown as StoredConversationReference) : undefined;
    },
    async referenceOf(conversationId: string): Promise<StoredConversationReference | undefined> {
      const row = await prisma.teamsConversationRef.findUnique({ where: { conversationId } });
      return row ? (row.reference as unknown as StoredConversationReference) : undefined;
    },

    async threadOfCase(caseId: string): Promise<{ conversationId: string; activityId: string } | undefined> {
      const row = await prisma.teamsCaseThread.findUnique({ where: { caseId } });
      return row ? { conversationId: row.conversationId, activityId: row.activityId } : undefined;
    },
    async caseOfThread(conversationId: string, activityId: string): Promise<string | undefined> {
      const row = await prisma.teamsCaseThread.findUnique({
        where: { conversationId_activityId: { conversationId, activityId } },
      });
      return row?.caseId;
    },
    /** Remembers the case's thread; the first one wins when two deliveries race. */
    async rememberThread(caseId: string, conversationId: string, activityId: string): Promise<void> {
      await prisma.teamsCaseThread.createMany({
        data: [{ caseId, conversationId, activityId }],
        skipDuplicates: true,
      });
    },

    async saveCard(updateKey: string, card: object): Promise<void> {
      const json = card as Prisma.InputJsonValue;
      await prisma.teamsCard.upsert({
        where: { updateKey },
        create: { updateKey, card: json },
        update: { card: json },
      });
    },
    /**
     * Stores a card only when none is stored yet (a late retry must not undo a decision), and the
     * users it is shown to with a refresh, who alone may fetch its later states.
     */
    async saveCardIfAbsent(updateKey: string, card: object, viewers: readonly string[] = []): Promise<void> {
      await prisma.teamsCard.createMany({
        data: [{ updateKey, card: card as Prisma.InputJsonValue }],
        skipDuplicates: true,
      });
      if (viewers.length > 0)
        await prisma.teamsCardViewer.createMany({
          data: viewers.map((userId) => ({ updateKey, userId })),
          skipDuplicates: true,
        });
    },
    async cardOf(updateKey: string): Promise<Record<string, unknown> | undefined> {
      const row = await prisma.teamsCard.findUnique({ where: { updateKey } });
      return row ? (row.card as Record<string, unknown>) : undefined;
    },
    /** The card's latest state for a refresh, only for a user it was shown to. */
    async cardForViewer(updateKey: string, userId: string): Promise<Record<string, unknown> | undefined> {
      const viewer = await prisma.teamsCardViewer.findUnique({
        where: { updateKey_userId: { updateKey, userId } },
      });
      if (!viewer) return undefined;
      const row = await prisma.teamsCard.findUnique({ where: { updateKey } });
      return row ? (row.card as Record<string, unknown>) : undefined;
    },

    /**
     * Claims an incoming activity id (Teams re-sends invokes and retries after 15 s). True the first
     * time (by any process); false for a redelivery.
     */
    async firstDelivery(activityKey: string): Promise<boolean> {
      const { count } = await prisma.idempotencyKey.createMany({
        data: [{ key: `teams-activity:${activityKey}`, scope: "teams.activity", requestHash: activityKey }],
        skipDuplicates: true,
      });
      return count === 1;
    },
    /** The invoke response recorded for an activity, once its first delivery finished. */
    async responseOf(activityKey: string): Promise<unknown> {
      const row = await prisma.idempotencyKey.findUnique({ where: { key: `teams-activity:${activityKey}` } });
      return row?.response ?? undefined;
    },
    async recordResponse(activityKey: string, response: object): Promise<void> {
      await prisma.idempotencyKey.update({
        where: { key: `teams-activity:${activityKey}` },
        data: { response: response as Prisma.InputJsonValue },
      });
    },
  };
}

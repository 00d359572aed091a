import type { PrismaClient } from "./generated/prisma/client";

export type SlackEventRepository = ReturnType<typeof createSlackEventRepository>;

/**
 * Events API deliveries seen, in the shared IdempotencyKey table: Slack redelivers an event (same
 * `event_id`, `X-Slack-Retry-Num` set) when it thinks we missed it, and that must not run twice.
 */
export function createSlackEventRepository(prisma: PrismaClient) {
  return {
    /** True the first time this event id is seen (by any process), false for a redelivery. */
    async firstDelivery(eventId: string): Promise<boolean> {
      const { count } = await prisma.idempotencyKey.createMany({
        data: [{ key: `slack-event:${eventId}`, scope: "slack.event", requestHash: eventId }],
        skipDuplicates: true,
      });
      return count === 1;
    },
  };
}

import type { ChannelDelivery, DeliveryTarget } from "../../app/notifications/channel-delivery";
import type { Reply, ReplyBlock } from "../../conversation/reply";
import type { PlaygroundRepository } from "../../db/playground-repository";

/** The actor ref the specialists' shared queue is stored under (every staff persona reads it). */
export const SPECIALISTS_REF = "specialists";

/** Notify every open tab in this process that something was written (others poll the revision). */
export type PlaygroundWaker = { wake(): void };

const INTERACTIVE: ReadonlySet<ReplyBlock["kind"]> = new Set(["actions", "confirm", "form", "status"]);

/**
 * An updatable message after a decision: its original content (text, facts, citations) kept, the
 * buttons, forms and any earlier status replaced by the update's blocks. Applying it twice gives the
 * same message, so the click's own update and the queued `notify.update` agree.
 */
export function mergeUpdate(original: Reply, update: Reply): Reply {
  const kept = original.blocks.filter((b) => !INTERACTIVE.has(b.kind));
  const added = update.blocks.filter((b) => !kept.some((k) => JSON.stringify(k) === JSON.stringify(b)));
  return {
    ...original,
    blocks: [...kept, ...added],
    ...(update.personal || original.personal ? { personal: true } : {}),
  };
}

function actorRefOf(target: DeliveryTarget): string | undefined {
  if (target.recipient.kind === "specialists") return SPECIALISTS_REF;
  return target.actorRef;
}

/**
 * The playground's `ChannelDelivery`: a notification becomes a message in the persona's chat history
 * (the database, so a separate worker process delivers too), and open tabs get it over server-sent
 * events. Every demo person is reachable, so `send` never declines a known recipient.
 */
export function createPlaygroundDelivery(
  repo: PlaygroundRepository,
  waker: PlaygroundWaker,
): ChannelDelivery {
  return {
    channel: "playground",
    async send(target, reply) {
      const actorRef = actorRefOf(target);
      if (!actorRef) return undefined;
      const row = await repo.append({ actorRef, author: "notification", reply });
      waker.wake();
      return { messageId: row.id };
    },
    async update(address, reply) {
      const id = address.messageId;
      if (!id) return;
      const current = await repo.byId(id);
      if (!current) return;
      await repo.replace(id, mergeUpdate(current.reply, reply));
      waker.wake();
    },
  };
}

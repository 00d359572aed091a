import { createHash } from "node:crypto";
import { z } from "zod";
import { defineJob } from "./job-definition";

/** BullMQ job ids may not contain ":"; idempotency keys may, so the id is their digest. */
const digest = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 40);

const RecipientSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("employee"), employeeId: z.string().min(1) }),
  z.object({ kind: z.literal("staff"), staffId: z.string().min(1) }),
  z.object({ kind: z.literal("specialists"), caseId: z.string().optional() }),
]);

/** Replies are built by our own code; validated as an object with blocks, rendered by each channel. */
const ReplySchema = z.looseObject({ blocks: z.array(z.looseObject({ kind: z.string() })) });

export const NotifyDeliverPayloadSchema = z.object({
  recipient: RecipientSchema,
  reply: ReplySchema,
  idempotencyKey: z.string().min(1).max(300),
});

/**
 * Delivers one notification on the recipient's channels. Going through the queue spreads outbound
 * calls under the channels' rate limits and retries transient failures; per-channel delivery rows make
 * it exactly-once.
 */
export const notifyDeliverJob = defineJob({
  name: "notify.deliver",
  version: 1,
  schema: NotifyDeliverPayloadSchema,
  jobId: (p) => `notify-${digest(p.idempotencyKey)}`,
});

export const NotifyUpdatePayloadSchema = z.object({
  updateKey: z.string().min(1).max(300),
  reply: ReplySchema,
  idempotencyKey: z.string().min(1).max(300),
});

/** Updates every copy of a message in place (e.g. "Approved by Dana Lee at 10:42"). */
export const notifyUpdateJob = defineJob({
  name: "notify.update",
  version: 1,
  schema: NotifyUpdatePayloadSchema,
  jobId: (p) => `notify-update-${digest(p.idempotencyKey)}`,
});

import { randomUUID } from "node:crypto";
import type { DeliveryStream } from "../../db/case-repository";
import type { Recipient } from "../notifier";
import { recipientKey, staffRecipients } from "./case-access";
import type { CaseWorkerDeps } from "./case-desk-deps";
import { relayedMessageReply } from "./case-replies";

/** Safety bound on one run; the next job continues from the cursor. */
const MAX_PER_RUN = 500;

/** How long a delivery lease lasts without renewal (renewed before every message). */
export const DEFAULT_DELIVERY_LEASE_MS = 30_000;

/** Thrown when another worker holds the stream's lease while messages are pending: the job retries. */
export class DeliveryBusyError extends Error {
  override readonly name = "DeliveryBusyError";
}

/**
 * Delivers a case's pending messages of one stream in sequence order.
 *
 * - One worker at a time per case stream: a lease in the case row (database time, renewed before each
 *   message, expiring when a worker dies), so concurrent jobs never send the same message twice.
 * - The next message after the stream's delivery cursor is sent through the Notifier (idempotency key
 *   per message and recipient), then the cursor moves by compare-and-set: a message is only sent after
 *   every earlier one of its stream was delivered, so order holds across retries, duplicate jobs and
 *   worker restarts; a crash between sending and moving the cursor resends the same key.
 * - After releasing the lease it looks again, so a message stored while it was finishing is not left
 *   behind; a job that finds the lease taken with messages pending retries later.
 * Internal notes are never in a stream.
 */
export async function deliverCaseMessages(
  deps: CaseWorkerDeps,
  input: { caseId: string; stream: DeliveryStream },
  options: { leaseMs?: number } = {},
): Promise<{ delivered: number }> {
  const leaseMs = options.leaseMs ?? DEFAULT_DELIVERY_LEASE_MS;
  const token = randomUUID();
  let delivered = 0;
  for (let round = 0; round < 3; round++) {
    if (!(await deps.cases.acquireDeliveryLease(input.caseId, input.stream, token, leaseMs))) {
      const { message } = await deps.cases.nextUndelivered(input.caseId, input.stream);
      if (message)
        throw new DeliveryBusyError(`case ${input.caseId} ${input.stream} stream is being delivered`);
      return { delivered };
    }
    try {
      for (let i = 0; i < MAX_PER_RUN; i++) {
        const c = await deps.cases.findCase(input.caseId);
        if (!c) return { delivered };
        const { cursor, message } = await deps.cases.nextUndelivered(input.caseId, input.stream);
        if (!message) break;
        if (!(await deps.cases.acquireDeliveryLease(input.caseId, input.stream, token, leaseMs)))
          throw new DeliveryBusyError(`lost the delivery lease of case ${input.caseId}`);
        const recipients: Recipient[] =
          input.stream === "employee"
            ? [{ kind: "employee", employeeId: c.employeeId }]
            : await staffRecipients(deps.cases, c);
        const reply = relayedMessageReply(c, message);
        for (const recipient of recipients)
          await deps.notifier.notify({
            recipient,
            reply,
            idempotencyKey: `case-message:${message.id}:${recipientKey(recipient)}`,
          });
        if (
          await deps.cases.advanceCursor(
            input.caseId,
            input.stream,
            cursor,
            message.sequence,
            deps.clock.now(),
            message.id,
          )
        )
          delivered += 1;
      }
    } finally {
      await deps.cases.releaseDeliveryLease(input.caseId, input.stream, token);
    }
    const { message } = await deps.cases.nextUndelivered(input.caseId, input.stream);
    if (!message) break;
  }
  return { delivered };
}

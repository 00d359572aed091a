import type { Reply } from "../conversation/reply";

/** Who a notification is for. Channels resolve these to a DM, a chat or a channel thread. */
export type Recipient =
  | { kind: "employee"; employeeId: string }
  | { kind: "staff"; staffId: string }
  /** The ASO specialists' channel (Slack) or conversation (Teams); `caseId` threads it. */
  | { kind: "specialists"; caseId?: string };

export type Notification = {
  recipient: Recipient;
  reply: Reply;
  /** Business key: delivering the same key twice sends one message (retries, duplicated jobs). */
  idempotencyKey: string;
};

/**
 * The one channel-neutral way use cases reach people. Slack, Teams and the playground implement it;
 * tests use a recording double. Delivery is asynchronous and rate-limited through the job queue.
 */
export type Notifier = {
  notify(notification: Notification): Promise<void>;
};

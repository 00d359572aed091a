import type { DomainServices } from "../app/domain-services";
import type { ChannelDelivery } from "../app/notifications/channel-delivery";
import type { MessageUpdater } from "../app/notifications/queue-notifier";
import type { Notifier } from "../app/notifier";
import type { Env } from "../config/env";
import type { ConversationDeps } from "../conversation/engine";
import type { Clock } from "../core/clock";
import type { Database } from "../db/database";
import type { HttpMount } from "../http/server";
import type { Logger } from "../log/logger";
import type { QueueRuntime } from "../queue/queue-runtime";

/** What a channel may use from the process that mounts it. */
export type ChannelHost = {
  env: Env;
  logger: Logger;
  clock: Clock;
  db: Database;
  queue: QueueRuntime;
  notifier: Notifier & MessageUpdater;
  conversation: ConversationDeps;
  services: DomainServices;
};

/** Client tuning for tests and benches; production uses each channel's defaults. */
export type ChannelTuning = {
  /** Web API retries (tests 0). */
  retries?: number;
  /** Minimum spacing of posts to one conversation in ms (tests 0). */
  minIntervalMs?: number;
  /** Turns running at once after their acks. */
  workConcurrency?: number;
};

/**
 * A chat channel as the composition root sees it: what it delivers (notifications, in `serve` and
 * `worker` processes alike) and what it mounts on the HTTP server. Either is undefined when the
 * environment does not configure the channel.
 */
export type ChannelModule = {
  name: string;
  delivery(
    host: Pick<ChannelHost, "env" | "logger" | "db">,
    tuning?: ChannelTuning,
  ): ChannelDelivery | undefined;
  mount(host: ChannelHost, tuning?: ChannelTuning): HttpMount | undefined;
};

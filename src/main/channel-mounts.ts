import type { ChannelHost, ChannelTuning } from "../channels/channel-module";
import { CHANNELS } from "../channels/index";
import type { HttpMount } from "../http/server";

/**
 * The routes `aso serve` mounts, one per configured channel (Slack at `POST /slack/events`, Teams at
 * `POST /api/messages`, the playground at `GET /`); unconfigured channels mount nothing.
 */
export function channelMounts(host: ChannelHost, tuning?: ChannelTuning): HttpMount[] {
  return CHANNELS.flatMap((channel) => channel.mount(host, tuning) ?? []);
}

import type { ChannelModule } from "./channel-module";
import { playgroundChannel } from "./playground/playground-channel";
import { slackChannel } from "./slack/slack-channel";
import { teamsChannel } from "./teams/teams-channel";

/** Every chat channel the product speaks; the composition root iterates this list. */
export const CHANNELS: readonly ChannelModule[] = [slackChannel, teamsChannel, playgroundChannel];

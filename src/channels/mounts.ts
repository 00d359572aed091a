import type { AppRuntime } from "../app/runtime";
import type { HttpMount } from "../http/server";
import { playgroundMount } from "./playground/playground-channel";
import { slackMount } from "./slack/slack-channel";
import { teamsConfigured } from "./teams/teams-adapter";
import { teamsMount } from "./teams/teams-channel";

/**
 * The channels `aso serve` mounts on its HTTP server, each only when configured: Slack at
 * `POST /slack/events`, Teams at `POST /api/messages`, the playground at `GET /`.
 */
export async function channelMounts(runtime: AppRuntime): Promise<HttpMount[]> {
  const mounts: HttpMount[] = [];
  const slack = slackMount(runtime);
  if (slack) mounts.push(slack);
  if (teamsConfigured(runtime.env)) mounts.push(teamsMount(runtime));
  // Embedded default: always; production: only with PLAYGROUND_ENABLED=true, behind the staff token.
  const playground = playgroundMount(runtime);
  if (playground) mounts.push(playground);
  return mounts;
}

import type { AppRuntime } from "../app/runtime";
import type { HttpMount } from "../http/server";

/**
 * The channels `aso serve` mounts on its HTTP server, each only when configured: Slack at
 * `POST /slack/events`, Teams at `POST /api/messages`, the playground at `GET /`.
 */
export async function channelMounts(_runtime: AppRuntime): Promise<HttpMount[]> {
  return [];
}

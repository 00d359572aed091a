import { createHmac } from "node:crypto";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export type SignedRequestOptions = {
  secret: string;
  /** Seconds since the epoch (default: now). */
  timestamp?: number;
  retryNum?: number;
  /** Sign with this secret instead (a forged request). */
  forgeWith?: string;
};

export type SlackPost = { body: string; headers: Record<string, string> };

function signed(body: string, contentType: string, options: SignedRequestOptions): SlackPost {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(options.forgeWith ?? options.secret, timestamp, body),
      ...(options.retryNum !== undefined
        ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" }
        : {}),
    },
  };
}

/** An Events API delivery (JSON). */
export function eventRequest(payload: object, options: SignedRequestOptions): SlackPost {
  return signed(JSON.stringify(payload), "application/json", options);
}

/** An interactivity delivery: `payload=<json>` form-encoded. */
export function interactionRequest(payload: object, options: SignedRequestOptions): SlackPost {
  return signed(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
    options,
  );
}

/** A slash command delivery (form-encoded fields). */
export function slashCommandRequest(
  fields: Record<string, string>,
  options: SignedRequestOptions,
): SlackPost {
  return signed(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", options);
}

/** POST it to `<baseUrl>/slack/events`. */
export async function postToSlackEndpoint(baseUrl: string, request: SlackPost): Promise<Response> {
  return fetch(`${baseUrl}/slack/events`, { method: "POST", headers: request.headers, body: request.body });
}

let eventSeq = 0;

/** An `event_callback` envelope around an event. */
export function eventCallback(teamId: string, event: Record<string, unknown>, eventId?: string) {
  eventSeq += 1;
  return {
    type: "event_callback",
    token: "legacy",
    team_id: teamId,
    api_app_id: "A0ASO",
    event_id: eventId ?? `Ev${Date.now()}${eventSeq}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    event,
  };
}

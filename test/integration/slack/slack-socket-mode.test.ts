import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type FakeSlackSocket, startFakeSlackSocket } from "../../support/fake-slack-socket";
import { eventCallback, eventRequest, postToSlackEndpoint } from "../../support/slack-requests";
import {
  APP_TOKEN,
  SIGNING_SECRET,
  type SlackHarness,
  seedSlackClient,
  startSlackHarness,
  TEAM,
} from "./harness";

// Socket Mode as `aso serve` runs it in local development with SLACK_SOCKET_MODE=true: the app opens
// a connection with its app-level token (apps.connections.open), Slack's envelopes arrive over the
// WebSocket, each is acknowledged on the socket, and replies go out through the Web API as usual.

let db: TestDatabase;
let socket: FakeSlackSocket;
let h: SlackHarness;
let seed: Awaited<ReturnType<typeof seedSlackClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  seed = await seedSlackClient(db);
  socket = await startFakeSlackSocket();
  h = await startSlackHarness(db, { socket });
});

afterAll(async () => {
  await h?.close();
  await socket?.close();
  await db?.cleanup();
});

describe("Slack Socket Mode", () => {
  it("connects with the app-level token and mounts no events route", async () => {
    await socket.connected();
    const opened = h.fake.callsOf("apps.connections.open");
    expect(opened).toHaveLength(1);
    expect(opened[0]?.token).toBe(APP_TOKEN);
    const body = eventCallback(TEAM, { type: "app_home_opened", user: seed.employee.slackUserId });
    const response = await postToSlackEndpoint(h.baseUrl, eventRequest(body, signing()));
    expect(response.status).toBe(404);
  });

  it("acknowledges an event envelope on the socket and answers the DM through the Web API", async () => {
    const alex = seed.employee.slackUserId;
    const envelopeId = "1d2e3f4a-socket-envelope";
    socket.send({
      envelope_id: envelopeId,
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: eventCallback(TEAM, {
        type: "message",
        channel_type: "im",
        channel: `D${alex}`,
        user: alex,
        text: "how much PTO do I have?",
        ts: `${h.nowSeconds()}.000100`,
      }),
    });
    const ack = await socket.ackOf(envelopeId);
    expect(ack).toEqual({ envelope_id: envelopeId, payload: {} });
    const [reply] = await h.fake.waitFor("chat.postMessage", 1);
    expect(reply?.args.channel).toBe(`D${alex}`);
    expect(JSON.stringify(reply?.args)).toContain("40 hours");
    expect(reply?.token).toBe("xoxb-test-token");
  });

  it("acknowledges a slash command with its reply in the ack's payload", async () => {
    const alex = seed.employee.slackUserId;
    const envelopeId = "5a6b7c8d-socket-command";
    socket.send({
      envelope_id: envelopeId,
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: "legacy",
        team_id: TEAM,
        api_app_id: "A0ASO",
        command: "/hr",
        text: "pto",
        user_id: alex,
        channel_id: "C0GENERAL",
        channel_name: "general",
        trigger_id: "1.2.socket",
        response_url: `${h.fake.url}response`,
      },
    });
    const ack = await socket.ackOf(envelopeId);
    expect(ack).toEqual({
      envelope_id: envelopeId,
      payload: { response_type: "ephemeral", text: "I've answered in our direct messages." },
    });
    // The answer itself goes to the person's DM.
    await h.fake.waitFor("chat.postMessage", 2);
    const answer = h.fake.callsOf("chat.postMessage").at(-1);
    expect(answer?.args.channel).toBe(`D${alex}`);
  });
});

const signing = () => ({ secret: SIGNING_SECRET, timestamp: h.nowSeconds() });

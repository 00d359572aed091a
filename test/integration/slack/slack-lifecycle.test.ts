import { randomBytes, randomUUID } from "node:crypto";
import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveryTarget } from "../../../src/app/notifications/channel-delivery";
import { createKeyring } from "../../../src/db/field-encryption";
import { createSlackInstallationRepository } from "../../../src/db/slack-installation-repository";
import { deliveriesDropped } from "../../../src/log/metrics";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { eventCallback, eventRequest, postToSlackEndpoint } from "../../support/slack-requests";
import { waitFor } from "../queue/queue-backends";
import { SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./harness";

let db: TestDatabase;
let harness: SlackHarness;

beforeAll(async () => {
  db = await createTestDatabase();
  harness = await startSlackHarness(db);
});
afterAll(async () => {
  await harness?.close();
  await db?.cleanup();
});

const employeeOn = (team: string): DeliveryTarget => ({
  recipient: { kind: "employee", employeeId: randomUUID() },
  slackTeamId: team,
  slackUserId: "U0ALEX",
});
const hello = { blocks: [{ kind: "text" as const, text: "Your timesheet was approved" }] };

function slack() {
  const delivery = harness.runtime.deliveries.find((d) => d.channel === "slack");
  if (!delivery) throw new Error("slack delivery not configured");
  return delivery;
}

async function postEvent(team: string, event: Record<string, unknown>): Promise<number> {
  const request = eventRequest(eventCallback(team, event), {
    secret: SIGNING_SECRET,
    timestamp: harness.nowSeconds(),
  });
  return (await postToSlackEndpoint(harness.baseUrl, request)).status;
}

const disabled = (teamId: string) => db.prisma.slackDisabledWorkspace.count({ where: { teamId } });
const dropped = async () =>
  (await deliveriesDropped.get()).values.find((v) => v.labels.reason === "workspace_disabled")?.value ?? 0;

describe("Slack installation lifecycle over signed HTTP events", () => {
  it("app_uninstalled stops deliveries to that workspace: messages are dropped, not failed or retried", async () => {
    expect(await slack().send(employeeOn("T0UNINST"), hello)).toMatchObject({ team: "T0UNINST" });
    const postsBefore = harness.fake.callsOf("chat.postMessage").length;
    const droppedBefore = await dropped();

    expect(await postEvent("T0UNINST", { type: "app_uninstalled" })).toBe(200);
    await waitFor(async () => (await disabled("T0UNINST")) === 1);

    expect(await slack().send(employeeOn("T0UNINST"), hello)).toBeUndefined();
    await slack().update({ channel: "DU0ALEX", ts: "1.000100", team: "T0UNINST" }, hello);
    expect(harness.fake.callsOf("chat.postMessage")).toHaveLength(postsBefore);
    expect(harness.fake.callsOf("chat.update").filter((c) => c.args.ts === "1.000100")).toHaveLength(0);
    expect((await dropped()) - droppedBefore).toBe(2);

    // Other workspaces are unaffected; Slack's retry of the same event changes nothing.
    expect(await slack().send(employeeOn("T0OTHER"), hello)).toMatchObject({ team: "T0OTHER" });
    expect(await postEvent("T0UNINST", { type: "app_uninstalled" })).toBe(200);
    expect(await disabled("T0UNINST")).toBe(1);
  });

  it("tokens_revoked disables the workspace only when its bot token is revoked", async () => {
    expect(
      await postEvent("T0USERTOK", { type: "tokens_revoked", tokens: { oauth: ["U0ALEX"], bot: [] } }),
    ).toBe(200);
    expect(await postEvent("T0BOTTOK", { type: "tokens_revoked", tokens: { bot: ["UBOT"] } })).toBe(200);
    await waitFor(async () => (await disabled("T0BOTTOK")) === 1);
    expect(await disabled("T0USERTOK")).toBe(0);
    expect(await slack().send(employeeOn("T0USERTOK"), hello)).toMatchObject({ team: "T0USERTOK" });
    expect(await slack().send(employeeOn("T0BOTTOK"), hello)).toBeUndefined();
  });

  it("forgets a disabled workspace's stored token, and installing again re-enables it", async () => {
    const keyring = createKeyring(randomBytes(32));
    const installations = createSlackInstallationRepository(db.prisma, async () => keyring);
    const installation = {
      team: { id: "T0OAUTH", name: "OAuth Co" },
      enterprise: undefined,
      user: { id: "U0ADMIN", token: undefined, scopes: undefined },
      bot: { id: "B0X", userId: "UBOTX", token: "xoxb-oauth", scopes: ["chat:write"] },
      isEnterpriseInstall: false,
    } as unknown as Installation;
    await installations.save(installation);
    await installations.disable({ teamId: "T0OAUTH" }, "app_uninstalled");
    expect(await installations.find({ teamId: "T0OAUTH" })).toBeUndefined();
    expect(await installations.isDisabled({ teamId: "T0OAUTH" })).toBe(true);
    await installations.save(installation);
    expect(await installations.isDisabled({ teamId: "T0OAUTH" })).toBe(false);
    expect((await installations.find({ teamId: "T0OAUTH" }))?.botToken).toBe("xoxb-oauth");
  });
});

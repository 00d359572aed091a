import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueueCaseJobs } from "../../../src/app/cases/case-desk-deps";
import { openCase } from "../../../src/app/cases/open-case";
import { createCaseRepository } from "../../../src/db/case-repository";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import {
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
} from "../../support/slack-requests";
import { seedCaseWorld } from "../cases/case-fixtures";
import { SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./harness";

let db: TestDatabase;
let h: SlackHarness;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startSlackHarness(db);
});
afterAll(async () => {
  await h?.close();
  await db?.cleanup();
});

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("HR cases over Slack", () => {
  it("posts an escalated case to the specialists' channel and relays its thread both ways", async () => {
    const world = await seedCaseWorld(db.prisma);
    await db.prisma.clientEmployer.update({
      where: { id: world.clientId },
      data: { slackTeamId: "T0CASES" },
    });
    await db.prisma.employee.update({
      where: { id: world.employee.employeeId },
      data: { slackUserId: "U0EMP" },
    });
    await db.prisma.staff.update({
      where: { id: world.specialist.staffId },
      data: { slackUserId: "U0SPEC" },
    });
    const deps = {
      cases: createCaseRepository(db.prisma),
      jobs: createQueueCaseJobs(h.runtime.queue, h.clock),
      clock: h.clock,
    };
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      transcript: [{ role: "employee", text: "I need help with my W-2, my SSN is 123-45-6789" }],
      channel: "slack",
    });

    // The case reaches the specialists' channel as a new thread.
    const root = await until(
      () =>
        h.fake.callsOf("chat.postMessage").find((c) => c.args.channel === "C0SPECIAL" && !c.args.thread_ts),
      "the case in the specialists' channel",
    );
    expect(JSON.stringify(root.args)).toContain(opened.reference);
    // The thread is remembered right after the post.
    const stored = await until(
      async () =>
        (await db.prisma.slackCaseThread.findUnique({ where: { caseId: opened.caseId } })) ?? undefined,
      "the case's thread",
    );
    expect(stored?.channel).toBe("C0SPECIAL");

    // The specialist claims it, then writes in the thread: the employee gets it in their DM.
    const claim = (
      root.args.blocks as { elements?: { action_id?: string; value?: string; text?: { text: string } }[] }[]
    )
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === "Claim");
    expect(claim?.value).toBeTruthy();
    const rootIndex = h.fake.calls.indexOf(root);
    const rootTs = `1764000000.${String(
      h.fake.calls
        .slice(0, rootIndex + 1)
        .filter((c) => c.method === "chat.postMessage" || c.method === "chat.postEphemeral").length,
    ).padStart(6, "0")}`;
    expect(rootTs).toBe(stored.threadTs);
    const updatesBefore = h.fake.callsOf("chat.update").length;
    const claimed = await postToSlackEndpoint(
      h.baseUrl,
      interactionRequest(
        {
          type: "block_actions",
          team: { id: "T0ASO" },
          user: { id: "U0SPEC", team_id: "T0ASO" },
          trigger_id: `trig-claim-${Math.random()}`,
          channel: { id: "C0SPECIAL" },
          container: { type: "message", channel_id: "C0SPECIAL", message_ts: rootTs },
          message: { ts: rootTs, text: root.args.text, blocks: root.args.blocks },
          actions: [{ type: "button", action_id: claim!.action_id, value: claim!.value }],
        },
        { secret: SIGNING_SECRET, timestamp: h.nowSeconds() },
      ),
    );
    expect(claimed.status).toBe(200);
    const claimUpdate = (await h.fake.waitFor("chat.update", updatesBefore + 1))[updatesBefore]!;
    expect(claimUpdate.args.ts).toBe(rootTs);
    expect(JSON.stringify(claimUpdate.args.blocks)).toContain("Dana Lee");
    await until(
      async () =>
        (await db.prisma.case.findUnique({ where: { id: opened.caseId } }))?.assigneeId ? true : undefined,
      "the case claimed",
    );
    const before = h.fake.callsOf("chat.postMessage").length;
    const reply = eventCallback("T0ASO", {
      type: "message",
      channel: "C0SPECIAL",
      channel_type: "channel",
      user: "U0SPEC",
      text: "Hi Alex, I can help with that.",
      ts: "1764001000.000200",
      thread_ts: stored!.threadTs,
    });
    const res = await postToSlackEndpoint(
      h.baseUrl,
      eventRequest(reply, { secret: SIGNING_SECRET, timestamp: h.nowSeconds() }),
    );
    expect(res.status).toBe(200);
    const toEmployee = await until(
      () =>
        h.fake
          .callsOf("chat.postMessage")
          .slice(before)
          .find(
            (c) => c.args.channel === "DU0EMP" && JSON.stringify(c.args).includes("I can help with that"),
          ),
      "the specialist's message in the employee's DM",
    );
    expect(toEmployee.args.thread_ts).toBeUndefined();

    // The employee answers in the DM: it goes to the case thread, not to the assistant.
    const before2 = h.fake.callsOf("chat.postMessage").length;
    const dm = eventCallback("T0CASES", {
      type: "message",
      channel: "D0EMPDM",
      channel_type: "im",
      user: "U0EMP",
      text: "Thanks! It is about box 12. My account is 000123456789, routing 021000021.",
      ts: "1764001100.000100",
    });
    await postToSlackEndpoint(
      h.baseUrl,
      eventRequest(dm, { secret: SIGNING_SECRET, timestamp: h.nowSeconds() }),
    );
    const inThread = await until(
      () =>
        h.fake
          .callsOf("chat.postMessage")
          .slice(before2)
          .find(
            (c) =>
              c.args.channel === "C0SPECIAL" &&
              c.args.thread_ts === stored!.threadTs &&
              JSON.stringify(c.args).includes("box 12"),
          ),
      "the employee's message in the case thread",
    );
    expect(inThread.args.channel).toBe("C0SPECIAL");
    // Personal numbers never reach the specialists' channel, the case's rows or the audit log: the
    // specialist sees that one was given, masked.
    const posted = JSON.stringify(h.fake.callsOf("chat.postMessage").map((c) => c.args));
    const stored2 = JSON.stringify([
      await db.prisma.case.findUnique({
        where: { id: opened.caseId },
        select: { summary: true, transcript: true },
      }),
      await db.prisma.caseMessage.findMany({ where: { caseId: opened.caseId }, select: { body: true } }),
      await db.prisma.auditLog.findMany({
        where: { subjectId: opened.caseId },
        select: { before: true, after: true },
      }),
    ]);
    for (const personal of ["123-45-6789", "123456789", "000123456789", "021000021"]) {
      expect(posted).not.toContain(personal);
      expect(stored2).not.toContain(personal);
    }
    expect(JSON.stringify(inThread.args)).toMatch(/redacted|•••|\*\*\*/i);
    expect(
      h.fake
        .callsOf("chat.postMessage")
        .slice(before2)
        .some((c) => c.args.channel === "D0EMPDM"),
    ).toBe(false);
  });
});

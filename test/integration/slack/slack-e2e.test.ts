import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPaycheckFigures } from "../../../src/app/payroll/build-paycheck-input";
import { recordHours } from "../../../src/app/timesheets/record-hours";
import { approvalCard } from "../../../src/app/timesheets/replies";
import { submitTimesheet } from "../../../src/app/timesheets/submit-timesheet";
import { createTimesheetDeps } from "../../../src/app/timesheets/wiring";
import { renderMessage } from "../../../src/channels/slack/render-blocks";
import { Money } from "../../../src/core/money/money";
import { computePaycheck } from "../../../src/core/payroll/compute-paycheck";
import type { Actor } from "../../../src/core/policy/actor";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import type { SlackCall } from "../../support/fake-slack-api";
import {
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  type SignedRequestOptions,
  slashCommandRequest,
} from "../../support/slack-requests";
import { SIGNING_SECRET, type SlackHarness, seedSlackClient, startSlackHarness, TEAM } from "./harness";

let db: TestDatabase;
let h: SlackHarness;
let seed: Awaited<ReturnType<typeof seedSlackClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startSlackHarness(db);
  seed = await seedSlackClient(db);
});
afterAll(async () => {
  await h?.close();
  await db?.cleanup();
});

const signing = (extra: Partial<SignedRequestOptions> = {}): SignedRequestOptions => ({
  secret: SIGNING_SECRET,
  timestamp: h.nowSeconds(),
  ...extra,
});

type Block = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: { text: string } | string }[];
};

const textOf = (call: SlackCall) =>
  `${String(call.args.text ?? "")} ${JSON.stringify(call.args.blocks ?? [])}`;

function buttonIn(call: SlackCall, label: string): { action_id: string; value: string } {
  for (const block of (call.args.blocks ?? []) as Block[]) {
    for (const el of block.elements ?? []) {
      if (typeof el.text === "object" && el.text?.text === label && el.action_id && el.value)
        return { action_id: el.action_id, value: el.value };
    }
  }
  throw new Error(`no "${label}" button in ${JSON.stringify(call.args.blocks)}`);
}

async function dm(user: string, text: string, options: { eventId?: string; retryNum?: number } = {}) {
  const body = eventCallback(
    TEAM,
    { type: "message", channel_type: "im", channel: `D${user}`, user, text, ts: `${h.nowSeconds()}.000100` },
    options.eventId,
  );
  return postToSlackEndpoint(
    h.baseUrl,
    eventRequest(body, signing(options.retryNum !== undefined ? { retryNum: options.retryNum } : {})),
  );
}

function click(
  user: string,
  channel: string,
  message: SlackCall & { ts: string },
  button: { action_id: string; value: string },
) {
  return interactionRequest(
    {
      type: "block_actions",
      team: { id: TEAM, domain: "acme" },
      user: { id: user, team_id: TEAM },
      api_app_id: "A0ASO",
      trigger_id: `trig-${Math.random()}`,
      channel: { id: channel },
      container: { type: "message", channel_id: channel, message_ts: message.ts },
      message: { ts: message.ts, text: message.args.text, blocks: message.args.blocks },
      actions: [{ type: "button", action_id: button.action_id, block_id: "b", value: button.value }],
    },
    signing(),
  );
}

/** The postMessage calls to a channel, with the ts the fake answered (calls are numbered in order). */
async function postsTo(channel: string, count: number): Promise<(SlackCall & { ts: string })[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const posts = h.fake.calls
      .map((c, i) => ({ ...c, index: i }))
      .filter((c) => c.method === "chat.postMessage" && c.args.channel === channel);
    if (posts.length >= count) {
      // The fake numbers ts by every posted message/ephemeral, in call order.
      return posts.map((p) => ({ ...p, ts: tsOf(p.index) }));
    }
    if (Date.now() > deadline) throw new Error(`expected ${count} posts to ${channel}, got ${posts.length}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function tsOf(index: number): string {
  const seq = h.fake.calls
    .slice(0, index + 1)
    .filter((c) => c.method === "chat.postMessage" || c.method === "chat.postEphemeral").length;
  return `1764000000.${String(seq).padStart(6, "0")}`;
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the Slack app over signed HTTP", () => {
  it("runs the whole flow: PTO question, hours through the modal, approval with two clicks, a forged request", async () => {
    const alex = seed.employee.slackUserId;
    const dana = seed.manager.slackUserId;

    // 1. An employee DMs a PTO question and gets the balance.
    const asked = await dm(alex, "how much PTO do I have?");
    expect(asked.status).toBe(200);
    const [balance] = await postsTo(`D${alex}`, 1);
    expect(textOf(balance!)).toContain("40 hours");

    // 2. /hr timesheet opens the week's modal; submitting 9 hours for a day records them.
    const command = await postToSlackEndpoint(
      h.baseUrl,
      slashCommandRequest(
        {
          command: "/hr",
          text: "timesheet",
          team_id: TEAM,
          user_id: alex,
          channel_id: `D${alex}`,
          channel_name: "directmessage",
          trigger_id: `trig-modal-${Math.random()}`,
          response_url: `${h.fake.url}response`,
        },
        signing(),
      ),
    );
    expect(command.status).toBe(200);
    const [opened] = await h.fake.waitFor("views.open");
    const view = opened!.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe("aso_form");
    // One field per day of the workweek that holds today (the harness's clock: Wed 25 Nov 2026).
    const days = view.blocks.map((b) => b.block_id);
    expect(days).toHaveLength(7);
    expect(days).toContain("2026-11-24");
    expect(days).toContain("2026-11-25");
    expect(view.blocks.map((b) => b.element.initial_value)).toEqual(Array(7).fill("0"));
    const values = Object.fromEntries(
      days.map((date) => [
        date,
        { value: { type: "number_input", value: date === "2026-11-24" ? "9" : "0" } },
      ]),
    );
    const submitted = await postToSlackEndpoint(
      h.baseUrl,
      interactionRequest(
        {
          type: "view_submission",
          team: { id: TEAM },
          user: { id: alex, team_id: TEAM },
          api_app_id: "A0ASO",
          view: {
            id: "V1",
            type: "modal",
            callback_id: "aso_form",
            private_metadata: view.private_metadata,
            state: { values },
          },
        },
        signing(),
      ),
    );
    expect(submitted.status).toBe(200);
    const recorded = (await postsTo(`D${alex}`, 2))[1]!;
    expect(textOf(recorded)).toContain(`Saved your week of`);
    expect(textOf(recorded)).toContain("1 day worked. Week total: 9 hours.");

    // 3. Submitting the week sends the manager a message with buttons.
    const submitClick = await postToSlackEndpoint(
      h.baseUrl,
      click(alex, `D${alex}`, recorded, buttonIn(recorded, "Submit week for approval")),
    );
    expect(submitClick.status).toBe(200);
    const [card] = await postsTo(`D${dana}`, 1);
    expect(textOf(card!)).toContain("Alex Kim");
    const approve = buttonIn(card!, "Approve");
    buttonIn(card!, "Reject");

    // View details answers in a new message and leaves the card (and its buttons) as it is.
    const updatesBeforeDetails = h.fake.callsOf("chat.update").length;
    const details = await postToSlackEndpoint(
      h.baseUrl,
      click(dana, `D${dana}`, card!, buttonIn(card!, "View details")),
    );
    expect(details.status).toBe(200);
    const shown = (await postsTo(`D${dana}`, 2))[1]!;
    expect(textOf(shown)).toContain("Tue Nov 24");
    expect(textOf(shown)).toContain("9 h");
    expect(textOf(shown)).toContain("Total");
    expect(h.fake.callsOf("chat.update").length).toBe(updatesBeforeDetails);

    // 4. Two clicks on Approve: one approval, the message updated in place.
    const updatesBefore = h.fake.callsOf("chat.update").length;
    const clicks = await Promise.all([
      postToSlackEndpoint(h.baseUrl, click(dana, `D${dana}`, card!, approve)),
      postToSlackEndpoint(h.baseUrl, click(dana, `D${dana}`, card!, approve)),
    ]);
    expect(clicks.map((r) => r.status)).toEqual([200, 200]);
    const updates = await until(() => {
      const u = h.fake
        .callsOf("chat.update")
        .slice(updatesBefore)
        .filter((c) => c.args.ts === card!.ts);
      return u.length >= 2 ? u : undefined;
    }, "two chat.update calls on the approval card");
    const texts = updates.map(textOf).join("\n");
    expect(texts).toContain("Approved 9 hours for Alex Kim");
    expect(texts).toMatch(/Already approved by Dana Lee at/);
    for (const u of updates) expect(JSON.stringify(u.args.blocks)).not.toContain("aso_command");
    const decisions = await db.prisma.timesheetDecision.count();
    expect(decisions).toBe(1);

    // 5. A forged request is rejected and runs nothing.
    const callsBefore = h.fake.calls.length;
    const forged = await postToSlackEndpoint(
      h.baseUrl,
      eventRequest(
        eventCallback(TEAM, {
          type: "message",
          channel_type: "im",
          channel: `D${alex}`,
          user: alex,
          text: "hi",
          ts: "1.2",
        }),
        signing({ forgeWith: "not-the-secret" }),
      ),
    );
    expect(forged.status).toBe(401);
    // A genuine signature five minutes old is stale: replayed clicks are refused too.
    const replayed = click(dana, `D${dana}`, card!, approve);
    const staleSigned = interactionRequest(
      JSON.parse(new URLSearchParams(replayed.body).get("payload")!),
      signing({ timestamp: h.nowSeconds() - 6 * 60 }),
    );
    const stale = await postToSlackEndpoint(h.baseUrl, staleSigned);
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls.length).toBe(callsBefore);
    expect(await db.prisma.timesheetDecision.count()).toBe(1);
    // Nothing needed auth.test, at start or since.
    expect(h.fake.callsOf("auth.test")).toHaveLength(0);
  });

  it("answers a redelivered event (X-Slack-Retry-Num) only once", async () => {
    const user = seed.employee.slackUserId;
    const before = h.fake.callsOf("chat.postMessage").length;
    const first = await dm(user, "hello", { eventId: "EvRETRY1" });
    const retry = await dm(user, "hello", { eventId: "EvRETRY1", retryNum: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.fake.waitFor("chat.postMessage", before + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.callsOf("chat.postMessage").length).toBe(before + 1);
  });

  it("runs a slash command replayed with its valid signature only once", async () => {
    const alex = seed.employee.slackUserId;
    const before = h.fake.callsOf("views.open").length;
    const request = slashCommandRequest(
      {
        command: "/hr",
        text: "timesheet",
        team_id: TEAM,
        user_id: alex,
        channel_id: `D${alex}`,
        channel_name: "directmessage",
        trigger_id: `trig-replay-${Math.random()}`,
        response_url: `${h.fake.url}response`,
      },
      signing(),
    );
    const first = await postToSlackEndpoint(h.baseUrl, request);
    const replay = await postToSlackEndpoint(h.baseUrl, request);
    expect([first.status, replay.status]).toEqual([200, 200]);
    await h.fake.waitFor("views.open", before + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.callsOf("views.open").length).toBe(before + 1);
  });

  it("answers a signed body that is not a Slack payload with a 400, running nothing", async () => {
    const before = h.fake.calls.length;
    const odd = await postToSlackEndpoint(h.baseUrl, eventRequest({ hello: "world" }, signing()));
    const broken = await postToSlackEndpoint(
      h.baseUrl,
      interactionRequest({ actions: "not a list" }, signing()),
    );
    expect([odd.status, broken.status]).toEqual([400, 400]);
    expect(h.fake.calls.length).toBe(before);
  });

  it("tells an unknown user they are not set up, and nothing else", async () => {
    const before = h.fake.calls.length;
    await dm("U0NOBODY", "how much PTO do I have?");
    const posted = await until(
      () => h.fake.calls.slice(before).find((c) => c.method === "chat.postMessage"),
      "the not-set-up reply",
    );
    expect(String(posted.args.text)).toContain("not set up");
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls.slice(before).filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
  });

  it("finds a user by their Slack email when the census has no Slack id, and remembers it", async () => {
    const person = await seed.add("Evan Email", null, ["employee"], {
      managerId: seed.manager.id,
      email: "evan@acme.test",
    });
    h.fake.emails.set("U0EVAN", "evan@acme.test");
    await dm("U0EVAN", "how much PTO do I have?");
    const [reply] = await postsTo("DU0EVAN", 1);
    expect(textOf(reply!)).toContain("hours");
    const row = await db.prisma.employee.findUnique({ where: { id: person.id } });
    expect(row?.slackUserId).toBe("U0EVAN");
  });

  it("answers an @mention with personal data in the DM and leaves a pointer in the thread", async () => {
    const user = seed.employee.slackUserId;
    const body = eventCallback(TEAM, {
      type: "app_mention",
      channel: "C0GENERAL",
      user,
      text: "<@UBOT> how much PTO do I have?",
      ts: "1764000500.000100",
    });
    expect((await postToSlackEndpoint(h.baseUrl, eventRequest(body, signing()))).status).toBe(200);
    const [pointer] = await postsTo("C0GENERAL", 1);
    expect(pointer!.args.thread_ts).toBe("1764000500.000100");
    expect(textOf(pointer!)).toContain("direct message");
    expect(textOf(pointer!)).not.toContain("40");
  });

  it("publishes App Home with the person's time off and last paycheck", async () => {
    const openHome = async () => {
      const before = h.fake.callsOf("views.publish").length;
      const body = eventCallback(TEAM, {
        type: "app_home_opened",
        user: seed.employee.slackUserId,
        tab: "home",
        channel: "D1",
      });
      expect((await postToSlackEndpoint(h.baseUrl, eventRequest(body, signing()))).status).toBe(200);
      const published = (await h.fake.waitFor("views.publish", before + 1))[before]!;
      expect(published.args.user_id).toBe(seed.employee.slackUserId);
      return JSON.stringify(published.args.view);
    };
    const empty = await openHome();
    expect(empty).toContain("My time off");
    expect(empty).toContain("Vacation available");
    expect(empty).toContain("You have no posted paycheck yet.");

    // A posted paycheck, computed by the engine, as a pay run leaves it.
    const request = {
      payDate: "2026-11-20",
      payFrequency: "biweekly" as const,
      earnings: [{ code: "regular" as const, hours: "80", rate: "25.00" }],
      federalW4: { version: 2020 as const, filingStatus: "single" as const },
      workState: "PA",
    };
    const result = computePaycheck(request);
    const run = await db.prisma.payRun.create({
      data: {
        clientId: seed.client.id,
        periodStart: new Date("2026-11-01"),
        periodEnd: new Date("2026-11-14"),
        payDate: new Date(request.payDate),
        status: "posted",
        employeeCount: 1,
        createdBy: "test",
      },
    });
    const context = {
      employeeId: seed.employee.id,
      payDate: request.payDate,
      periodStart: "2026-11-01",
      periodEnd: "2026-11-14",
      workState: "PA",
    };
    await db.prisma.paycheck.create({
      data: {
        runId: run.id,
        clientId: seed.client.id,
        employeeId: seed.employee.id,
        status: "calculated",
        payDate: new Date(request.payDate),
        gross: result.gross,
        net: result.net,
        figures: toPaycheckFigures(
          { employerContributions: [], ytdMedicareWagesBefore: "0" },
          result,
          context,
        ),
        explanation: result.explanation,
      },
    });
    const home = await openHome();
    expect(home).toContain("Your paycheck of 2026-11-20");
    expect(home).toContain(`*Gross pay*\\n${Money.of(result.gross).format()}`);
    expect(home).toContain(`*Net pay*\\n${Money.of(result.net).format()}`);
    expect(home).toContain("Federal income tax");
    // The step-by-step explanation stays in the DM.
    expect(home).not.toContain(result.explanation[0]!.slice(0, 30));
  });

  it("asks for a reason in a modal when a manager rejects, then updates the card", async () => {
    const rita = await seed.add("Rita Reject", "U0RITA", ["employee"], { managerId: seed.manager.id });
    const actor: Actor = {
      kind: "employee",
      employeeId: rita.id,
      clientId: seed.client.id,
      roles: ["employee"],
      name: rita.name,
      timezone: "America/New_York",
    };
    const deps = createTimesheetDeps({
      db,
      queue: h.runtime.queue,
      clock: h.clock,
      notifier: { notify: async () => undefined },
    });
    await recordHours(deps, actor, { days: [{ date: "2026-11-23", hours: "7" }] });
    const { timesheet } = await submitTimesheet(deps, actor, { date: "2026-11-23" });
    const card = renderMessage(
      approvalCard({
        timesheetId: timesheet.id,
        submission: 1,
        employeeName: rita.name,
        weekStart: timesheet.weekStart,
        totalHours: "7",
        ptoHours: "0",
      }),
    );
    const dana = seed.manager.slackUserId;
    const message = {
      method: "chat.postMessage",
      token: undefined,
      args: { ...card },
      ts: "1764009999.000001",
    };
    const opensBefore = h.fake.callsOf("views.open").length;
    const clicked = await postToSlackEndpoint(
      h.baseUrl,
      click(dana, `D${dana}`, message, buttonIn(message, "Reject")),
    );
    expect(clicked.status).toBe(200);
    const opened = (await h.fake.waitFor("views.open", opensBefore + 1))[opensBefore]!;
    const view = opened.args.view as { private_metadata: string; blocks: { block_id: string }[] };
    expect(view.blocks.map((b) => b.block_id)).toEqual(["reason"]);
    const updatesBefore = h.fake.callsOf("chat.update").length;
    await postToSlackEndpoint(
      h.baseUrl,
      interactionRequest(
        {
          type: "view_submission",
          team: { id: TEAM },
          user: { id: dana, team_id: TEAM },
          view: {
            id: "V2",
            type: "modal",
            callback_id: "aso_form",
            private_metadata: view.private_metadata,
            state: {
              values: { reason: { value: { type: "plain_text_input", value: "Monday is missing" } } },
            },
          },
        },
        signing(),
      ),
    );
    const update = (await h.fake.waitFor("chat.update", updatesBefore + 1))[updatesBefore]!;
    expect(update.args.ts).toBe("1764009999.000001");
    expect(textOf(update)).toContain("Rejected Rita Reject");
    const decision = await db.prisma.timesheetDecision.findFirst({ where: { timesheetId: timesheet.id } });
    expect(decision?.decision).toBe("rejected");
    expect(decision?.reason).toBe("Monday is missing");
  });
});

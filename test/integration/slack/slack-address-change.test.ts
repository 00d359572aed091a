import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import type { SlackCall } from "../../support/fake-slack-api";
import {
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  type SignedRequestOptions,
} from "../../support/slack-requests";
import { SIGNING_SECRET, type SlackHarness, seedSlackClient, startSlackHarness, TEAM } from "./harness";

/**
 * "I moved" in a Slack DM, over signed HTTP as Slack sends it: the form opens as a modal, a bad ZIP
 * is refused naming the field, a good address shows what the move does to withholding and a confirm
 * button; only the click changes the address, once, with the payroll contact told and a case for the
 * ASO opened.
 */
let db: TestDatabase;
let h: SlackHarness;
let seed: Awaited<ReturnType<typeof seedSlackClient>>;
let adminId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startSlackHarness(db);
  seed = await seedSlackClient(db);
  adminId = (await seed.add("Pat Payroll", "U0PAT", ["employee", "client_admin"])).id;
  await db.prisma.employee.update({
    where: { id: seed.employee.id },
    data: { homeAddress: { street: "1 Penn Ave", city: "Pittsburgh", state: "PA", zip: "15222" } },
  });
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.cleanup();
});

const signing = (): SignedRequestOptions => ({ secret: SIGNING_SECRET, timestamp: h.nowSeconds() });
const textOf = (call: SlackCall) =>
  `${String(call.args.text ?? "")} ${JSON.stringify(call.args.blocks ?? [])}`;

type Element = { action_id?: string; value?: string; text?: { text: string } | string };
function buttonIn(call: SlackCall, label: string): { action_id: string; value: string } {
  for (const block of (call.args.blocks ?? []) as { elements?: Element[] }[]) {
    for (const el of block.elements ?? []) {
      if (typeof el.text === "object" && el.text?.text === label && el.action_id && el.value)
        return { action_id: el.action_id, value: el.value };
    }
  }
  throw new Error(`no "${label}" button in ${JSON.stringify(call.args.blocks)}`);
}

function tsOf(index: number): string {
  const seq = h.fake.calls
    .slice(0, index + 1)
    .filter((c) => c.method === "chat.postMessage" || c.method === "chat.postEphemeral").length;
  return `1764000000.${String(seq).padStart(6, "0")}`;
}

async function postsTo(channel: string, count: number): Promise<(SlackCall & { ts: string })[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const posts = h.fake.calls
      .map((c, i) => ({ ...c, index: i }))
      .filter((c) => c.method === "chat.postMessage" && c.args.channel === channel);
    if (posts.length >= count) return posts.map((p) => ({ ...p, ts: tsOf(p.index) }));
    if (Date.now() > deadline) throw new Error(`expected ${count} posts to ${channel}, got ${posts.length}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function click(user: string, channel: string, message: SlackCall & { ts: string }, button: Element) {
  return postToSlackEndpoint(
    h.baseUrl,
    interactionRequest(
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
    ),
  );
}

function submit(user: string, privateMetadata: string, values: Record<string, string>) {
  return postToSlackEndpoint(
    h.baseUrl,
    interactionRequest(
      {
        type: "view_submission",
        team: { id: TEAM },
        user: { id: user, team_id: TEAM },
        api_app_id: "A0ASO",
        view: {
          id: "V1",
          type: "modal",
          callback_id: "aso_form",
          private_metadata: privateMetadata,
          state: {
            values: Object.fromEntries(
              Object.entries(values).map(([k, v]) => [k, { value: { type: "plain_text_input", value: v } }]),
            ),
          },
        },
      },
      signing(),
    ),
  );
}

describe("an address change in Slack", () => {
  it("opens the form, refuses a bad ZIP, previews the move and changes the address only on the confirm click", async () => {
    const alex = seed.employee.slackUserId;
    const channel = `D${alex}`;
    const asked = await postToSlackEndpoint(
      h.baseUrl,
      eventRequest(
        eventCallback(TEAM, {
          type: "message",
          channel_type: "im",
          channel,
          user: alex,
          text: "I moved, how do I update my address?",
          ts: `${h.nowSeconds()}.000100`,
        }),
        signing(),
      ),
    );
    expect(asked.status).toBe(200);
    const [formPost] = await postsTo(channel, 1);
    expect(textOf(formPost!)).toContain("Enter your new home address");

    await click(alex, channel, formPost!, buttonIn(formPost!, "Change your address"));
    const [opened] = await h.fake.waitFor("views.open");
    const view = opened!.args.view as {
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.blocks.map((b) => b.block_id)).toEqual(["street", "unit", "city", "state", "zip"]);
    // Prefilled with the address on file.
    expect(view.blocks.find((b) => b.block_id === "city")?.element.initial_value).toBe("Pittsburgh");

    const newAddress = { street: "400 SW Main St", unit: "", city: "Portland", state: "or", zip: "97204" };
    await submit(alex, view.private_metadata, { ...newAddress, zip: "9720" });
    const [, refused] = await postsTo(channel, 2);
    expect(textOf(refused!)).toContain("ZIP code: must be 5 digits");
    expect(textOf(refused!)).toContain("Nothing was saved");

    await submit(alex, view.private_metadata, newAddress);
    const posts = await until(async () => {
      const all = await postsTo(channel, 3);
      return all.find((p) => textOf(p).includes("Confirm")) ? all : undefined;
    });
    const shown = posts.slice(2).map(textOf).join("\n");
    expect(shown).toContain("State income tax is withheld for the state you work in (PA)");
    expect(shown).toContain("your state withholding moves to OR");
    const confirmPost = posts.find((p) => textOf(p).includes("Click *Confirm*"))!;
    let employee = await db.prisma.employee.findUniqueOrThrow({ where: { id: seed.employee.id } });
    expect(employee.homeAddress).toMatchObject({ city: "Pittsburgh" });

    const confirm = buttonIn(confirmPost, "Confirm");
    await click(alex, channel, confirmPost, confirm);
    const done = await until(async () =>
      h.fake.calls.find(
        (c) =>
          (c.method === "chat.postMessage" || c.method === "chat.update") &&
          textOf(c).includes("Your address is updated"),
      ),
    );
    expect(textOf(done)).toMatch(/case HR-\d+/);
    employee = await db.prisma.employee.findUniqueOrThrow({ where: { id: seed.employee.id } });
    expect(employee.homeAddress).toEqual({
      street: "400 SW Main St",
      city: "Portland",
      state: "OR",
      zip: "97204",
    });
    const cases = await db.prisma.case.findMany({ where: { employeeId: seed.employee.id } });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ category: "tax", priority: "low" });
    expect(cases[0]!.summary).toContain("Home state changed to OR");
    expect(cases[0]!.summary).not.toContain("Main St");

    // A second click changes nothing more and opens no second case.
    await click(alex, channel, confirmPost, confirm);
    await until(async () =>
      h.fake.calls.find(
        (c) =>
          (c.method === "chat.postMessage" || c.method === "chat.update") &&
          textOf(c).includes("Already done"),
      ),
    );
    expect(await db.prisma.case.count({ where: { employeeId: seed.employee.id } })).toBe(1);
    expect(await db.prisma.personalDetailsChange.count({ where: { employeeId: seed.employee.id } })).toBe(1);

    // The payroll contact hears of the move of state in her own DM.
    const told = await until(async () =>
      h.fake.calls.find(
        (c) => c.method === "chat.postMessage" && textOf(c).includes("changed their home state"),
      ),
    );
    expect(String(told.args.channel)).toContain("U0PAT");
    expect(adminId).toBeTruthy();
  });
});

async function until<T>(probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

import { type Activity, ActivityTypes, TestAdapter } from "botbuilder";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseDeskDeps } from "../../../../src/app/cases/case-desk-deps";
import type { TeamsAdapter } from "../../../../src/channels/teams/teams-adapter";
import { NOT_SET_UP, TeamsBot } from "../../../../src/channels/teams/teams-bot";
import type { Reply } from "../../../../src/conversation/reply";
import type { IdentityRepository } from "../../../../src/db/identity-repository";
import type {
  StoredConversationReference,
  TeamsConversationRepository,
} from "../../../../src/db/teams-conversation-repository";
import { createLogger } from "../../../../src/log/logger";
import { engineDeps, offlineClassifier } from "../../conversation/support";

const TENANT = "tenant-acme";
const ALEX_AAD = "aad-alex";
const DANA_AAD = "aad-dana";

/** Identity rows as the repository returns them (only what `employeeActor` reads). */
function row(id: string, name: string, roles: string[]) {
  return {
    id,
    clientId: "client-acme",
    name,
    roles,
    timezone: "America/Los_Angeles",
    terminationDate: null,
    client: { timezone: "America/New_York" },
  };
}

function fakeIdentities(): IdentityRepository {
  const byAad = new Map([
    [ALEX_AAD, row("emp-alex", "Alex Example", ["employee"])],
    [DANA_AAD, row("emp-dana", "Dana Lee", ["employee", "manager"])],
  ]);
  return {
    staffByTeamsUser: async () => null,
    clientByTeamsTenant: async (tenant: string) => (tenant === TENANT ? { id: "client-acme" } : null),
    employeeByTeamsUser: async (_client: string, aad: string) => byAad.get(aad) ?? null,
    employeeByEmail: async () => null,
    linkTeamsUser: async () => undefined,
  } as unknown as IdentityRepository;
}

function fakeStore() {
  const refs = new Map<string, { kind: string; aad: string; reference: StoredConversationReference }>();
  const seen = new Set<string>();
  const responses = new Map<string, unknown>();
  const cards = new Map<string, Record<string, unknown>>();
  const store = {
    refs,
    cards,
    async saveReference(input: {
      kind: string;
      aadObjectId?: string;
      reference: StoredConversationReference;
    }) {
      refs.set(input.reference.conversation.id, {
        kind: input.kind,
        aad: input.aadObjectId ?? "",
        reference: input.reference,
      });
    },
    async personalReference(aad: string) {
      return [...refs.values()].find((r) => r.kind === "personal" && r.aad === aad)?.reference;
    },
    async referenceOf(id: string) {
      return refs.get(id)?.reference;
    },
    async threadOfCase() {
      return undefined;
    },
    async caseOfThread() {
      return undefined;
    },
    async rememberThread() {},
    async saveCard(key: string, card: Record<string, unknown>) {
      cards.set(key, card);
    },
    async saveCardIfAbsent(key: string, card: Record<string, unknown>) {
      if (!cards.has(key)) cards.set(key, card);
    },
    async cardOf(key: string) {
      return cards.get(key);
    },
    async firstDelivery(key: string) {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
    async responseOf(key: string) {
      return responses.get(key);
    },
    async recordResponse(key: string, response: unknown) {
      responses.set(key, response);
    },
  };
  return store;
}

function setup(options: { openCase?: boolean } = {}) {
  const { deps: conversation, fx, caseDesk } = engineDeps();
  // The recording desk relays to "case-0" by default; only with an open case here.
  if (!options.openCase) caseDesk.relayFromEmployee = async () => undefined;
  const store = fakeStore();
  const updates: { updateKey: string; reply: Reply }[] = [];
  const bot = new TeamsBot({
    teams: {
      adapter: undefined,
      auth: undefined,
      botAppId: "",
      authDisabled: true,
    } as unknown as TeamsAdapter,
    conversation,
    identities: fakeIdentities(),
    store: store as unknown as TeamsConversationRepository,
    cases: {} as CaseDeskDeps,
    updater: { update: async (u) => void updates.push(u) },
    logger: createLogger("silent"),
  });
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
  });
  return { adapter, store, updates, fx, caseDesk };
}

function personal(aad: string, extra: Partial<Activity>): Partial<Activity> {
  return {
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:1/",
    from: { id: `29:${aad}`, aadObjectId: aad, name: aad },
    recipient: { id: "28:bot", name: "HR" },
    conversation: {
      id: `a:${aad}`,
      conversationType: "personal",
      tenantId: TENANT,
      isGroup: false,
      name: "",
    },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

function textOf(activity: Partial<Activity> | undefined): string {
  return JSON.stringify({ text: activity?.text, attachments: activity?.attachments });
}

beforeAll(() => {
  offlineClassifier(); // trained once, before the turns' 3-second reply timeouts start
}, 60_000);

describe("TeamsBot (TestAdapter)", () => {
  it("answers an unknown user with 'not set up' and nothing else", async () => {
    const { adapter } = setup();
    await adapter
      .send(personal("aad-nobody", { type: ActivityTypes.Message, id: "m1", text: "what is my balance" }))
      .assertReply((reply) => expect(reply.text).toBe(NOT_SET_UP));
    expect(adapter.activeQueue).toHaveLength(0);
  });

  it("runs a personal-chat message as an engine turn and stores the conversation reference", async () => {
    const { adapter, store } = setup();
    await adapter
      .send(personal(ALEX_AAD, { type: ActivityTypes.Message, id: "m2", text: "what can you do?" }))
      .assertReply((reply) => expect(textOf(reply)).toMatch(/time|benefit|pay|help/i));
    const ref = store.refs.get(`a:${ALEX_AAD}`);
    expect(ref).toMatchObject({ kind: "personal", aad: ALEX_AAD });
    expect(ref?.reference.serviceUrl).toBe("http://127.0.0.1:1/");
  });

  it("relays an employee's personal-chat message to their open HR case instead of running a turn", async () => {
    const { adapter, caseDesk } = setup({ openCase: true });
    await adapter.send(
      personal(ALEX_AAD, { type: ActivityTypes.Message, id: "r1", text: "here is the form you asked for" }),
    );
    expect(adapter.activeQueue).toHaveLength(0);
    expect(caseDesk.relayed).toEqual([{ caseId: "case-0", text: "here is the form you asked for" }]);
  });

  it("skips a redelivered message (same activity id)", async () => {
    const { adapter } = setup();
    const message = personal(ALEX_AAD, { type: ActivityTypes.Message, id: "same", text: "hi" });
    await adapter.send(message).assertReply(() => undefined);
    adapter.activeQueue.splice(0);
    await adapter.send(message);
    expect(adapter.activeQueue).toHaveLength(0);
  });

  it("runs an Action.Submit (message with value) as the card's typed command", async () => {
    const { adapter, fx } = setup();
    const value = { aso: 1, cmd: { name: "timesheet.submit", args: { date: "2026-11-24", hours: "8" } } };
    await adapter
      .send(personal(ALEX_AAD, { type: ActivityTypes.Message, id: "s1", value }))
      .assertReply((reply) => expect(textOf(reply)).toMatch(/8/));
    expect(fx.submitted).toEqual([{ actor: "emp-alex", date: "2026-11-24", hours: "8" }]);
  });

  it("answers an Action.Execute invoke with a card, and a re-sent invoke with the same answer without running it again", async () => {
    const { adapter, fx } = setup();
    const invoke = personal(ALEX_AAD, {
      type: ActivityTypes.Invoke,
      name: "adaptiveCard/action",
      id: "inv-1",
      value: {
        action: {
          type: "Action.Execute",
          verb: "timesheet.submit",
          data: { aso: 1, cmd: { name: "timesheet.submit", args: { date: "2026-11-24", hours: "7" } } },
        },
        trigger: "manual",
      },
    });
    let first: unknown;
    await adapter.send(invoke).assertReply((reply) => {
      expect(reply.type).toBe("invokeResponse");
      first = reply.value;
      expect(reply.value).toMatchObject({
        status: 200,
        body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive" },
      });
    });
    await adapter.send(invoke).assertReply((reply) => expect(reply.value).toEqual(first));
    expect(fx.submitted).toHaveLength(1);
  });

  it("refuses card data that is not ours", async () => {
    const { adapter } = setup();
    await adapter
      .send(
        personal(ALEX_AAD, {
          type: ActivityTypes.Invoke,
          name: "adaptiveCard/action",
          id: "inv-bad",
          value: { action: { type: "Action.Execute", verb: "x", data: { hack: true } }, trigger: "manual" },
        }),
      )
      .assertReply((reply) => expect(JSON.stringify(reply.value)).toMatch(/not valid/));
  });

  it("stores the conversation reference when the app is installed (installationUpdate)", async () => {
    const { adapter, store } = setup();
    await adapter.send(
      personal(DANA_AAD, { type: ActivityTypes.InstallationUpdate, action: "add", id: "i1" }),
    );
    expect(store.refs.get(`a:${DANA_AAD}`)).toMatchObject({ kind: "personal", aad: DANA_AAD });
  });
});

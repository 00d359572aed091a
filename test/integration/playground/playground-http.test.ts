import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../../src/app/census/load-demo";
import { systemClock } from "../../../src/app/clock";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { createPayrollDeps } from "../../../src/app/payroll/payroll-deps";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { playgroundMount } from "../../../src/channels/playground/playground-channel";
import { createPlaygroundDelivery, mergeUpdate } from "../../../src/channels/playground/playground-delivery";
import { type Env, loadEnv } from "../../../src/config/env";
import type { Reply } from "../../../src/conversation/reply";
import { createPlaygroundRepository } from "../../../src/db/playground-repository";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";

let db: TestDatabase;
let runtime: AppRuntime;
let server: Server;
let base: string;
let employeeRef: string;
let employeeId: string;

const TOKEN = "staff-secret-token";

async function startServer(env: Env): Promise<{ server: Server; base: string; mounted: boolean }> {
  const mount = playgroundMount({ ...runtime, env }, { buildOnDemand: false, pollMs: 100 });
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: mount ? [mount] : [],
  });
  const s = await listen(app, 0, "127.0.0.1");
  return {
    server: s,
    base: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    mounted: Boolean(mount),
  };
}

/** Reads server-sent events until `until` returns true for one of them (or the timeout). */
async function readEvents(
  url: string,
  until: (event: { event: string; data: string }) => boolean,
  timeoutMs = 10_000,
  init: RequestInit = {},
): Promise<{ event: string; data: string }[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: { event: string; data: string }[] = [];
  try {
    const res = await fetch(url, { ...init, signal: controller.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        const event = /^event: (.*)$/m.exec(raw)?.[1];
        const data = /^data: (.*)$/m.exec(raw)?.[1];
        if (!event || data === undefined) continue;
        events.push({ event, data });
        if (until({ event, data })) return events;
      }
    }
  } catch (error) {
    if ((error as Error).name !== "AbortError") throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", REDIS_URL: process.env.REDIS_URL });
  runtime = await createAppRuntime(env, {
    logger: createLogger(process.env.PLAYGROUND_TEST_LOG ?? "silent"),
    clock: systemClock,
    db,
    queuePrefix: `pgh${randomBytes(4).toString("hex")}`,
  });
  await loadDemoData(db, { clock: systemClock });
  runtime.startWorkers();
  const started = await startServer({ ...env, DATABASE_URL: undefined, PLAYGROUND_ENABLED: false });
  server = started.server;
  base = started.base;
  const someone = await db.prisma.employee.findFirstOrThrow({ where: { roles: { equals: ["employee"] } } });
  employeeId = someone.id;
  employeeRef = `employee:${someone.id}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server?.closeAllConnections();
  await runtime?.close();
  await db?.cleanup();
});

describe("playground HTTP API (embedded default, no sign-in)", () => {
  it("lists every demo client's people and the ASO staff as personas", async () => {
    const res = await fetch(`${base}/api/playground/personas`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { clients: unknown[]; personas: { ref: string; kind: string }[] };
    expect(body.clients.length).toBeGreaterThanOrEqual(2);
    expect(body.personas.some((p) => p.kind === "staff")).toBe(true);
    expect(body.personas.some((p) => p.ref === employeeRef)).toBe(true);
  });

  it("runs a text turn through the conversation engine and keeps it in the persona's history", async () => {
    const res = await fetch(`${base}/api/playground/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona: employeeRef, text: "hello" }),
    });
    expect(res.status).toBe(200);
    const { messages } = (await res.json()) as { messages: { author: string; reply: Reply }[] };
    expect(messages[0]).toMatchObject({
      author: "user",
      reply: { blocks: [{ kind: "text", text: "hello" }] },
    });
    expect(messages.slice(1).length).toBeGreaterThan(0);
    expect(messages.slice(1).every((m) => m.author === "assistant")).toBe(true);

    const history = (await (
      await fetch(`${base}/api/playground/messages?persona=${employeeRef}`)
    ).json()) as {
      messages: unknown[];
    };
    expect(history.messages.length).toBe(messages.length);
  });

  it("answers self-harm with 988 and the EAP the census names for the client", async () => {
    // Another employee than the other tests', so the case this opens relays nothing of theirs.
    const person = await db.prisma.employee.findFirstOrThrow({
      where: { roles: { equals: ["employee"] }, id: { not: employeeId } },
      include: { client: true },
    });
    const named = "Acme EAP by ComPsych: call 1-800-555-0199, 24/7";
    await db.prisma.clientEmployer.update({
      where: { id: person.clientId },
      data: { settings: { ...(person.client.settings as object), employeeAssistanceProgram: named } },
    });
    const res = await fetch(`${base}/api/playground/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona: `employee:${person.id}`, text: "i want to kill myself" }),
    });
    const { messages } = (await res.json()) as { messages: { author: string; reply: Reply }[] };
    const said = JSON.stringify(messages.slice(1));
    expect(said).toContain("call or text 988");
    expect(said).toContain(named);
  });

  it("rejects an unknown persona and an empty turn", async () => {
    const unknown = await fetch(`${base}/api/playground/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona: "employee:00000000-0000-4000-8000-000000000000", text: "hi" }),
    });
    expect(unknown.status).toBe(400);
    const empty = await fetch(`${base}/api/playground/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ persona: employeeRef, text: "   " }),
    });
    expect(empty.status).toBe(400);
  });

  it("streams a notification delivered to the persona, also when another process wrote it", async () => {
    // A delivery whose waker does nothing: the stream must find the row by polling the revision.
    const delivery = createPlaygroundDelivery(createPlaygroundRepository(db.prisma), { wake() {} });
    const since = (
      (await (await fetch(`${base}/api/playground/messages?persona=${employeeRef}`)).json()) as {
        revision: number;
      }
    ).revision;
    const streamed = readEvents(
      `${base}/api/playground/events?persona=${employeeRef}&since=${since}`,
      (e) => e.event === "message" && e.data.includes("Your timesheet was approved"),
    );
    await new Promise((r) => setTimeout(r, 200));
    const address = await delivery.send(
      { recipient: { kind: "employee", employeeId }, actorRef: employeeRef, personId: employeeId },
      { blocks: [{ kind: "status", tone: "success", text: "Your timesheet was approved" }] },
    );
    expect(address?.messageId).toBeDefined();
    const events = await streamed;
    const message = events.find((e) => e.event === "message");
    expect(JSON.parse(message!.data)).toMatchObject({ author: "notification", actorRef: employeeRef });
  });

  it("updates a delivered card in place, keeping its content and replacing its buttons", async () => {
    const repo = createPlaygroundRepository(db.prisma);
    const delivery = createPlaygroundDelivery(repo, { wake() {} });
    const card: Reply = {
      updateKey: "approval:timesheet:test",
      blocks: [
        { kind: "text", text: "*Alex* — week of Sun Nov 22" },
        {
          kind: "actions",
          buttons: [{ label: "Approve", command: { name: "timesheet.approve", args: {} } }],
        },
      ],
    };
    const address = await delivery.send(
      { recipient: { kind: "employee", employeeId }, actorRef: employeeRef },
      card,
    );
    const decided: Reply = { blocks: [{ kind: "status", tone: "success", text: "Approved by Dana" }] };
    await delivery.update(address!, decided);
    await delivery.update(address!, decided);
    const stored = await repo.byId(address!.messageId!);
    expect(stored!.reply.blocks).toEqual([card.blocks[0], decided.blocks[0]]);
    expect(mergeUpdate(stored!.reply, decided)).toEqual(stored!.reply);
  });

  it("shows a client admin the pay run with its progress and ledger totals, and an employee the paycheck", async () => {
    const system = { kind: "system", name: "test" } as const;
    const deps = createPayrollDeps(db, { clock: systemClock });
    const run = await startPayRun({ ...deps, queue: runtime.queue }, system, {
      clientEin: "12-3456789",
      periodEnd: "2026-11-07",
    });
    const watched = await watchPayRun(deps, run.id, () => {}, {
      pollMs: 100,
      signal: AbortSignal.timeout(40_000),
    });
    expect(watched.status).toBe("calculated");
    await approvePayRun(deps, system, { clientEin: "12-3456789", periodEnd: "2026-11-07" });

    const acme = await db.prisma.clientEmployer.findFirstOrThrow({ where: { ein: "12-3456789" } });
    const admin = await db.prisma.employee.findFirstOrThrow({
      where: { clientId: acme.id, roles: { has: "client_admin" } },
    });
    const adminPanels = (await (
      await fetch(`${base}/api/playground/panels?persona=employee:${admin.id}`)
    ).json()) as {
      payRuns: {
        runs: { id: string; status: string; done: number; total: number }[];
        ledger: { account: string; debit: string; credit: string }[];
      };
    };
    const shown = adminPanels.payRuns.runs.find((r) => r.id === run.id);
    expect(shown).toMatchObject({ status: "posted", total: run.employeeCount });
    expect(shown!.done).toBe(run.employeeCount);
    expect(adminPanels.payRuns.ledger.length).toBeGreaterThan(1);
    // Double entry: the totals by account balance.
    const sum = (k: "debit" | "credit") =>
      adminPanels.payRuns.ledger.reduce((a, l) => a + Math.round(Number(l[k]) * 100), 0);
    expect(sum("debit")).toBe(sum("credit"));

    // An employee who is only an employee (a client admin would see the pay runs too).
    const paidIds = (
      await db.prisma.paycheck.findMany({ where: { runId: run.id, status: "calculated" } })
    ).map((p) => p.employeeId);
    const paid = {
      employeeId: (
        await db.prisma.employee.findFirstOrThrow({
          where: { id: { in: paidIds }, roles: { equals: ["employee"] } },
        })
      ).id,
    };
    const employeePanels = (await (
      await fetch(`${base}/api/playground/panels?persona=employee:${paid.employeeId}`)
    ).json()) as { paycheck: { net: string; explanation: string[] } | null; payRuns?: unknown };
    expect(employeePanels, JSON.stringify(employeePanels).slice(0, 300)).toHaveProperty(
      "paycheck.explanation",
    );
    expect(employeePanels.paycheck!.explanation.length).toBeGreaterThan(0);
    expect(employeePanels.payRuns).toBeUndefined();
  }, 60_000);

  it("serves no playground in production unless PLAYGROUND_ENABLED=true, and then only with a staff token", async () => {
    const production = {
      ...runtime.env,
      DATABASE_URL: "postgresql://x@127.0.0.1/none",
      localDevelopment: false,
    };
    const off = await startServer({ ...production, PLAYGROUND_ENABLED: false });
    const noToken = await startServer({
      ...production,
      PLAYGROUND_ENABLED: true,
      PLAYGROUND_STAFF_TOKEN: undefined,
    });
    const on = await startServer({ ...production, PLAYGROUND_ENABLED: true, PLAYGROUND_STAFF_TOKEN: TOKEN });
    try {
      expect(off.mounted).toBe(false);
      expect((await fetch(`${off.base}/api/playground/personas`)).status).toBe(404);
      expect(noToken.mounted).toBe(false);

      expect((await fetch(`${on.base}/api/playground/personas`)).status).toBe(401);
      expect((await fetch(`${on.base}/api/playground/events?persona=${employeeRef}`)).status).toBe(401);
      const wrong = await fetch(`${on.base}/api/playground/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: "guess" }),
      });
      expect(wrong.status).toBe(401);
      const signIn = await fetch(`${on.base}/api/playground/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: TOKEN }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
      expect(signIn.headers.get("set-cookie")).toContain("HttpOnly");
      const personas = await fetch(`${on.base}/api/playground/personas`, { headers: { cookie } });
      expect(personas.status).toBe(200);
    } finally {
      for (const s of [off, noToken, on]) {
        await new Promise<void>((done) => s.server.close(() => done()));
        s.server.closeAllConnections();
      }
    }
  });
});

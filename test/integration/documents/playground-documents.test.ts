import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { w2AndW3 } from "../../../src/app/filings/w2-forms";
import { createPayrollDeps } from "../../../src/app/payroll/payroll-deps";
import { playgroundMount } from "../../../src/channels/playground/playground-channel";
import { loadEnv } from "../../../src/config/env";
import type { Reply, ReplyBlock } from "../../../src/conversation/reply";
import { fixedClock } from "../../../src/core/clock";
import { Money } from "../../../src/core/money/money";
import { createHttpApp, listen } from "../../../src/http/server";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { seedClient } from "../timesheets/fixtures";
import { pdfText, postPaycheck } from "./support";

let db: TestDatabase;
let runtime: AppRuntime;
let server: Server;
let base: string;
let seed: Awaited<ReturnType<typeof seedClient>>;
let alex: Awaited<ReturnType<Awaited<ReturnType<typeof seedClient>>["add"]>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", REDIS_URL: process.env.REDIS_URL });
  runtime = await createAppRuntime(env, {
    logger: createLogger("silent"),
    clock: fixedClock("2026-12-04T15:00:00Z"),
    db,
    queuePrefix: `pgd${randomBytes(4).toString("hex")}`,
  });
  const mount = playgroundMount(
    { ...runtime, env: { ...env, DATABASE_URL: undefined, PLAYGROUND_ENABLED: false } },
    {
      buildOnDemand: false,
      pollMs: 100,
    },
  );
  if (!mount) throw new Error("playground did not mount");
  server = await listen(
    createHttpApp({ logger: runtime.logger, healthCheck: async () => {}, mounts: [mount] }),
    0,
    "127.0.0.1",
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  seed = await seedClient(db, { name: "Acme Tools" });
  alex = await seed.add("Alex Kim", ["employee"], { managerId: seed.manager.id, ptoBalanceHours: "24" });
  await postPaycheck(db, { clientId: seed.client.id, employeeId: alex.id }, "2026-11-20", {
    start: "2026-11-01",
    end: "2026-11-14",
  });
  // Last year's pay: its W-2 is sent as a PDF or shown as boxes.
  await postPaycheck(db, { clientId: seed.client.id, employeeId: alex.id }, "2025-12-19", {
    start: "2025-11-30",
    end: "2025-12-13",
  });
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await runtime?.close();
  await db?.cleanup();
});

async function turn(persona: string, text: string): Promise<Reply[]> {
  const res = await fetch(`${base}/api/playground/turn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ persona, text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: { reply: Reply }[] }).messages.map((m) => m.reply);
}

const documentIn = (replies: Reply[]) =>
  replies
    .flatMap((r) => r.blocks)
    .find((b): b is Extract<ReplyBlock, { kind: "document" }> => b.kind === "document");

describe("documents in the playground", () => {
  it("links the pay stub for the asker's session only; another persona, even with the id, gets a 404", async () => {
    const replies = await turn(`employee:${alex.id}`, "send me my pay stub");
    const doc = documentIn(replies);
    expect(doc?.fileName).toBe("pay-stub-2026-11-20.pdf");
    const own = await fetch(
      `${base}/api/playground/documents/${doc!.documentId}?persona=employee:${alex.id}`,
    );
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(Buffer.from(await own.arrayBuffer()));
    expect(text).toContain("Alex Kim");
    expect(text).toContain("Acme Tools");
    expect(text).toMatch(/Vacation 24\b/);

    for (const other of [`employee:${seed.manager.id}`, `employee:${seed.admin.id}`]) {
      const res = await fetch(`${base}/api/playground/documents/${doc!.documentId}?persona=${other}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("Alex");
    }
  });

  it("sends the asker's W-2 for the last finished year, and says a year still running has none yet", async () => {
    const replies = await turn(`employee:${alex.id}`, "can you send me a copy of my W-2?");
    const doc = documentIn(replies);
    expect(doc?.fileName).toBe("w2-2025.pdf");
    const own = await fetch(
      `${base}/api/playground/documents/${doc!.documentId}?persona=employee:${alex.id}`,
    );
    const text = await pdfText(Buffer.from(await own.arrayBuffer()));
    expect(text).toContain("Alex Kim");
    expect(text).toContain("Acme Tools");
    // 80 hours at $25.00: the paycheck's gross is the year's box 1 wages (no pre-tax deductions).
    expect(text).toContain("2000.00");
    const running = await turn(`employee:${alex.id}`, "send me my 2026 W-2");
    expect(documentIn(running)).toBeUndefined();
    expect(JSON.stringify(running)).toContain("available after the year ends");
  });

  it("shows the asker's own W-2 boxes for a year in chat, the same boxes as the filed W-2, with where the form comes from", async () => {
    const facts = (replies: Reply[]) =>
      Object.fromEntries(
        replies
          .flatMap((r) => r.blocks)
          .flatMap((b) => (b.kind === "facts" ? b.facts : []))
          .map((f) => [f.label, f.value]),
      );
    const seen = await turn(`employee:${alex.id}`, "can I see my W-2?");
    expect(documentIn(seen)).toBeUndefined();
    // The playground echoes the question; the answer itself is for the asker only.
    expect(seen.at(-1)?.personal).toBe(true);
    const { w2, w3 } = await w2AndW3(
      createPayrollDeps(db, { clock: fixedClock("2026-12-04T15:00:00Z") }),
      { kind: "system", name: "test" },
      {
        clientEin: seed.client.ein,
        year: "2025",
      },
    );
    const filed = w2.find((f) => f.employeeId === alex.id)!;
    const money = (v: string) => Money.of(v).format();
    expect(facts(seen)).toMatchObject({
      "Wages, tips, other compensation (box 1)": money(filed.box1),
      "Federal income tax withheld (box 2)": money(filed.box2),
      "Social Security tax withheld (box 4)": money(filed.box4),
      "Medicare tax withheld (box 6)": money(filed.box6),
      "PA income tax (box 17)": money(filed.states[0]!.tax),
    });
    expect(filed.box1).toBe("2000.00");
    // 31 January 2026 was a Saturday: the form was due to employees on Monday 2 February.
    expect(JSON.stringify(seen)).toContain("comes from your employer, Acme Tools");
    expect(JSON.stringify(seen)).toContain("had to give it to you by 2026-02-02");

    // The year in progress: the figures to date, said to be so.
    const running = await turn(`employee:${alex.id}`, "my W-2 for 2026");
    expect(JSON.stringify(running)).toContain("figures so far");
    // 31 January 2027 is a Sunday: Monday 1 February.
    expect(JSON.stringify(running)).toContain("by 2027-02-01");
    expect(facts(running)["Wages, tips, other compensation (box 1)"]).toBe(money("2000.00"));

    // Someone with no pay posted that year has no W-2, and never sees another's.
    const manager = JSON.stringify(await turn(`employee:${seed.manager.id}`, "can I see my 2025 W-2?"));
    expect(manager).toContain("no 2025 W-2");
    expect(manager).not.toContain("2,000.00");
    expect(w3.box1).toBe(filed.box1);
  });

  it("gives a specialist who serves the client its W-3 totals, and nothing to one who does not", async () => {
    const staff = async (serves: boolean) => {
      const s = await db.prisma.staff.create({
        data: { email: `w3-${randomBytes(4).toString("hex")}@aso.test`, name: "Spec", roles: ["specialist"] },
      });
      if (serves)
        await db.prisma.staffClientAssignment.create({ data: { staffId: s.id, clientId: seed.client.id } });
      return `staff:${s.id}`;
    };
    const serving = await staff(true);
    const replies = await turn(serving, `W-3 totals for ${seed.client.ein} for 2025`);
    const shown = JSON.stringify(replies);
    expect(shown).toContain(`Form W-3 for 2025: Acme Tools (${seed.client.ein})`);
    expect(shown).toContain('"label":"Forms W-2 (box c)","value":"1"');
    expect(shown).toContain(
      `"label":"Wages, tips, other compensation (box 1)","value":"${Money.of("2000.00").format()}"`,
    );
    expect(JSON.stringify(await turn(serving, "show me the W-3"))).toContain("Which client?");
    const other = JSON.stringify(
      await turn(await staff(false), `W-3 totals for ${seed.client.ein} for 2025`),
    );
    expect(other).not.toContain("Form W-3");
    expect(other).not.toContain("2,000.00");
  });

  it("gives a manager asking for a stub their own (none yet), never a report's", async () => {
    const replies = await turn(`employee:${seed.manager.id}`, `send me Alex Kim's pay stub`);
    expect(documentIn(replies)).toBeUndefined();
    expect(JSON.stringify(replies)).not.toContain("pay-stub-2026-11-20");
  });
});

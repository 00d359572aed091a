import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestDemoDocuments } from "../../src/app/benefits/ingest-plan-documents";
import { loadDemoData } from "../../src/app/census/load-demo";
import { systemClock } from "../../src/app/clock";
import { approvePayRun } from "../../src/app/payroll/approve-pay-run";
import { createPayrollDeps } from "../../src/app/payroll/payroll-deps";
import { startPayRun } from "../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../src/app/payroll/watch-pay-run";
import { buildPlaygroundWeb } from "../../src/channels/playground/playground-channel";
import { loadEnv } from "../../src/config/env";
import { createHttpApp, listen } from "../../src/http/server";
import { createLogger } from "../../src/log/logger";
import { channelMounts } from "../../src/main/channel-mounts";
import { type AppRuntime, createAppRuntime } from "../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../support/database";

/**
 * The playground's main journeys in headless Chromium (Debian's, driven by playwright-core) against
 * the real server: runtime, migrated database with the demo data and plan documents, job workers.
 * Each journey writes its screenshot to test-results/screenshots/ (ignored); with
 * UPDATE_SCREENSHOTS=1 to docs/screenshots/, which the README shows, refreshed deliberately.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "docs", "screenshots")
  : join(ROOT, "test-results", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let db: TestDatabase;
let runtime: AppRuntime;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;

type Person = { id: string; name: string };
let employee: Person;
let manager: Person;
let specialist: { id: string; name: string };

/** Text of the locator's elements (empty when none yet). */
async function textOf(locator: Locator): Promise<string> {
  const texts = await locator.allTextContents();
  return texts.join("\n");
}

/** Waits until the locator's text contains `expected` (the page updates live, so poll). */
async function sees(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<void> {
  await vi.waitFor(
    async () => {
      const text = await textOf(locator);
      if (typeof expected === "string") expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    },
    { timeout, interval: 100 },
  );
}

async function open(ref: string, viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${base}/?persona=${encodeURIComponent(ref)}`);
  await page.getByRole("log", { name: "Messages" }).waitFor();
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Test the current front end, not a dist left over from an earlier build (about 2 s).
  await buildPlaygroundWeb();
  db = await createTestDatabase();
  const env = loadEnv({
    // With DATABASE_URL set (the services run), the production path: enabled explicitly, behind the token.
    NODE_ENV: process.env.DATABASE_URL ? "production" : "test",
    LOG_LEVEL: "silent",
    REDIS_URL: process.env.REDIS_URL,
    DATABASE_URL: process.env.DATABASE_URL,
    PLAYGROUND_ENABLED: "true",
    PLAYGROUND_STAFF_TOKEN: process.env.DATABASE_URL ? "test-staff-token" : undefined,
  });
  runtime = await createAppRuntime(env, {
    logger: createLogger(process.env.PLAYGROUND_TEST_LOG ?? "silent"),
    clock: systemClock,
    db,
    queuePrefix: `pg${randomBytes(4).toString("hex")}`,
  });
  await loadDemoData(db, { clock: systemClock });
  await ingestDemoDocuments(runtime.services.benefits);
  runtime.startWorkers();
  const app = createHttpApp({
    logger: runtime.logger,
    healthCheck: async () => {},
    mounts: await channelMounts(runtime),
  });
  server = await listen(app, 0, "127.0.0.1");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A demo employee of Acme whose manager approves timesheets, and a specialist.
  const acme = await db.prisma.clientEmployer.findFirstOrThrow({ where: { ein: "12-3456789" } });
  const managed = await db.prisma.employee.findFirstOrThrow({
    where: {
      clientId: acme.id,
      managerId: { not: null },
      roles: { equals: ["employee"] },
      terminationDate: null,
    },
    include: { manager: true },
    orderBy: { name: "asc" },
  });
  employee = { id: managed.id, name: managed.name };
  manager = { id: managed.manager!.id, name: managed.manager!.name };
  const staff = await db.prisma.staff.findFirstOrThrow({
    where: { roles: { has: "specialist" } },
    orderBy: { name: "asc" },
  });
  specialist = { id: staff.id, name: staff.name };

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context = await browser.newContext();
  if (process.env.DATABASE_URL) {
    const res = await context.request.post(`${base}/api/playground/session`, {
      data: { token: "test-staff-token" },
    });
    expect(res.status()).toBe(200);
  }
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server?.closeAllConnections();
  await runtime?.close();
  await db?.cleanup();
}, 60_000);

describe("playground in a real browser", () => {
  it("lists the demo people of every client and the ASO staff as personas", async () => {
    const page = await context.newPage();
    await page.goto(base);
    const picker = page.getByLabel("Act as");
    await picker.waitFor();
    expect(await picker.locator("optgroup[label='Acme Manufacturing']").count()).toBe(1);
    expect(await picker.locator("optgroup[label='Sunrise Clinics']").count()).toBe(1);
    expect(await picker.locator("optgroup[label='ASO staff']").count()).toBe(1);
    await picker.selectOption(`employee:${employee.id}`);
    await sees(page.getByRole("log", { name: "Messages" }), employee.name);
    expect(new URL(page.url()).searchParams.get("persona")).toBe(`employee:${employee.id}`);
    await page.close();
  });

  it("employee asks a benefits question and sees the answer with its citation", async () => {
    const page = await open(`employee:${employee.id}`);
    await say(page, "What is my medical deductible?");
    const log = page.getByRole("log", { name: "Messages" });
    const answer = log.locator(".msg-assistant").last();
    await sees(answer, "deductible", 20_000);
    const sources = answer.locator(".citations");
    await sees(sources, "Sources");
    await sees(sources.locator("cite").first(), /\.md/);
    expect((await textOf(sources.locator("blockquote").first())).trim().length).toBeGreaterThan(20);
    await shot(page, "employee-benefits-question");

    // Phone width: the same page without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.getByLabel("Message", { exact: true }).isVisible()).toBe(true);
    await shot(page, "employee-phone-width");
    await page.close();
  });

  it("renders every block of the reply model and submits a form as a typed command, by keyboard", async () => {
    const delivery = runtime.deliveries.find((d) => d.channel === "playground");
    expect(delivery).toBeDefined();
    const cancel = { name: "conversation.cancel", args: {} };
    await delivery!.send(
      { recipient: { kind: "employee", employeeId: employee.id }, actorRef: `employee:${employee.id}` },
      {
        blocks: [
          { kind: "text", text: "Every *block* kind" },
          { kind: "facts", title: "Facts", facts: [{ label: "Net pay", value: "$1,234.56" }] },
          {
            kind: "citations",
            citations: [{ document: "spd.md", section: "Eligibility", quote: "Full-time employees." }],
          },
          { kind: "actions", buttons: [{ label: "A button", style: "primary", command: cancel }] },
          {
            kind: "form",
            id: "note",
            title: "Leave a note",
            submitLabel: "Send note",
            command: cancel,
            fields: [
              { name: "note", label: "Your note", type: "text", required: true },
              { name: "kind", label: "Kind", type: "select", options: [{ value: "a", label: "Kind A" }] },
            ],
          },
          {
            kind: "confirm",
            text: "Are you sure?",
            confirm: { label: "Yes", command: cancel },
            cancel: { label: "No", command: cancel },
          },
          { kind: "status", text: "All good", tone: "success" },
        ],
      },
    );
    const page = await open(`employee:${employee.id}`);
    const card = page.locator(".msg-notification", { hasText: "Every block kind" }).last();
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator("strong", { hasText: "block" }).count()).toBe(1);
    await sees(card.locator(".fact"), "Net pay");
    await sees(card.locator("cite"), "spd.md · Eligibility");
    expect(await card.getByRole("button", { name: "A button" }).isVisible()).toBe(true);
    expect(await card.getByRole("button", { name: "Yes" }).isVisible()).toBe(true);
    await sees(card.getByRole("status"), "All good");
    await shot(page, "all-reply-blocks");

    await card.getByLabel("Kind").selectOption("a");
    await card.getByLabel("Your note").focus();
    await page.keyboard.type("hello");
    await page.keyboard.press("Enter");
    const log = page.getByRole("log", { name: "Messages" });
    await sees(log.locator(".msg-user").last(), "Send note");
    await page.close();
  });

  it("shows a client admin the pay run's progress and ledger, and an employee the paycheck explained", async () => {
    const system = { kind: "system", name: "browser-test" } as const;
    const deps = createPayrollDeps(db, { clock: systemClock });
    const run = await startPayRun({ ...deps, queue: runtime.queue }, system, {
      clientEin: "12-3456789",
      periodEnd: "2026-11-07",
    });
    const done = await watchPayRun(deps, run.id, () => {}, {
      pollMs: 100,
      signal: AbortSignal.timeout(40_000),
    });
    expect(done.status).toBe("calculated");
    await approvePayRun(deps, system, { clientEin: "12-3456789", periodEnd: "2026-11-07" });

    const acme = await db.prisma.clientEmployer.findFirstOrThrow({ where: { ein: "12-3456789" } });
    const admin = await db.prisma.employee.findFirstOrThrow({
      where: { clientId: acme.id, roles: { has: "client_admin" } },
    });
    const adminTab = await open(`employee:${admin.id}`);
    const runs = adminTab.getByRole("region", { name: "Pay runs" });
    await sees(runs, "2026-10-25 – 2026-11-07", 15_000);
    await sees(runs, `${run.employeeCount}/${run.employeeCount} paychecks`);
    await sees(runs.locator("caption"), "Ledger totals by account");
    await shot(adminTab, "client-admin-pay-runs");
    await adminTab.close();

    // An employee (not an admin) the run paid.
    const paidIds = (
      await db.prisma.paycheck.findMany({ where: { runId: run.id, status: "calculated" } })
    ).map((p) => p.employeeId);
    const paid = await db.prisma.employee.findFirstOrThrow({
      where: { id: { in: paidIds }, roles: { equals: ["employee"] } },
      orderBy: { name: "asc" },
    });
    const employeeTab = await open(`employee:${paid.id}`);
    const paycheck = employeeTab.getByRole("region", { name: "Last paycheck" });
    await sees(paycheck, "Net pay", 15_000);
    await paycheck.getByText("How it was calculated").click();
    expect((await paycheck.locator(".explain li").count()) > 0).toBe(true);
    await shot(employeeTab, "employee-paycheck-explained");
    await employeeTab.close();
  }, 90_000);

  it("manager approves a timesheet with a button and the employee's open tab updates live", async () => {
    const employeeTab = await open(`employee:${employee.id}`);
    await say(employeeTab, "I worked 8 hours on Monday");
    const log = employeeTab.getByRole("log", { name: "Messages" });
    await log.getByRole("button", { name: "Submit", exact: true }).last().click();
    await log.getByRole("button", { name: "Submit week for approval" }).last().click();
    await sees(log, "for approval");
    const sheets = employeeTab.getByTestId("timesheets");
    await sees(sheets, "Waiting for approval", 15_000);

    // The approval card reaches the manager's tab as a notification (notify.deliver job → playground).
    const managerTab = await open(`employee:${manager.id}`);
    const card = managerTab.locator(".msg-notification", { hasText: employee.name }).last();
    await card.getByRole("button", { name: "Approve" }).waitFor({ state: "visible", timeout: 20_000 });
    await card.getByRole("button", { name: "Approve" }).click();
    // The card is updated in place: the buttons give way to the decision.
    await sees(card.locator(".status-success"), "Approved", 15_000);
    expect(await card.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await shot(managerTab, "manager-approves-timesheet");

    // The employee's tab, untouched since, shows the decision (server-sent events, no reload).
    await sees(sheets, "Approved", 15_000);
    await sees(sheets, `by ${manager.name}`);
    await shot(employeeTab, "employee-timesheet-approved");
    await employeeTab.close();
    await managerTab.close();
  });

  it("a specialist claims the case an employee's request for a person opened", async () => {
    const specialistTab = await open(`staff:${specialist.id}`);
    const employeeTab = await open(`employee:${employee.id}`);
    await say(employeeTab, "I want to talk to a person about my paycheck");
    const employeeLog = employeeTab.getByRole("log", { name: "Messages" });
    await sees(employeeLog, /Case HR-\d+ opened/, 20_000);
    const reference = (
      await employeeLog
        .locator(".status", { hasText: /Case HR-\d+ opened/ })
        .last()
        .textContent()
    )?.match(/HR-\d+/)?.[0];
    expect(reference).toBeDefined();

    // The case arrives live in the specialist's queue panel, with its SLA clocks.
    const queue = specialistTab.getByTestId("cases");
    const item = queue.locator(".case", { hasText: reference! });
    await sees(item, /First response (due in|overdue by)/, 20_000);
    await item.getByRole("button", { name: `Claim ${reference}` }).click();
    const specialistLog = specialistTab.getByRole("log", { name: "Messages" });
    await sees(specialistLog, `${reference} claimed by ${specialist.name}`, 15_000);
    await sees(item, "Yours", 15_000);
    await shot(specialistTab, "specialist-claims-case");

    // The employee hears who picked it up.
    await sees(employeeLog, `${specialist.name} from HR has picked up your case`, 20_000);
    await specialistTab.close();
    await employeeTab.close();
  });
});

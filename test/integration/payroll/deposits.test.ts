import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { depositReminderProcessor } from "../../../jobs/deposit-reminder.processor";
import { createDepositCommands } from "../../../src/app/deposits/commands";
import { getDepositCalendar } from "../../../src/app/deposits/deposit-calendar";
import { createDepositDeps, type DepositDeps } from "../../../src/app/deposits/deposit-deps";
import {
  createQueueDepositReminderJobs,
  scheduleDepositReminders,
  sendDepositReminder,
} from "../../../src/app/deposits/deposit-reminders";
import { markDepositPaid } from "../../../src/app/deposits/mark-deposit-paid";
import { builtInDialogs } from "../../../src/app/dialogs";
import { createFilingSummaryCommands } from "../../../src/app/filings/filing-summary-commands";
import { form940Report } from "../../../src/app/filings/form-940-report";
import { w2AndW3 } from "../../../src/app/filings/w2-forms";
import { createQueueNotifier } from "../../../src/app/notifications/queue-notifier";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { liabilitiesReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { RecordingCaseDesk } from "../../../src/conversation/case-desk";
import { CommandRegistry } from "../../../src/conversation/commands";
import { DialogRegistry } from "../../../src/conversation/dialog-registry";
import { handleTurn, type TurnInput } from "../../../src/conversation/engine";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import type { Reply } from "../../../src/conversation/reply";
import { InMemoryConversationStore } from "../../../src/conversation/store";
import { fixedClock } from "../../../src/core/clock";
import { Accounts, FORM_941_ACCOUNTS } from "../../../src/core/ledger/accounts";
import { Money } from "../../../src/core/money/money";
import type { Actor } from "../../../src/core/policy/actor";
import { isDomainError } from "../../../src/errors/domain-error";
import { createLogger } from "../../../src/log/logger";
import { depositReminderJob } from "../../../src/queue/deposit-reminder.job";
import { notifyDeliverJob } from "../../../src/queue/notify.job";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { testJobDeps } from "../../support/job-deps";

const EIN = "41-5550001";
const OTHER_EIN = "41-5550002";
const system = { kind: "system", name: "test" } as const;

describe("the deposit calendar of a posted pay run", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let deps: DepositDeps;
  let clientId: string;
  let otherClientId: string;
  let serving: Actor;
  let notServing: Actor;
  // 20 February 2026: January's monthly 941 deposit (due 17 February) is overdue.
  const clock = fixedClock("2026-02-20T15:00:00Z");
  let posted941: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId } = await seedPayrollClient(db, { ein: EIN, employees: 6, periodEnd: "2026-01-17" }));
    ({ clientId: otherClientId } = await seedPayrollClient(db, {
      ein: OTHER_EIN,
      employees: 1,
      periodEnd: "2026-01-17",
    }));
    session = await openPayrollSession(loadEnv(), {
      clock,
      queue: true,
      db,
      prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
    const run = await startPayRun({ ...session.deps, queue: session.queue! }, system, {
      clientEin: EIN,
      periodEnd: "2026-01-17",
      payDate: "2026-01-23",
    });
    expect((await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 })).status).toBe(
      "calculated",
    );
    expect(
      (await approvePayRun(session.deps, system, { clientEin: EIN, periodEnd: "2026-01-17" })).changed,
    ).toBe(true);
    posted941 = await session.deps.ledger.netCredit(
      clientId,
      [...FORM_941_ACCOUNTS],
      "2026-01-01",
      "2026-01-31",
    );
    deps = createDepositDeps(db, { clock, payroll: session.deps });
    const staff = async (email: string, clients: string[]) => {
      const s = await db.prisma.staff.create({ data: { email, name: email, roles: ["specialist"] } });
      for (const c of clients)
        await db.prisma.staffClientAssignment.create({ data: { staffId: s.id, clientId: c } });
      return { kind: "staff", staffId: s.id, roles: ["specialist"], name: email, timezone: "UTC" } as const;
    };
    serving = await staff(`serving-${randomUUID()}@aso.test`, [clientId]);
    notServing = await staff(`other-${randomUUID()}@aso.test`, [otherClientId]);
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("lists the 941, PA withholding, PA unemployment and benefit deposits with their due dates and status", async () => {
    const calendar = await getDepositCalendar(deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-04-30",
    });
    const byId = new Map(calendar.deposits.map((d) => [d.id, d]));
    expect(byId.get("941-M-2026-01")).toMatchObject({
      payee: "irs_941",
      amount: posted941,
      dueDate: "2026-02-17",
      status: "overdue",
      covers: { from: "2026-01-23", to: "2026-01-23" },
    });
    // Pay date 23 January: the 16th–31st period; 31 January is a Saturday, so 2, 3 and 4 February.
    expect(byId.get("SIT-PA-SM-2026-01-31")).toMatchObject({ dueDate: "2026-02-04", status: "overdue" });
    expect(byId.get("SUI-PA-2026Q1")).toMatchObject({ dueDate: "2026-04-30", status: "due" });
    expect(byId.get("PREM-2026-02-02")?.payee).toBe("benefit_carriers");
    expect(calendar.unscheduled).toEqual([]);
  });

  it("gives the same due date for a state liability in the liabilities report as in the deposit calendar", async () => {
    const window = { clientEin: EIN, from: "2026-01-01", to: "2026-04-30" };
    const calendar = await getDepositCalendar(deps, system, window);
    const ledger = await liabilitiesReport(session.deps, system, window);
    for (const [account, id] of [
      [Accounts.stateWithholdingPayable, "SIT-PA-SM-2026-01-31"],
      [Accounts.sutaPayable, "SUI-PA-2026Q1"],
    ] as const) {
      const deposit = calendar.deposits.find((d) => d.id === id);
      const row = ledger.accounts.find((a) => a.account === account);
      expect(row?.due.map((d) => d.date)).toEqual([deposit?.dueDate]);
    }
    // The semimonthly PA date, not the generic day of next month (16 February).
    expect(ledger.accounts.find((a) => a.account === Accounts.stateWithholdingPayable)?.due[0]?.date).toBe(
      "2026-02-04",
    );
  });

  it("stores each state liability's own due date on the ledger line at posting", async () => {
    const stored = await db.prisma.journalLine.findMany({
      where: {
        clientId,
        account: { in: [Accounts.stateWithholdingPayable, Accounts.sutaPayable] },
        entry: { kind: "pay_run" },
      },
      select: { account: true, dueDate: true },
    });
    expect(Object.fromEntries(stored.map((l) => [l.account, l.dueDate?.toISOString().slice(0, 10)]))).toEqual(
      {
        [Accounts.stateWithholdingPayable]: "2026-02-04",
        [Accounts.sutaPayable]: "2026-04-30",
      },
    );
  });

  it("posts a deposit made to the client's ledger, balanced, once however often it is marked", async () => {
    const mark = () =>
      markDepositPaid(deps, serving, {
        clientEin: EIN,
        depositId: "941-M-2026-01",
        confirmation: "EFT 270 0123 4567",
        paidOn: "2026-02-13",
      });
    const results = await Promise.all([mark(), mark(), mark(), mark()]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.payment.confirmation))).toEqual(new Set(["EFT 270 0123 4567"]));
    expect((await mark()).changed).toBe(false);

    const entries = await db.prisma.journalEntry.findMany({
      where: { kind: "deposit_payment" },
      include: { lines: true },
    });
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.clientId).toBe(clientId);
    expect(entry.runId).toBeNull();
    expect(entry.debitTotal.toFixed(2)).toBe(posted941);
    expect(entry.creditTotal.toFixed(2)).toBe(posted941);
    const cash = entry.lines.filter((l) => l.account === Accounts.clientCashClearing);
    expect(cash.map((l) => l.credit.toFixed(2))).toEqual([posted941]);
    expect(entry.lines.filter((l) => l.debit.gt(0)).every((l) => FORM_941_ACCOUNTS.has(l.account))).toBe(
      true,
    );
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "deposit.paid", clientId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe((serving as { staffId: string }).staffId);
  });

  it("shows the deposit paid with its confirmation and leaves the ledger's 941 liability for the lookback alone", async () => {
    const calendar = await getDepositCalendar(deps, system, {
      clientEin: EIN,
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(calendar.deposits.find((d) => d.id === "941-M-2026-01")).toMatchObject({
      status: "paid",
      paid: { confirmation: "EFT 270 0123 4567", paidOn: "2026-02-13", amount: posted941 },
    });
    // What the client owed (the lookback and the $100,000 rule read it) is not reduced by paying it.
    expect(
      await session.deps.ledger.netCredit(clientId, [...FORM_941_ACCOUNTS], "2026-01-01", "2026-02-28"),
    ).toBe(posted941);
    // The posted ledger shows the 941 accounts settled once the payment's date is in range.
    const ledger = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-02-28",
    });
    for (const account of FORM_941_ACCOUNTS) {
      const row = ledger.accounts.find((a) => a.account === account);
      if (row) expect(row).toMatchObject({ balance: "0.00", due: [] });
    }
    expect(ledger.totals.debit).toBe(ledger.totals.credit);
  });

  it("refuses bad input with the field named and saves nothing", async () => {
    const base = { clientEin: EIN, depositId: "SUI-PA-2026Q1", confirmation: "C-1", paidOn: "2026-02-13" };
    const cases: [Partial<typeof base>, string][] = [
      [{ confirmation: "  " }, "confirmation"],
      [{ paidOn: "2026-02-30" }, "paid-on"],
      [{ paidOn: "2026-03-01" }, "paid-on"],
      [{ depositId: "941-M-2025-07" }, "deposit"],
      [{ depositId: "drop table" }, "deposit"],
    ];
    for (const [change, field] of cases) {
      const error = await markDepositPaid(deps, serving, { ...base, ...change }).catch((e) => e);
      expect(isDomainError(error, "input.invalid"), `${JSON.stringify(change)}: ${error}`).toBe(true);
      expect((error as Error).message.startsWith(field)).toBe(true);
    }
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
  });

  it("lets only staff who serve the client mark deposits, and client admins see only their own calendar", async () => {
    const input = { clientEin: EIN, depositId: "SUI-PA-2026Q1", confirmation: "C-2", paidOn: "2026-02-13" };
    const admin: Actor = {
      kind: "employee",
      employeeId: randomUUID(),
      clientId,
      roles: ["client_admin"],
      name: "Admin",
      timezone: "UTC",
    };
    const otherAdmin: Actor = { ...admin, clientId: otherClientId };
    for (const actor of [notServing, admin, otherAdmin])
      await expect(markDepositPaid(deps, actor, input)).rejects.toSatisfy((e) =>
        isDomainError(e, "auth.forbidden"),
      );
    const window = { clientEin: EIN, from: "2026-01-01", to: "2026-04-30" };
    expect((await getDepositCalendar(deps, admin, window)).deposits.length).toBeGreaterThan(0);
    for (const actor of [notServing, otherAdmin])
      await expect(getDepositCalendar(deps, actor, window)).rejects.toSatisfy((e) =>
        isDomainError(e, "auth.forbidden"),
      );
    expect(await db.prisma.depositPayment.count({ where: { clientId } })).toBe(1);
  });

  describe("in chat", () => {
    let conversation: Parameters<typeof handleTurn>[0];
    const turn = async (actor: Actor, input: TurnInput): Promise<Reply[]> =>
      handleTurn(conversation, {
        actor,
        channel: "slack",
        conversationKey: `slack:T:${randomUUID()}`,
        input,
      });
    const say = (actor: Actor, text: string) => turn(actor, { kind: "text", text });
    const click = (actor: Actor, name: string, args: Record<string, string>) =>
      turn(actor, { kind: "command", command: { name, args } });
    const admin = (): Actor => ({
      kind: "employee",
      employeeId: randomUUID(),
      clientId,
      roles: ["employee", "client_admin"],
      name: "Admin",
      timezone: "UTC",
    });

    beforeAll(() => {
      conversation = {
        store: new InMemoryConversationStore(),
        clock,
        classifier: OfflineIntentClassifier.train(),
        dialogs: new DialogRegistry(builtInDialogs),
        commands: new CommandRegistry([
          ...createDepositCommands(deps).list,
          ...createFilingSummaryCommands(session.deps).list,
        ]),
        caseDesk: new RecordingCaseDesk(),
        logger: createLogger("silent"),
      };
    });

    it("shows a serving specialist what is overdue and due this week, each with a form to record it", async () => {
      const replies = await say(serving, "what deposits are due this week?");
      const blocks = replies.flatMap((r) => r.blocks);
      expect(JSON.stringify(blocks)).toContain("2026-02-16 to 2026-02-22");
      const forms = blocks.flatMap((b) => (b.kind === "form" ? [b] : []));
      expect(forms.map((f) => f.command.args)).toContainEqual({
        clientEin: EIN,
        depositId: "SIT-PA-SM-2026-01-31",
      });
      expect(forms.map((f) => f.fields.map((x) => x.name))).toContainEqual(["confirmation", "paidOn"]);
      // Already paid: not offered again.
      expect(forms.some((f) => f.command.args.depositId === "941-M-2026-01")).toBe(false);
      expect(replies.every((r) => r.personal)).toBe(true);
    });

    it("records the form's submission once, however often it is clicked", async () => {
      const args = {
        clientEin: EIN,
        depositId: "SIT-PA-SM-2026-01-31",
        confirmation: "PA-4471",
        paidOn: "2026-02-19",
      };
      const first = JSON.stringify(await click(serving, "deposits.mark_paid", args));
      expect(first).toContain("Recorded SIT-PA-SM-2026-01-31");
      const again = JSON.stringify(await click(serving, "deposits.mark_paid", args));
      expect(again).toContain("Nothing changed");
      expect(await db.prisma.depositPayment.count({ where: { clientId, depositId: args.depositId } })).toBe(
        1,
      );
    });

    it("refuses forged arguments: a specialist who does not serve the client, and a client admin", async () => {
      const args = { clientEin: EIN, depositId: "SUI-PA-2026Q1", confirmation: "X-1", paidOn: "2026-02-19" };
      for (const actor of [notServing, admin()]) {
        const shown = JSON.stringify(await click(actor, "deposits.mark_paid", args));
        expect(shown).toContain('"tone":"danger"');
        expect(shown).not.toContain("Recorded");
      }
      const other = JSON.stringify(await click(notServing, "deposits.calendar", { clientEin: EIN }));
      expect(other).toContain('"tone":"danger"');
      expect(other).not.toContain("SIT-PA");
      // Asking in words shows them only the clients they serve: this one has nothing.
      expect(JSON.stringify(await say(notServing, "deposits due this week?"))).not.toContain(EIN);
      expect(await db.prisma.depositPayment.count({ where: { clientId, depositId: "SUI-PA-2026Q1" } })).toBe(
        0,
      );
    });

    it("shows a client admin what was paid for their own EIN, and nothing of another client", async () => {
      const shown = JSON.stringify(await say(admin(), "Which deposits were paid for us?"));
      expect(shown).toContain("941-M-2026-01");
      expect(shown).toContain("confirmation EFT 270 0123 4567");
      expect(shown).not.toContain('"kind":"form"');
      const forged = JSON.stringify(await click(admin(), "deposits.calendar", { clientEin: OTHER_EIN }));
      expect(forged).toContain('"tone":"danger"');
      expect(forged).not.toContain(OTHER_EIN);
      // An ordinary employee's question about deposits is not the calendar.
      const employee: Actor = { ...admin(), roles: ["employee"] } as Actor;
      expect(JSON.stringify(await say(employee, "what tax deposits are due?"))).not.toContain(
        "941-M-2026-01",
      );
    });

    it("shows a client admin their own quarter's 941 figures from the posted ledger, and refuses another EIN", async () => {
      const own = await click(admin(), "filings.summary", { quarter: "2026Q1" });
      const facts = own.flatMap((r) => r.blocks).flatMap((b) => (b.kind === "facts" ? b.facts : []));
      const line10 = facts.find((f) => f.label.includes("line 10"))?.value;
      expect(line10).toBe(posted941);
      expect(own.every((r) => r.personal)).toBe(true);
      const forged = JSON.stringify(
        await click(admin(), "filings.summary", { clientEin: OTHER_EIN, quarter: "2026Q1" }),
      );
      expect(forged).toContain('"tone":"danger"');
      expect(forged).not.toContain(OTHER_EIN);
      expect(forged).not.toContain("line 10");
      const otherAdmin: Actor = { ...admin(), clientId: otherClientId } as Actor;
      const theirs = JSON.stringify(
        await click(otherAdmin, "filings.summary", { clientEin: EIN, quarter: "2026Q1" }),
      );
      expect(theirs).toContain('"tone":"danger"');
      expect(theirs).not.toContain("line 10");
      const year = await click(admin(), "filings.summary", { year: "2026" });
      const f940 = await form940Report(session.deps, system, { clientEin: EIN, year: "2026" });
      const shown940 = year.flatMap((r) => r.blocks).flatMap((b) => (b.kind === "facts" ? b.facts : []));
      expect(shown940.find((f) => f.label.includes("line 12"))?.value).toBe(f940.line12);
      expect(Number(f940.line12)).toBeGreaterThan(0);
    });

    it("shows a client admin their own W-3 totals, the W-3 the filings build, and refuses another EIN", async () => {
      const own = await click(admin(), "filings.summary", { year: "2026", form: "w3" });
      const { w3 } = await w2AndW3(session.deps, system, { clientEin: EIN, year: "2026" });
      const shown = Object.fromEntries(
        own
          .flatMap((r) => r.blocks)
          .flatMap((b) => (b.kind === "facts" ? b.facts : []))
          .map((f) => [f.label, f.value]),
      );
      expect(shown).toMatchObject({
        "Forms W-2 (box c)": "6",
        "Wages, tips, other compensation (box 1)": Money.of(w3.box1).format(),
        "Social Security tax withheld (box 4)": Money.of(w3.box4).format(),
        "State income tax (box 17)": Money.of(w3.box17).format(),
      });
      expect(own.every((r) => r.personal)).toBe(true);
      const forged = JSON.stringify(
        await click(admin(), "filings.summary", { clientEin: OTHER_EIN, year: "2026", form: "w3" }),
      );
      expect(forged).toContain('"tone":"danger"');
      expect(forged).not.toContain("Form W-3");
      // An ordinary employee is no payroll manager: no W-3 of their own employer either.
      const employee: Actor = { ...admin(), roles: ["employee"] } as Actor;
      expect(
        JSON.stringify(await click(employee, "filings.summary", { year: "2026", form: "w3" })),
      ).not.toContain("Form W-3");
    });
  });

  it("reminds the specialists' channel 2 business days before and on the due date, once per deposit and reminder", async () => {
    // Friday 24 April 2026: SUI-PA-2026Q1 is due Thursday 30 April and unpaid.
    clock.set("2026-04-24T12:00:00Z");
    const queue = session.queue!;
    const jobs = createQueueDepositReminderJobs(queue);
    const planned = await scheduleDepositReminders(deps, jobs, { clientId });
    await scheduleDepositReminders(deps, jobs, { clientId });
    expect(planned.map((p) => [p.depositId, p.kind, p.at])).toEqual([
      ["SUI-PA-2026Q1", "before", "2026-04-28T13:00:00.000Z"],
      ["SUI-PA-2026Q1", "due_day", "2026-04-30T13:00:00.000Z"],
    ]);
    const delayed = (await queue.queue(depositReminderJob.queue).getDelayed()).filter(
      (j) => (j.data.payload as { clientId: string }).clientId === clientId,
    );
    expect(
      Object.fromEntries(delayed.map((j) => [(j.data.payload as { kind: string }).kind, j.opts.delay])),
    ).toEqual({
      before: Date.parse("2026-04-28T13:00:00Z") - Date.parse("2026-04-24T12:00:00Z"),
      due_day: Date.parse("2026-04-30T13:00:00Z") - Date.parse("2026-04-24T12:00:00Z"),
    });

    const notifier = createQueueNotifier(queue);
    const notifyJobs = async () =>
      (await queue.queue(notifyDeliverJob.queue).getJobs(["waiting", "delayed", "prioritized"])).filter((j) =>
        JSON.stringify(j.data).includes("SUI-PA-2026Q1"),
      );
    const workers = queue.startWorkers([depositReminderProcessor], {
      deps: testJobDeps({ db, queue, clock, notifier, deliveries: [] }),
    });
    try {
      clock.set("2026-04-28T13:00:00Z");
      const before = delayed.find((j) => (j.data.payload as { kind: string }).kind === "before")!;
      await before.promote();
      await expect
        .poll(async () => (await before.getState()) as string, { timeout: 20_000 })
        .toBe("completed");
    } finally {
      await workers.close({ timeoutMs: 5_000 });
    }
    const sent = await notifyJobs();
    expect(sent).toHaveLength(1);
    const payload = sent[0]!.data.payload as { recipient: unknown; reply: Reply };
    expect(payload.recipient).toEqual({ kind: "specialists" });
    const text = JSON.stringify(payload.reply);
    expect(text).toContain("is due 2026-04-30");
    // The specialists' channel is shared: no amounts.
    expect(text).not.toMatch(/\$\d/);

    // A retried job sends nothing more.
    const retried = {
      clientId,
      depositId: "SUI-PA-2026Q1",
      kind: "before" as const,
      dueDate: "2026-04-30",
      at: "2026-04-28T13:00:00.000Z",
    };
    expect(await sendDepositReminder(deps, notifier, retried)).toBe("sent");
    expect(await notifyJobs()).toHaveLength(1);

    // Paid before the due day: the due-day reminder stays silent.
    await markDepositPaid(deps, serving, {
      clientEin: EIN,
      depositId: "SUI-PA-2026Q1",
      confirmation: "UC-9",
      paidOn: "2026-04-28",
    });
    clock.set("2026-04-30T13:00:00Z");
    expect(
      await sendDepositReminder(deps, notifier, {
        ...retried,
        kind: "due_day",
        at: "2026-04-30T13:00:00.000Z",
      }),
    ).toBe("paid");
    expect(await notifyJobs()).toHaveLength(1);
  });
});

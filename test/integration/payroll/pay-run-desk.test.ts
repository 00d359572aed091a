import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { createPayRunCommands } from "../../../src/app/payroll/pay-run-commands";
import { PAY_RUN_COMMANDS } from "../../../src/app/payroll/pay-run-replies";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { loadEnv } from "../../../src/config/env";
import { type CommandContext, CommandRegistry } from "../../../src/conversation/commands";
import type { Button, CommandRef, Reply, ReplyBlock } from "../../../src/conversation/reply";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { isDomainError } from "../../../src/errors/domain-error";
import { createLogger } from "../../../src/log/logger";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const EIN = "31-4159265";
const OTHER_EIN = "27-1828182";
const clock = fixedClock("2026-01-20T15:00:00Z");

const texts = (replies: Reply[]) =>
  replies
    .flatMap((r) => r.blocks)
    .map((b) => ("text" in b ? b.text : ""))
    .join("\n");
const buttons = (replies: Reply[]): Button[] =>
  replies.flatMap((r) =>
    r.blocks.flatMap((b: ReplyBlock) =>
      b.kind === "actions" ? b.buttons : b.kind === "confirm" ? [b.confirm, b.cancel] : [],
    ),
  );
const button = (replies: Reply[], label: string): CommandRef => {
  const found = buttons(replies).find((b) => b.label.startsWith(label));
  if (!found) throw new Error(`no button "${label}" in: ${buttons(replies).map((b) => b.label)}`);
  return found.command;
};

describe("the pay-run desk in chat (client admins and ASO staff)", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let registry: CommandRegistry;
  let clientId: string;
  let employeeIds: string[];
  let admin: Actor;
  let otherAdmin: Actor;
  let ourSpecialist: Actor;
  let elsewhereSpecialist: Actor;

  const run = (actor: Actor, ref: CommandRef) => {
    const ctx: CommandContext = {
      actor,
      channel: "playground",
      conversationKey: `desk:${actor.kind}`,
      clock,
      logger: createLogger("silent"),
    };
    return registry.dispatch(ctx, ref);
  };
  const journalEntries = () => db.prisma.journalEntry.count({ where: { clientId } });

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId, employeeIds } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 12,
      periodEnd: "2026-01-17",
      laterPeriodEnds: ["2026-01-31"],
      unsupportedState: 1,
    }));
    const other = await seedPayrollClient(db, { ein: OTHER_EIN, employees: 2, periodEnd: "2026-01-17" });
    const adminRow = await db.prisma.employee.update({
      where: { id: employeeIds[3]! },
      data: { roles: ["employee", "client_admin"] },
    });
    admin = {
      kind: "employee",
      employeeId: adminRow.id,
      clientId,
      roles: ["employee", "client_admin"],
      name: adminRow.name,
      timezone: "America/New_York",
    };
    otherAdmin = {
      kind: "employee",
      employeeId: other.employeeIds[0]!,
      clientId: other.clientId,
      roles: ["employee", "client_admin"],
      name: "Other Admin",
      timezone: "America/New_York",
    };
    const staff = async (name: string) =>
      db.prisma.staff.create({ data: { email: `${randomUUID()}@aso.test`, name, roles: ["specialist"] } });
    const ours = await staff("Our Specialist");
    const elsewhere = await staff("Elsewhere Specialist");
    // Each client has its own specialist, so neither serves the other's client.
    await db.prisma.staffClientAssignment.createMany({
      data: [
        { staffId: ours.id, clientId },
        { staffId: elsewhere.id, clientId: other.clientId },
      ],
    });
    const asStaff = (s: { id: string; name: string }): Actor => ({
      kind: "staff",
      staffId: s.id,
      roles: ["specialist"],
      name: s.name,
      timezone: "America/New_York",
    });
    ourSpecialist = asStaff(ours);
    elsewhereSpecialist = asStaff(elsewhere);
    session = await openPayrollSession(loadEnv(), {
      clock,
      queue: true,
      db,
      prefix: `t${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
    registry = new CommandRegistry(createPayRunCommands({ ...session.deps, queue: session.queue! }));
  });
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("starts a run from the desk's form and lists the paycheck that failed, with its reason", async () => {
    const desk = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    expect(texts(desk)).toContain("No pay runs yet.");
    const started = await run(admin, {
      name: PAY_RUN_COMMANDS.start,
      args: { clientEin: EIN, periodEnd: "2026-01-17", payDate: "2026-01-23" },
    });
    expect(texts(started)).toContain("12 paychecks to calculate");
    const record = (await session.deps.runs.find(clientId, "2026-01-17"))!;
    await watchPayRun(session.deps, record.id, () => {}, { pollMs: 50 });
    const after = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    expect(texts(after)).toContain("12/12 paychecks, 1 with errors");
    expect(texts(after)).toContain("Employee 1:");
    expect(buttons(after).map((b) => b.label)).toEqual(
      expect.arrayContaining(["Recalculate errors", "Leave out 1 with errors"]),
    );
    expect(buttons(after).map((b) => b.label)).not.toContain("Approve and post");
    expect(after.every((r) => r.personal)).toBe(true);
  });

  it("refuses every action to a client admin of another client and to a specialist who does not serve the client", async () => {
    const desk = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    const leaveOut = button(desk, "Leave out");
    for (const outsider of [otherAdmin, elsewhereSpecialist]) {
      const own = await run(outsider, { name: PAY_RUN_COMMANDS.desk, args: {} });
      expect(texts(own)).not.toContain(EIN);
      for (const ref of [
        leaveOut,
        { ...leaveOut, args: { ...leaveOut.args, confirmed: true } },
        { ...leaveOut, name: PAY_RUN_COMMANDS.recalculate },
        { ...leaveOut, name: PAY_RUN_COMMANDS.approve, args: { ...leaveOut.args, confirmed: true } },
        { name: PAY_RUN_COMMANDS.start, args: { clientEin: EIN, periodEnd: "2026-01-31" } },
      ]) {
        await expect(run(outsider, ref)).rejects.toSatisfy((e) => isDomainError(e, "auth.forbidden"));
      }
    }
    const record = (await session.deps.runs.find(clientId, "2026-01-17"))!;
    expect(record.excludedEmployeeIds).toEqual([]);
    expect(await session.deps.runs.find(clientId, "2026-01-31")).toBeNull();
  });

  it("recalculates the failed paycheck once its cause is fixed, then approves once on a double click", async () => {
    await db.prisma.employee.update({ where: { id: employeeIds[0]! }, data: { workState: "PA" } });
    const desk = await run(ourSpecialist, { name: PAY_RUN_COMMANDS.desk, args: {} });
    const recalculated = await run(ourSpecialist, button(desk, "Recalculate errors"));
    expect(texts(recalculated)).toContain("Recalculating 1 paycheck.");
    const record = (await session.deps.runs.find(clientId, "2026-01-17"))!;
    await watchPayRun(session.deps, record.id, () => {}, { pollMs: 50 });
    const ready = await run(ourSpecialist, { name: PAY_RUN_COMMANDS.desk, args: {} });
    const approve = button(ready, "Approve and post");

    const asked = await run(ourSpecialist, approve);
    expect(texts(asked)).toMatch(/Approve .* pay run 2026-01-04 – 2026-01-17 .* and post it to its ledger\?/);
    expect(await journalEntries()).toBe(0);
    const confirm = button(asked, "Approve and post");
    const [first, second] = await Promise.all([run(ourSpecialist, confirm), run(admin, confirm)]);
    expect([texts(first), texts(second)].filter((t) => t.includes("approved and posted"))).toHaveLength(1);
    expect(await journalEntries()).toBe(1);
    const posted = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    expect(texts(posted)).toContain("*Posted*");
  });

  it("leaves failed paychecks out only after a confirmation naming them", async () => {
    await db.prisma.employee.update({ where: { id: employeeIds[1]! }, data: { workState: "ZZ" } });
    await startPayRun({ ...session.deps, queue: session.queue! }, admin, {
      clientEin: EIN,
      periodEnd: "2026-01-31",
    });
    const record = (await session.deps.runs.find(clientId, "2026-01-31"))!;
    await watchPayRun(session.deps, record.id, () => {}, { pollMs: 50 });
    const desk = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    const asked = await run(admin, button(desk, "Leave out 1"));
    expect(texts(asked)).toContain("Leave Employee 2 out of");
    expect((await session.deps.runs.findById(record.id))!.excludedEmployeeIds).toEqual([]);
    const done = await run(admin, button(asked, "Leave out 1"));
    expect(texts(done)).toContain("1 paycheck left out of the pay run.");
    expect((await session.deps.runs.findById(record.id))!.excludedEmployeeIds).toEqual([employeeIds[1]]);
    const again = await run(admin, button(asked, "Leave out 1"));
    expect(texts(again)).toContain("No paychecks with errors are left");
    expect(
      buttons(await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} })).map((b) => b.label),
    ).toContain("Approve and post");
  });

  it("voids a posted run after confirmation, once, and an old Approve button is then refused", async () => {
    const desk = await run(admin, { name: PAY_RUN_COMMANDS.desk, args: {} });
    const voidRef = buttons(desk).find(
      (b) => b.label === "Void" && b.command.args.periodEnd === "2026-01-17",
    )!.command;
    const asked = await run(admin, voidRef);
    expect(texts(asked)).toContain("posts the reversing entry");
    const confirm = button(asked, "Void pay run");
    expect(texts(await run(admin, confirm))).toContain("voided; the reversing entry is posted");
    expect(texts(await run(admin, confirm))).toContain("already voided; nothing changed");
    expect(await journalEntries()).toBe(2);
    const oldApprove = {
      name: PAY_RUN_COMMANDS.approve,
      args: { clientEin: EIN, periodEnd: "2026-01-17", sequence: 0, confirmed: true },
    };
    await expect(run(admin, oldApprove)).rejects.toSatisfy(
      (e) => isDomainError(e, "payroll.run_invalid_state") && e.userMessage.includes("voided"),
    );
    expect(await journalEntries()).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInDialogs } from "../../../src/app/dialogs";
import { cancelPto } from "../../../src/app/pto/cancel-pto";
import { decidePto } from "../../../src/app/pto/decide-pto";
import { getPtoBalance } from "../../../src/app/pto/get-pto-balance";
import { requestPto } from "../../../src/app/pto/request-pto";
import { TIMESHEET_COMMANDS } from "../../../src/app/timesheets/replies";
import { createTimesheetConversation } from "../../../src/app/timesheets/wiring";
import { RecordingCaseDesk } from "../../../src/conversation/case-desk";
import { CommandRegistry } from "../../../src/conversation/commands";
import { DialogRegistry } from "../../../src/conversation/dialog-registry";
import { type ConversationDeps, handleTurn } from "../../../src/conversation/engine";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import type { CommandRef, Reply, ReplyBlock } from "../../../src/conversation/reply";
import { InMemoryConversationStore } from "../../../src/conversation/store";
import { fixedClock } from "../../../src/core/clock";
import type { DomainError } from "../../../src/errors/domain-error";
import { createLogger } from "../../../src/log/logger";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { depsFor, type Person, seedClient, testQueue } from "./fixtures";

let db: TestDatabase;
let queue: QueueRuntime;
// Wednesday Nov 25 2026, 10:00 in New York.
const clock = fixedClock("2026-11-25T15:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  queue = await testQueue(db);
});
afterAll(async () => {
  await queue?.close({ timeoutMs: 5_000 });
  await db?.cleanup();
});

function engine() {
  const { deps, notifier } = depsFor(db, queue, clock);
  const timesheets = createTimesheetConversation(deps);
  const conversation: ConversationDeps = {
    store: new InMemoryConversationStore(),
    clock,
    classifier: OfflineIntentClassifier.train(),
    dialogs: new DialogRegistry([...builtInDialogs, ...timesheets.dialogs]),
    commands: new CommandRegistry(timesheets.commands),
    caseDesk: new RecordingCaseDesk(),
    logger: createLogger("silent"),
  };
  return { conversation, deps, notifier };
}

const blocks = (replies: Reply[]) => replies.flatMap((r) => r.blocks);
const confirmOf = (replies: Reply[]) =>
  blocks(replies).find((b): b is Extract<ReplyBlock, { kind: "confirm" }> => b.kind === "confirm");
const text = (replies: Reply[]) => JSON.stringify(replies);

async function say(conversation: ConversationDeps, person: Person, input: string | CommandRef) {
  return handleTurn(conversation, {
    actor: person.actor,
    channel: "playground",
    conversationKey: `test:${person.id}`,
    input: typeof input === "string" ? { kind: "text", text: input } : { kind: "command", command: input },
  });
}

describe("holidays in PTO requests", () => {
  it("charges Christmas week one day less and says which day is the holiday", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "80" });
    const { conversation, deps } = engine();
    const replies = await say(conversation, alex, "I'd like vacation from Dec 21 to Dec 25");
    const confirm = confirmOf(replies);
    expect(confirm?.text).toBe(
      "Request 32 hours of vacation for Mon Dec 21 – Fri Dec 25? Fri Dec 25 is a holiday (Christmas Day), so it is not charged.",
    );
    const done = await say(conversation, alex, confirm!.confirm.command);
    expect(text(done)).toContain("Fri Dec 25 is a holiday (Christmas Day), not charged.");
    const [request] = await deps.pto.listRequests({ clientId: a.client.id, employeeIds: [alex.id] });
    expect(request?.hours).toBe("32");
    expect(request?.days.map((d) => d[0])).toEqual(["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24"]);
  });

  it("uses the client's own calendar when it replaces the federal one", async () => {
    const a = await seedClient(db, {
      settings: { holidays: [{ date: "2026-12-24", name: "Christmas Eve" }] },
    });
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "80" });
    const { deps } = engine();
    const result = await requestPto(deps, alex.actor, {
      type: "vacation",
      startDate: "2026-12-21",
      endDate: "2026-12-25",
    });
    expect(result.holidays).toEqual([{ date: "2026-12-24", name: "Christmas Eve" }]);
    expect(result.request.days.map((d) => d[0])).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-25",
    ]);
  });

  it("refuses a day named one by one that is a holiday, saving nothing", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "80" });
    const { deps } = engine();
    const error = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-12-25", hours: "8" }],
    }).catch((e: unknown) => e);
    expect((error as DomainError).userMessage).toBe(
      "Fri Dec 25 is a holiday (Christmas Day); it needs no time off.",
    );
    expect(await deps.pto.listRequests({ clientId: a.client.id, employeeIds: [alex.id] })).toEqual([]);
  });
});

describe("cancelling and moving PTO", () => {
  it("cancels an approved request in chat: the balance comes back exactly, the timesheet is cleared, the manager told, once", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { conversation, deps, notifier } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [
        { date: "2026-12-07", hours: "8" },
        { date: "2026-12-08", hours: "4.5" },
      ],
    });
    await decidePto(deps, a.manager.actor, { requestId: request.id, decision: "approved" });
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("27.5");

    const replies = await say(conversation, alex, "please cancel my vacation");
    const confirm = confirmOf(replies);
    expect(confirm?.text).toBe("Cancel your vacation, Mon Dec 7 – Tue Dec 8 (12.5 hours, approved)?");
    const clicks = [
      await say(conversation, alex, confirm!.confirm.command),
      await say(conversation, alex, confirm!.confirm.command),
    ];
    const all = clicks.map(text).join("\n");
    expect(all).toContain(
      "Cancelled your vacation for Mon Dec 7 – Tue Dec 8. 12.5 hours are back in your vacation balance.",
    );
    expect(all).toContain("That request is already cancelled.");

    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("40");
    expect((await deps.pto.findRequest(request.id))?.status).toBe("cancelled");
    const lines = await db.prisma.ptoLedger.findMany({
      where: { employeeId: alex.id, kind: "cancellation" },
    });
    expect(lines.map((l) => [l.reference, l.hours.toString()])).toEqual([[`cancel:${request.id}`, "12.5"]]);
    const week = await deps.timesheets.findTimesheet(alex.id, "2026-12-06");
    expect(week?.days.filter((d) => Object.keys(d.pto ?? {}).length > 0)).toEqual([]);

    const told = notifier.sent.filter((n) => n.idempotencyKey.startsWith(`pto-cancelled-${request.id}`));
    expect(told.map((n) => n.recipient)).toEqual([{ kind: "employee", employeeId: a.manager.id }]);
    expect(JSON.stringify(told[0]!.reply)).toContain(
      "Alex cancelled their approved vacation request for 12.5 hours (Mon Dec 7 – Tue Dec 8).",
    );
    const audit = await db.prisma.auditLog.findMany({
      where: { subjectId: request.id, action: "pto.cancel" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: alex.id,
      before: { status: "approved" },
      after: { status: "cancelled" },
    });
  });

  it("cancels a pending request, freeing what it held, and the manager can no longer approve it", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "16" });
    const { deps } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      startDate: "2026-12-07",
      endDate: "2026-12-08",
    });
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.available).toBe("0");
    const results = await Promise.all([
      cancelPto(deps, alex.actor, { requestId: request.id }),
      cancelPto(deps, alex.actor, { requestId: request.id }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["already", "cancelled"]);
    const result = results.find((r) => r.outcome === "cancelled")!;
    expect(result.message).toBe(
      "Cancelled your vacation for Mon Dec 7 – Tue Dec 8. Your manager has been told.",
    );
    expect((await getPtoBalance(deps, alex.actor)).types.vacation).toMatchObject({
      balance: "16",
      available: "16",
    });
    const late = await decidePto(deps, a.manager.actor, { requestId: request.id, decision: "approved" });
    expect(late.outcome).toBe("already");
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("16");
  });

  it("refuses to cancel time off with no day left after today, changing nothing", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { deps } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-11-25", hours: "8" }],
    });
    await decidePto(deps, a.manager.actor, { requestId: request.id, decision: "approved" });
    const error = await cancelPto(deps, alex.actor, { requestId: request.id }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe("pto.not_cancellable");
    expect((await deps.pto.findRequest(request.id))?.status).toBe("approved");
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("32");
  });

  it("cancels only the days after today of approved time off that has started, in chat, once", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { conversation, deps, notifier } = engine();
    // Today is Wed Nov 25: Mon 23 and Tue 24 are past, Wed 25 is today, Fri 27 and Mon 30 are to come.
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [
        { date: "2026-11-23", hours: "8" },
        { date: "2026-11-24", hours: "8" },
        { date: "2026-11-25", hours: "8" },
        { date: "2026-11-27", hours: "8" },
        { date: "2026-11-30", hours: "4" },
      ],
    });
    await decidePto(deps, a.manager.actor, { requestId: request.id, decision: "approved" });
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("4");

    const confirm = confirmOf(await say(conversation, alex, "cancel my vacation"));
    expect(confirm?.text).toBe(
      "Cancel your vacation after today, Fri Nov 27 – Mon Nov 30 (12 hours, approved); the days up to today stay taken?",
    );
    const clicks = [
      await say(conversation, alex, confirm!.confirm.command),
      await say(conversation, alex, confirm!.confirm.command),
    ];
    expect(text(clicks[0]!)).toContain(
      "Cancelled the rest of your vacation: Fri Nov 27 – Mon Nov 30. 12 hours are back in your vacation balance. The days up to Wed Nov 25 stay taken.",
    );
    expect(text(clicks[1]!)).toContain("Already done: your vacation now ends Wed Nov 25.");

    const after = await deps.pto.findRequest(request.id);
    expect(after).toMatchObject({ status: "approved", endDate: "2026-11-25", hours: "24" });
    expect(after?.days.map((d) => d[0])).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect((await getPtoBalance(deps, alex.actor)).types.vacation.balance).toBe("16");
    const lines = await db.prisma.ptoLedger.findMany({
      where: { employeeId: alex.id, kind: "cancellation" },
    });
    expect(lines.map((l) => [l.reference, l.hours.toString()])).toEqual([
      [`cancel-rest:${request.id}`, "12"],
    ]);

    // The past days stay on the timesheet; the given-back days leave it.
    const ptoOn = async (weekDay: string) =>
      Object.fromEntries(
        ((await deps.timesheets.findTimesheet(alex.id, weekDay))?.days ?? [])
          .filter((d) => Number(d.pto?.vacation ?? 0) > 0)
          .map((d) => [d.date, d.pto?.vacation]),
      );
    expect(await ptoOn("2026-11-22")).toEqual({ "2026-11-23": "8", "2026-11-24": "8", "2026-11-25": "8" });
    expect(await ptoOn("2026-11-29")).toEqual({});

    const told = notifier.sent.filter((n) => n.idempotencyKey.startsWith(`pto-shortened-${request.id}`));
    expect(told.map((n) => n.recipient)).toEqual([{ kind: "employee", employeeId: a.manager.id }]);
    expect(JSON.stringify(told[0]!.reply)).toContain("the days up to Wed Nov 25 stay taken");

    // It cannot be moved now that it has started.
    const move = await say(conversation, alex, "move my vacation to Dec 14 to Dec 15");
    expect(text(move)).toContain("no upcoming time off to change");
  });

  it("never cancels another employee's request, even from a forged button", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const eve = await a.add("Eve", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "40" });
    const { conversation, deps } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      days: [{ date: "2026-12-07", hours: "8" }],
    });
    for (const actor of [eve, a.manager]) {
      const replies = await say(conversation, actor, {
        name: TIMESHEET_COMMANDS.ptoCancel,
        args: { requestId: request.id },
      });
      expect(text(replies)).toContain("I could not find that time-off request.");
      expect(text(replies)).not.toContain(request.id);
    }
    expect((await deps.pto.findRequest(request.id))?.status).toBe("pending");
  });

  it("moves a pending request to new dates in chat, once, keeping the balance whole", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "16" });
    const { conversation, deps, notifier } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      startDate: "2026-12-07",
      endDate: "2026-12-08",
    });
    const replies = await say(conversation, alex, "can I move my vacation to Dec 14 - Dec 15?");
    const confirm = confirmOf(replies);
    expect(confirm?.text).toBe(
      "Move your vacation, Mon Dec 7 – Tue Dec 8 (16 hours, pending) to Mon Dec 14 – Tue Dec 15?",
    );
    const first = await say(conversation, alex, confirm!.confirm.command);
    expect(text(first)).toContain(
      "Moved your vacation from Mon Dec 7 – Tue Dec 8 to Mon Dec 14 – Tue Dec 15 (16 hours).",
    );
    const again = await say(conversation, alex, confirm!.confirm.command);
    expect(text(again)).toContain("Already moved");
    const requests = await deps.pto.listRequests({ clientId: a.client.id, employeeIds: [alex.id] });
    expect(requests.map((r) => [r.startDate, r.status]).sort()).toEqual([
      ["2026-12-07", "cancelled"],
      ["2026-12-14", "pending"],
    ]);
    expect((await getPtoBalance(deps, alex.actor)).types.vacation).toMatchObject({
      balance: "16",
      available: "0",
    });
    const asked = notifier.sent.filter((n) => n.idempotencyKey.startsWith("pto-requested-"));
    expect(asked).toHaveLength(2);
    expect(request.id).not.toBe(requests.find((r) => r.status === "pending")?.id);
  });

  it("refuses a move the balance cannot cover and keeps the old request", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "16" });
    const { conversation, deps } = engine();
    const { request } = await requestPto(deps, alex.actor, {
      type: "vacation",
      startDate: "2026-12-07",
      endDate: "2026-12-08",
    });
    const replies = await say(conversation, alex, {
      name: TIMESHEET_COMMANDS.ptoChange,
      args: { requestId: request.id, startDate: "2026-12-14", endDate: "2026-12-16" },
    });
    expect(text(replies)).toContain("You asked for 24 hours of vacation but your balance is 16 hours.");
    expect((await deps.pto.findRequest(request.id))?.status).toBe("pending");
    expect(await deps.pto.listRequests({ clientId: a.client.id, employeeIds: [alex.id] })).toHaveLength(1);
  });
});

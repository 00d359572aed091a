import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInDialogs } from "../../../src/app/dialogs";
import { TIMESHEET_COMMANDS } from "../../../src/app/timesheets/replies";
import { createTimesheetConversation } from "../../../src/app/timesheets/wiring";
import { RecordingCaseDesk } from "../../../src/conversation/case-desk";
import { CommandRegistry } from "../../../src/conversation/commands";
import { DialogRegistry } from "../../../src/conversation/dialog-registry";
import { type ConversationDeps, handleTurn } from "../../../src/conversation/engine";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import type { Reply, ReplyBlock } from "../../../src/conversation/reply";
import { InMemoryConversationStore } from "../../../src/conversation/store";
import { fixedClock } from "../../../src/core/clock";
import { createLogger } from "../../../src/log/logger";
import type { QueueRuntime } from "../../../src/queue/queue-runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { depsFor, type Person, seedClient, testQueue } from "./fixtures";

let db: TestDatabase;
let queue: QueueRuntime;
// Wednesday Nov 25 2026, 10:00 in New York: "yesterday" is Tue Nov 24.
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

async function say(conversation: ConversationDeps, person: Person, input: string | Reply["blocks"][number]) {
  return handleTurn(conversation, {
    actor: person.actor,
    channel: "playground",
    conversationKey: `test:${person.id}`,
    input:
      typeof input === "string"
        ? { kind: "text", text: input }
        : { kind: "command", command: (input as Extract<ReplyBlock, { kind: "confirm" }>).confirm.command },
  });
}

describe("timesheet and PTO dialogs", () => {
  it("confirms before recording hours: 'Submit 9 hours for Tue Nov 24?'", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id });
    const { conversation, deps } = engine();
    const replies = await say(conversation, alex, "I worked 9 hours yesterday");
    const confirm = confirmOf(replies);
    expect(confirm?.text).toBe("Submit 9 hours for Tue Nov 24?");
    expect(confirm?.cancel.label).toBe("Change");
    expect(await deps.timesheets.findTimesheet(alex.id, "2026-11-22")).toBeNull();
    const done = await say(conversation, alex, confirm!);
    expect(text(done)).toContain("Recorded 9 hours for Tue Nov 24. Week total: 9 hours.");
    const sheet = await deps.timesheets.findTimesheet(alex.id, "2026-11-22");
    expect(sheet?.days).toEqual([{ date: "2026-11-24", hours: "9" }]);
  });

  it("answers a PTO balance question and refuses an over-balance request with the balance", async () => {
    const a = await seedClient(db);
    const alex = await a.add("Alex", ["employee"], { managerId: a.manager.id, ptoBalanceHours: "12" });
    const { conversation } = engine();
    expect(text(await say(conversation, alex, "how much PTO do I have?"))).toContain("12 hours");
    const replies = await say(conversation, alex, "I'd like vacation from Dec 7 to Dec 8");
    const all = text(replies);
    if (confirmOf(replies)) throw new Error(`expected a refusal, got ${all}`);
    expect(all).toContain("your balance is 12 hours");
  });

  it("shows a manager what waits, then bulk-approves after a confirmation with count and hours", async () => {
    const a = await seedClient(db);
    const { conversation, deps } = engine();
    for (const name of ["Una", "Vic"]) {
      const p = await a.add(name, ["employee"], { managerId: a.manager.id });
      await say(conversation, p, "I worked 8 hours yesterday").then((r) =>
        say(conversation, p, confirmOf(r)!),
      );
      const submit = await say(conversation, p, "submit my timesheet");
      expect(confirmOf(submit)?.text).toBe(
        "Submit your timesheet for the week of Sun Nov 22 (8 hours) for approval?",
      );
      await say(conversation, p, confirmOf(submit)!);
    }
    const pending = await say(conversation, a.manager, "what's waiting for my approval?");
    const confirm = confirmOf(pending);
    expect(confirm?.text).toBe("Approve all 2 timesheets (16 hours)?");
    const done = await say(conversation, a.manager, confirm!);
    expect(text(done)).toContain("Approved 2 timesheets (16 hours).");
    const sheets = await deps.timesheets.listTimesheets({ clientId: a.client.id, weekStart: "2026-11-22" });
    expect(sheets.map((s) => s.status)).toEqual(["approved", "approved"]);
  });

  it("records a whole week from the week form's command, and refuses a mixed week or bad hours without changes", async () => {
    const a = await seedClient(db);
    const wes = await a.add("Wes", ["employee"], { managerId: a.manager.id });
    const { conversation, deps } = engine();
    const run = (args: Record<string, string>) =>
      handleTurn(conversation, {
        actor: wes.actor,
        channel: "playground",
        conversationKey: `test:${wes.id}`,
        input: { kind: "command", command: { name: TIMESHEET_COMMANDS.recordWeek, args } },
      });
    const week = [
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
    ];
    const hours = ["0", "8", "9", "7.5", "0", "0", "0"];
    const saved = await run(Object.fromEntries(week.map((d, i) => [d, hours[i]!])));
    expect(text(saved)).toContain("Saved your week of Sun Nov 22: 3 days worked. Week total: 24.5 hours.");
    const stored = async () =>
      (await deps.timesheets.findTimesheet(wes.id, "2026-11-22"))?.days.map((d) => [d.date, d.hours]);
    const before = await stored();
    expect(before).toEqual(
      expect.arrayContaining([
        ["2026-11-24", "9"],
        ["2026-11-25", "7.5"],
      ]),
    );

    // A date of the next workweek in the same form, or hours that are not hours: nothing changes.
    expect(text(await run({ "2026-11-24": "4", "2026-11-29": "4" }))).not.toContain("Saved your week");
    expect(text(await run({ "2026-11-24": "99" }))).not.toContain("Saved your week");
    expect(text(await run({}))).not.toContain("Saved your week");
    expect(await stored()).toEqual(before);
  });

  it("shows a submitted week day by day to its manager, and refuses a coworker", async () => {
    const a = await seedClient(db);
    const yan = await a.add("Yan", ["employee"], { managerId: a.manager.id });
    const zoe = await a.add("Zoe", ["employee"], { managerId: a.manager.id });
    const { conversation, deps } = engine();
    await say(conversation, yan, "I worked 9 hours yesterday").then((r) =>
      say(conversation, yan, confirmOf(r)!),
    );
    const sheet = await deps.timesheets.findTimesheet(yan.id, "2026-11-22");
    const details = (person: Person) =>
      handleTurn(conversation, {
        actor: person.actor,
        channel: "playground",
        conversationKey: `test:${person.id}`,
        input: {
          kind: "command",
          command: { name: TIMESHEET_COMMANDS.details, args: { timesheetId: sheet!.id } },
        },
      });
    const shown = await details(a.manager);
    expect(shown[0]?.keepsCard).toBe(true);
    expect(text(shown)).toContain("Yan — week of Sun Nov 22 (draft)");
    expect(text(shown)).toContain('"label":"Tue Nov 24","value":"9 h"');
    expect(text(shown)).toContain("9 h worked, 0 h PTO");
    const refused = text(await details(zoe));
    expect(refused).not.toContain("9 h worked");
  });
});

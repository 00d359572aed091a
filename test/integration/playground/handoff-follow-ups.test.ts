import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/conversation/reply";
import type { TestDatabase } from "../../support/database";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";

/**
 * After a handoff the employee is not trapped: a scripted set of 20 ordinary follow-ups, typed while
 * the case is open, is answered by the assistant (nothing of it reaches the specialist), each with
 * the case's state and a way to send it on; what the person sends on arrives in the case in order.
 */
const FOLLOW_UPS = [
  "thanks!",
  "thank you so much",
  "hi",
  "help",
  "how much PTO do I have?",
  "how many vacation days do I have left?",
  "what's my sick leave balance?",
  "what's my medical deductible?",
  "how much do I pay for dental each paycheck?",
  "am I enrolled in vision?",
  "what plans am I enrolled in?",
  "does my plan cover chiropractic?",
  "how much is a specialist visit?",
  "what's my out-of-pocket maximum?",
  "when is my next paycheck?",
  "how much was my last paycheck?",
  "did my timesheet get approved?",
  "what's the status of my timesheet?",
  "what can you do?",
  "good morning",
];

let playground: DemoPlayground;
let db: TestDatabase;
let persona: string;
let employeeId: string;

const turn = (body: { text?: string; command?: { name: string; args: object } }) =>
  playground.turn(persona, body);

const shown = (replies: Reply[]) => JSON.stringify(replies.flatMap((r) => r.blocks));
const employeeMessages = async (caseId: string) =>
  db.prisma.caseMessage.findMany({
    where: { caseId, authorKind: "employee" },
    orderBy: { sequence: "asc" },
    select: { body: true },
  });

beforeAll(async () => {
  playground = await startDemoPlayground();
  db = playground.db;
  const employee = await db.prisma.employee.findFirstOrThrow({ where: { roles: { equals: ["employee"] } } });
  employeeId = employee.id;
  persona = `employee:${employee.id}`;
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

describe("after a handoff", () => {
  it("answers 20 of 20 scripted follow-ups itself, and sends on only what the person chooses", async () => {
    const opened = shown(await turn({ text: "I'd like to talk to a person about my dental deduction" }));
    const kase = await db.prisma.case.findFirstOrThrow({
      where: { employeeId },
      orderBy: { openedAt: "desc" },
    });
    expect(opened).toContain(`HR-${kase.number}`);
    const before = (await employeeMessages(kase.id)).length;

    const relayed: string[] = [];
    for (const text of FOLLOW_UPS) {
      const replies = await turn({ text });
      const words = shown(replies);
      // Answered here: the case's state line says so; nothing went to the specialist.
      if (!words.includes("I answered this one myself")) relayed.push(`${text} → ${words.slice(0, 160)}`);
    }
    expect(relayed).toEqual([]);
    expect((await employeeMessages(kase.id)).length).toBe(before);

    // What the person sends on reaches the case, in the order sent.
    for (const text of [
      "The deduction was $42 twice in November.",
      "The second one was on the 20th.",
      "Refund it to account 000123456789, routing 021000021.",
    ])
      await turn({ command: { name: "conversation.send_to_case", args: { text } } });
    const bodies = (await employeeMessages(kase.id)).map((m) => m.body);
    // Personal numbers are masked before the message is stored or relayed; the specialist sees one was given.
    expect(bodies.slice(-3)).toEqual([
      "The deduction was $42 twice in November.",
      "The second one was on the 20th.",
      "Refund it to account [bank number redacted], routing [bank number redacted].",
    ]);
  });
});

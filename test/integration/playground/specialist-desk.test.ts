import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../../../src/app/cases/open-case";
import { employeeActor } from "../../../src/app/identity/resolve-actor";
import type { Reply, ReplyBlock } from "../../../src/conversation/reply";
import type { TestDatabase } from "../../support/database";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";

/**
 * A specialist works a case in the playground, as in any channel, through the conversation: typing
 * shows their desk (never an employee request), the case view carries the reply, note, wait,
 * resolve and transfer actions, and each one changes the case through its use case.
 */
let playground: DemoPlayground;
let db: TestDatabase;
let specialistRef: string;
let employeeId: string;
let caseId: string;
let reference: string;

type Form = Extract<ReplyBlock, { kind: "form" }>;
type Command = { name: string; args: Record<string, unknown> };

const turn = (persona: string, body: { text?: string; command?: Command }) => playground.turn(persona, body);

const blocksOf = (replies: Reply[]) => replies.flatMap((r) => r.blocks);
const textOf = (replies: Reply[]) => JSON.stringify(blocksOf(replies));
const formOf = (replies: Reply[], title: RegExp) =>
  blocksOf(replies).find((b): b is Form => b.kind === "form" && title.test(b.title));
/** What a channel sends when the form is submitted: the command's own arguments and the fields. */
const submit = (form: Form, values: Record<string, string>): Command => ({
  name: form.command.name,
  args: { ...form.command.args, ...values },
});

beforeAll(async () => {
  playground = await startDemoPlayground();
  db = playground.db;
  const { runtime } = playground;
  const specialist = await db.prisma.staff.findFirstOrThrow({ where: { roles: { has: "specialist" } } });
  specialistRef = `staff:${specialist.id}`;
  const employee = await db.prisma.employee.findFirstOrThrow({
    where: { roles: { equals: ["employee"] } },
    include: { client: true },
  });
  employeeId = employee.id;
  const opened = await openCase(runtime.services.cases, {
    actor: employeeActor(employee)!,
    origin: "talk_to_human",
    category: "benefits",
    transcript: [{ role: "employee", text: "My dental deduction looks doubled this month." }],
    openKey: `desk-test-${randomBytes(4).toString("hex")}`,
  });
  caseId = opened.caseId;
  reference = opened.reference;
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

describe("the specialists' desk in the playground", () => {
  it("answers a specialist's typed words with their desk, never as an employee request", async () => {
    const started = new Date();
    const desk = await turn(specialistRef, { text: "submit 10 hours for today" });
    const shown = textOf(desk);
    expect(shown).toContain("HR specialist");
    expect(shown).toContain(reference);
    expect(shown).not.toMatch(/hours for|employeeId|required/);
    expect(await db.prisma.timesheet.count({ where: { createdAt: { gte: started } } })).toBe(0);
    const claim = blocksOf(desk)
      .flatMap((b) => (b.kind === "actions" ? b.buttons : []))
      .find((b) => b.label === `Claim ${reference}`);
    expect(claim?.command).toEqual({ name: "case.claim", args: { caseId } });
  });

  it("claims, replies, notes, waits and resolves from the case view", async () => {
    await turn(specialistRef, { command: { name: "case.claim", args: { caseId } } });
    const view = await turn(specialistRef, { command: { name: "case.view", args: { caseId } } });
    const reply = formOf(view, /^Reply to/);
    const note = formOf(view, /^Internal note/);
    const resolve = formOf(view, /^Resolve/);
    expect(reply && note && resolve).toBeTruthy();
    expect(textOf(view)).toContain("Waiting on employee");

    const sent = await turn(specialistRef, {
      command: submit(reply!, { text: "Thanks, I'm checking the dental deduction with payroll." }),
    });
    expect(textOf(sent)).toContain(`${reference}: sent to`);
    await turn(specialistRef, { command: submit(note!, { text: "Carrier invoice shows two lines." }) });

    const messages = await db.prisma.caseMessage.findMany({
      where: { caseId },
      orderBy: { sequence: "asc" },
    });
    expect(messages.map((m) => [m.audience, m.body])).toEqual(
      expect.arrayContaining([
        ["employee", "Thanks, I'm checking the dental deduction with payroll."],
        ["internal", "Carrier invoice shows two lines."],
      ]),
    );
    // The employee's chat gets the reply, never the internal note.
    await expect
      .poll(
        async () =>
          JSON.stringify(
            await db.prisma.playgroundMessage.findMany({
              where: { actorRef: `employee:${employeeId}` },
              select: { reply: true },
            }),
          ),
        { timeout: 10_000 },
      )
      .toContain("checking the dental deduction");
    const employeeChat = JSON.stringify(
      await db.prisma.playgroundMessage.findMany({
        where: { actorRef: `employee:${employeeId}` },
        select: { reply: true },
      }),
    );
    expect(employeeChat).not.toContain("Carrier invoice");

    await turn(specialistRef, { command: { name: "case.wait_on_employee", args: { caseId } } });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state).toBe(
      "waiting_on_employee",
    );

    const resolved = await turn(specialistRef, {
      command: submit(resolve!, { note: "Duplicate deduction refunded on the next check." }),
    });
    expect(textOf(resolved)).toContain(`${reference} resolved`);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state).toBe("resolved");

    // A resolved case offers Reopen only.
    const after = await turn(specialistRef, { command: { name: "case.view", args: { caseId } } });
    expect(formOf(after, /^Reply to/)).toBeUndefined();
    expect(textOf(after)).toContain("Reopen");
  });

  it("refuses a reply from a specialist who does not own the case, in plain words, and stores nothing", async () => {
    const other = await db.prisma.staff.findFirstOrThrow({
      where: { roles: { has: "specialist" }, id: { not: specialistRef.slice(6) } },
    });
    const before = await db.prisma.caseMessage.count({ where: { caseId } });
    const refused = await turn(`staff:${other.id}`, {
      command: { name: "case.reply", args: { caseId, text: "hello" } },
    });
    // A case outside their desk is not even confirmed to exist; their own would name the owner.
    expect(textOf(refused)).toMatch(/couldn't find that case|owned by|resolved/);
    expect(textOf(refused)).not.toMatch(/\bauth\.[a-z]|\bcase\.[a-z]|[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(await db.prisma.caseMessage.count({ where: { caseId } })).toBe(before);
  });
});

import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/conversation/reply";
import { messageIdFor } from "../../../src/mail/smtp-mailer";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";
import { type FakeSmtpServer, startFakeSmtpServer } from "../../support/fake-smtp-server";

/** A direct-deposit change asked for in chat, end to end through the playground's HTTP API. */
describe("changing direct deposit in chat", () => {
  let playground: DemoPlayground;
  let persona: string;
  const shown = (replies: Reply[]) => JSON.stringify(replies.flatMap((r) => r.blocks));

  beforeAll(async () => {
    playground = await startDemoPlayground({ DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64") });
    const employee = await playground.db.prisma.employee.findFirstOrThrow({
      where: { roles: { equals: ["employee"] } },
    });
    persona = `employee:${employee.id}`;
  });
  afterAll(async () => {
    await playground?.close();
  });

  it("asks for the account in a form, refuses a bad routing number by name, and changes nothing without verification", async () => {
    const asked = await playground.turn(persona, {
      text: "I want to change my direct deposit to a new bank account",
    });
    const form = asked.flatMap((r) => r.blocks).find((b) => b.kind === "form");
    expect(form?.kind === "form" && form.command.name).toBe("deposit.request_change");

    const bad = await playground.turn(persona, {
      command: {
        name: "deposit.request_change",
        args: { routingNumber: "091000018", accountNumber: "55512345678", accountType: "checking" },
      },
    });
    expect(shown(bad)).toContain("routingNumber: fails the ABA routing number checksum");
    expect(await playground.db.prisma.depositChange.count()).toBe(0);

    const requested = await playground.turn(persona, {
      command: {
        name: "deposit.request_change",
        args: { routingNumber: "091000019", accountNumber: "55512345678", accountType: "checking" },
      },
    });
    // Without SMTP_URL no code can be mailed: an ASO specialist confirms instead.
    expect(shown(requested)).toContain("HR specialist will call you");
    expect(shown(requested)).toContain("checking ending 5678");
    expect(shown(requested)).not.toContain("55512345678");
    expect(await playground.db.prisma.bankAccount.count({ where: { source: "chat_change" } })).toBe(0);
    // Neither the engine's transcript, the playground's message log, notifications nor audit rows hold it.
    const p = playground.db.prisma;
    const stored = JSON.stringify(
      [
        await p.conversation.findMany(),
        await p.playgroundMessage.findMany(),
        await p.notificationDelivery.findMany(),
        await p.auditLog.findMany({ select: { before: true, after: true } }),
      ],
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(stored).not.toContain("55512345678");
  });
});

/** The same change with SMTP_URL set: the one-time code goes by mail (a local SMTP server) and verifies it. */
describe("changing direct deposit in chat, with mail configured", () => {
  let playground: DemoPlayground;
  let smtp: FakeSmtpServer;
  const shown = (replies: Reply[]) => JSON.stringify(replies.flatMap((r) => r.blocks));
  const employees: { id: string; email: string }[] = [];

  beforeAll(async () => {
    smtp = await startFakeSmtpServer({ credentials: { user: "aso", password: "mail-secret" } });
    playground = await startDemoPlayground({
      DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      SMTP_URL: smtp.url,
      MAIL_FROM: "hr-assistant@aso.test",
    });
    employees.push(
      ...(await playground.db.prisma.employee.findMany({
        where: { roles: { equals: ["employee"] } },
        select: { id: true, email: true },
        orderBy: { externalId: "asc" },
        take: 2,
      })),
    );
  });
  afterAll(async () => {
    await playground?.close();
    await smtp?.close();
  });

  it("mails the employee a one-time code, and the code from that mail verifies the change", async () => {
    const employee = employees[0]!;
    const persona = `employee:${employee.id}`;
    const requested = await playground.turn(persona, {
      command: {
        name: "deposit.request_change",
        args: { routingNumber: "091000019", accountNumber: "55512345678", accountType: "checking" },
      },
    });
    expect(shown(requested)).toContain("We emailed a 6-digit code");
    expect(shown(requested)).not.toContain("HR specialist will call you");
    const form = requested.flatMap((r) => r.blocks).find((b) => b.kind === "form");
    expect(form?.kind === "form" && form.command.name).toBe("deposit.verify_code");
    const { changeId } = (form?.kind === "form" ? form.command.args : {}) as { changeId: string };

    const [mail] = await smtp.waitFor(1);
    expect(mail?.user).toBe("aso");
    expect(mail?.envelope).toEqual({ from: "hr-assistant@aso.test", to: [employee.email] });
    expect(mail?.headers.get("to")).toBe(employee.email);
    expect(mail?.headers.get("subject")).toBe("Your direct-deposit change code");
    expect(mail?.headers.get("message-id")).toBe(messageIdFor(`deposit-change-code-${changeId}`));
    expect(mail?.text).toContain("checking ending 5678");
    expect(mail?.text).not.toContain("55512345678");
    const code = /code is (\d{6})/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);
    // The code went by mail only: not in the chat, the transcripts or the change row.
    const p = playground.db.prisma;
    expect(shown(requested)).not.toContain(code);
    const stored = JSON.stringify(
      [
        await p.conversation.findMany(),
        await p.playgroundMessage.findMany(),
        await p.depositChange.findMany(),
      ],
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(stored).not.toContain(`code is ${code}`);

    const verified = await playground.turn(persona, {
      command: { name: "deposit.verify_code", args: { changeId, code } },
    });
    expect(shown(verified)).toContain("Verified. Your pay goes to checking ending 5678");
    const change = await p.depositChange.findUniqueOrThrow({ where: { id: changeId } });
    expect(change.status).toBe("scheduled");
    expect(change.verifiedBy).toBe("code");
    // The notice of the change follows by mail, under its own Message-ID.
    const notice = (await smtp.waitFor(2))[1];
    expect(notice?.headers.get("subject")).toBe("Your direct deposit is changing");
    expect(notice?.headers.get("message-id")).toBe(messageIdFor(`deposit-change-scheduled-${changeId}`));
  });

  it("tells the employee plainly when the mail server refuses the address, and verifies nothing", async () => {
    const employee = employees[1]!;
    smtp.rejectRecipients({ code: 550, text: `5.1.1 <${employee.email}>: Recipient address rejected` });
    const before = smtp.received.length;
    const requested = await playground.turn(`employee:${employee.id}`, {
      command: {
        name: "deposit.request_change",
        args: { routingNumber: "091000019", accountNumber: "7770001111", accountType: "savings" },
      },
    });
    smtp.rejectRecipients(undefined);
    expect(shown(requested)).toContain("I couldn't send the email to the address on file");
    expect(shown(requested)).not.toContain(employee.email);
    expect(smtp.received.length).toBe(before);
    expect(
      await playground.db.prisma.depositChange.count({
        where: { employeeId: employee.id, status: "scheduled" },
      }),
    ).toBe(0);
  });
});

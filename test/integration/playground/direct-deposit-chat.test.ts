import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/conversation/reply";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";

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
    // No mail transport in the product yet: an ASO specialist confirms instead of a code.
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

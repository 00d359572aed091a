import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPOSIT_COMMANDS, depositCommandList } from "../../../src/app/banking/commands";
import {
  confirmDepositChange,
  type DepositChangeDeps,
  requestDepositChange,
  verifyDepositChange,
} from "../../../src/app/banking/deposit-change";
import type { Mailer } from "../../../src/app/banking/mailer";
import { importCensus, parseCensus } from "../../../src/app/census/import-census";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import type { Notification } from "../../../src/app/notifier";
import { CommandRegistry } from "../../../src/conversation/commands";
import type { Actor } from "../../../src/core/policy/actor";
import { bankAccountRepository } from "../../../src/db/bank-account-repository";
import { createKeyring } from "../../../src/db/field-encryption";
import { isDomainError } from "../../../src/errors/domain-error";
import { createLogger } from "../../../src/log/logger";
import { createTestDatabase, type TestDatabase } from "../../support/database";

// biome-ignore lint/suspicious/noExplicitAny: census fixtures are edited freely in tests
type Json = Record<string, any>;
const keyring = createKeyring(randomBytes(32));
const OLD = { routingNumber: "011000015", accountNumber: "98765432101" };
const NEW = { routingNumber: "091000019", accountNumber: "55512345678", accountType: "checking" };

/** Monday 2 March 2026, 15:00 UTC; tests move it. */
let now = new Date("2026-03-02T15:00:00Z");
const clock = { now: () => now };
const mail: { to: string; subject: string; text: string }[] = [];
const mailer: Mailer = {
  send: async (m) => {
    mail.push(m);
  },
};
const notices: Notification[] = [];
const lastCode = () =>
  /code is (\d{6})/.exec(mail.filter((m) => m.subject.includes("code")).at(-1)?.text ?? "")?.[1] ?? "";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "ok";
}

describe("direct-deposit changes in chat", () => {
  let db: TestDatabase;
  let deps: DepositChangeDeps;
  const actors = new Map<string, Actor>();
  const actor = (externalId: string) => actors.get(externalId) as Actor;
  const staff: Actor = { kind: "staff", staffId: "s1", roles: ["specialist"], name: "Sam", timezone: "UTC" };
  const payingOn = async (externalId: string, date: string) => {
    const a = actor(externalId) as Extract<Actor, { kind: "employee" }>;
    return (await bankAccountRepository(db.prisma, keyring).accountsOn(a.employeeId, date)).map(
      (x) => x.last4,
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const census: Json = JSON.parse(readFileSync(join(DEMO_DIR, "acme-manufacturing.json"), "utf8"));
    census.employees[0].bankAccounts = [{ ...OLD, remainder: true, prenote: "passed" }];
    census.employees[1].bankAccounts = [
      { routingNumber: "021000021", accountNumber: "3300113", remainder: true },
    ];
    await importCensus(db, parseCensus(census), { clock, keyring });
    for (const e of await db.prisma.employee.findMany()) {
      actors.set(e.externalId, {
        kind: "employee",
        employeeId: e.id,
        clientId: e.clientId,
        roles: e.roles as ("employee" | "manager" | "client_admin")[],
        name: e.name,
        timezone: "UTC",
      });
    }
    deps = {
      db,
      keyring,
      clock,
      mailer,
      notifier: { notify: async (n) => void notices.push(n) },
      holdBusinessDays: 2,
    };
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("refuses bad numbers naming the field, saving nothing", async () => {
    for (const [input, message] of [
      [{ ...NEW, routingNumber: "091000018" }, "routingNumber: fails the ABA routing number checksum"],
      [{ ...NEW, accountNumber: "123" }, "accountNumber: must be 4 to 17 digits"],
    ] as const) {
      const error = await requestDepositChange(deps, actor("E001"), input).catch((e) => e);
      expect(error.code).toBe("input.invalid");
      expect(error.message).toBe(message);
      expect(error.userMessage).not.toMatch(/\d{4,}/);
    }
    expect(await db.prisma.depositChange.count()).toBe(0);
  });

  it("refuses an account that another employee is paid into", async () => {
    const taken = { routingNumber: "021000021", accountNumber: "3300113", accountType: "checking" };
    expect(await codeOf(requestDepositChange(deps, actor("E001"), taken))).toBe("deposit.change_refused");
    expect(await db.prisma.depositChange.count()).toBe(0);
  });

  it("refuses a forged payload: another employee's id in the fields, or an employee confirming as staff", async () => {
    expect(
      await codeOf(requestDepositChange(deps, actor("E001"), { ...NEW, employeeId: "someone-else" })),
    ).toBe("input.invalid");
    expect(await codeOf(requestDepositChange(deps, staff, NEW))).toBe("auth.forbidden");
    expect(await db.prisma.depositChange.count()).toBe(0);
  });

  it("changes nothing until the code, and then only after the hold; the old account pays meanwhile", async () => {
    const requested = await requestDepositChange(deps, actor("E001"), NEW);
    expect(requested.verification).toBe("code");
    expect(requested.account).toBe("checking ending 5678");
    const code = lastCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.at(-1)?.to).toMatch(/@acme\.test$/);
    // The code is stored only as a keyed digest.
    const row = await db.prisma.depositChange.findUniqueOrThrow({ where: { id: requested.changeId } });
    expect(JSON.stringify(row)).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(NEW.accountNumber);
    expect(await payingOn("E001", "2026-03-02")).toEqual(["2101"]);

    const scheduled = await verifyDepositChange(deps, actor("E001"), { changeId: requested.changeId, code });
    // Monday 2 March + 2 business days.
    expect(scheduled.effectiveOn).toBe("2026-03-04");
    expect(await payingOn("E001", "2026-03-03")).toEqual(["2101"]);
    expect(await payingOn("E001", "2026-03-04")).toEqual(["5678"]);

    // Every message people got shows at most the last four digits.
    const seen = JSON.stringify([...notices, ...mail]);
    expect(seen).not.toContain(NEW.accountNumber);
    expect(seen).not.toContain(OLD.accountNumber);
    expect(notices.filter((n) => n.recipient.kind === "employee")).toHaveLength(2);
    expect(mail.map((m) => m.subject)).toEqual([
      "Your direct-deposit change code",
      "Your direct deposit is changing",
    ]);
    const audit = JSON.stringify(
      await db.prisma.auditLog.findMany({ select: { after: true, before: true } }),
    );
    expect(audit).not.toContain(NEW.accountNumber);
  });

  it("refuses a replayed code and a click on the old card", async () => {
    const change = await db.prisma.depositChange.findFirstOrThrow({ where: { status: "scheduled" } });
    const replay = verifyDepositChange(deps, actor("E001"), { changeId: change.id, code: lastCode() });
    expect(await codeOf(replay)).toBe("deposit.verification_failed");
    expect(await codeOf(confirmDepositChange(deps, staff, { changeId: change.id }))).toBe(
      "deposit.verification_failed",
    );
    expect(await db.prisma.bankAccount.count({ where: { changeId: change.id } })).toBe(1);
  });

  it("refuses a second change during the hold", async () => {
    const second = { ...NEW, accountNumber: "55500000001" };
    expect(await codeOf(requestDepositChange(deps, actor("E001"), second))).toBe("deposit.change_refused");
    expect(await db.prisma.depositChange.count({ where: { status: "awaiting_verification" } })).toBe(0);
  });

  it("refuses a code for another employee, and someone else's change", async () => {
    const mine = await requestDepositChange(deps, actor("E002"), { ...NEW, accountNumber: "7770001111" });
    const myCode = lastCode();
    const theirs = await requestDepositChange(deps, actor("E003"), { ...NEW, accountNumber: "7770002222" });
    const theirCode = lastCode();
    // E003's code on E002's change, and E002 using E003's change and code.
    expect(
      await codeOf(verifyDepositChange(deps, actor("E002"), { changeId: mine.changeId, code: theirCode })),
    ).toBe("deposit.verification_failed");
    expect(
      await codeOf(verifyDepositChange(deps, actor("E002"), { changeId: theirs.changeId, code: theirCode })),
    ).toBe("deposit.verification_failed");
    // A manager or admin cannot confirm on someone's behalf; only staff can, without the code.
    expect(await codeOf(confirmDepositChange(deps, actor("E001"), { changeId: theirs.changeId }))).toBe(
      "auth.forbidden",
    );
    expect(await db.prisma.depositChange.count({ where: { status: "scheduled" } })).toBe(1);
    // The rightful codes still work.
    expect(
      (await verifyDepositChange(deps, actor("E002"), { changeId: mine.changeId, code: myCode })).changeId,
    ).toBe(mine.changeId);
    expect(
      (await verifyDepositChange(deps, actor("E003"), { changeId: theirs.changeId, code: theirCode }))
        .changeId,
    ).toBe(theirs.changeId);
  });

  it("expires a code after 10 minutes, and locks a change after 5 wrong codes", async () => {
    const expiring = await requestDepositChange(deps, actor("E004"), { ...NEW, accountNumber: "8880001111" });
    const code = lastCode();
    now = new Date(now.getTime() + 10 * 60 * 1000);
    expect(
      await codeOf(verifyDepositChange(deps, actor("E004"), { changeId: expiring.changeId, code })),
    ).toBe("deposit.verification_failed");
    // An expired request no longer blocks a new one.
    const locked = await requestDepositChange(deps, actor("E004"), { ...NEW, accountNumber: "8880001111" });
    const good = lastCode();
    for (let i = 0; i < 5; i++) {
      const wrong = String((Number(good) + 1 + i) % 1_000_000).padStart(6, "0");
      expect(
        await codeOf(verifyDepositChange(deps, actor("E004"), { changeId: locked.changeId, code: wrong })),
      ).toBe("deposit.verification_failed");
    }
    expect(
      await codeOf(verifyDepositChange(deps, actor("E004"), { changeId: locked.changeId, code: good })),
    ).toBe("deposit.verification_failed");
    expect((await db.prisma.depositChange.findUniqueOrThrow({ where: { id: locked.changeId } })).status).toBe(
      "cancelled",
    );
  });

  it("lets an ASO specialist confirm in place of a code when no mail is configured", async () => {
    const noMail = { ...deps, mailer: undefined };
    const requested = await requestDepositChange(noMail, actor("E005"), {
      ...NEW,
      accountNumber: "9990001111",
    });
    expect(requested.verification).toBe("specialist");
    expect(notices.at(-1)?.recipient).toEqual({ kind: "specialists" });
    expect(
      await codeOf(
        verifyDepositChange(noMail, actor("E005"), { changeId: requested.changeId, code: "000000" }),
      ),
    ).toBe("deposit.verification_failed");
    const confirmed = await confirmDepositChange(noMail, staff, { changeId: requested.changeId });
    expect(confirmed.effectiveOn > "2026-03-02").toBe(true);
  });

  it("took no change into effect without verification and the hold", async () => {
    const accounts = await db.prisma.bankAccount.findMany({ where: { source: "chat_change" } });
    expect(accounts.length).toBe(4);
    for (const account of accounts) {
      const change = await db.prisma.depositChange.findUniqueOrThrow({ where: { id: account.changeId! } });
      expect(change.verifiedBy).not.toBeNull();
      expect(change.verifiedAt).not.toBeNull();
      // Opens on the change's date, two business days after it was verified, and never before.
      expect(account.effectiveFrom.getTime()).toBe(change.effectiveOn!.getTime());
      expect(account.effectiveFrom.getTime()).toBeGreaterThan(change.verifiedAt!.getTime());
      expect(account.prenoteStatus).toBe("required");
    }
  });

  it("refuses forged and stale command payloads from chat, changing nothing", async () => {
    const registry = new CommandRegistry(depositCommandList(deps));
    const ctx = (who: string) => ({
      actor: actor(who),
      channel: "slack" as const,
      conversationKey: `test-${who}`,
      clock,
      logger: createLogger("silent"),
    });
    const before = await db.prisma.bankAccount.count();
    const changesBefore = await db.prisma.depositChange.count();
    // A payload naming another employee is not a payload this command takes.
    const forged = registry.dispatch(ctx("E006"), {
      name: DEPOSIT_COMMANDS.requestChange,
      args: {
        ...NEW,
        accountNumber: "1010101010",
        employeeId: (actor("E001") as { employeeId: string }).employeeId,
      },
    });
    expect(await codeOf(forged)).toBe("conversation.invalid_command");
    // The old card of E001's verified change, clicked again with any code.
    const old = await db.prisma.depositChange.findFirstOrThrow({
      where: { employeeId: (actor("E001") as { employeeId: string }).employeeId },
    });
    const stale = registry.dispatch(ctx("E001"), {
      name: DEPOSIT_COMMANDS.verifyCode,
      args: { changeId: old.id, code: "123456" },
    });
    expect(await codeOf(stale)).toBe("deposit.verification_failed");
    // An employee pressing the specialists' confirm button.
    const confirm = registry.dispatch(ctx("E006"), {
      name: DEPOSIT_COMMANDS.confirmChange,
      args: { changeId: old.id },
    });
    expect(await codeOf(confirm)).toBe("auth.forbidden");
    expect(await db.prisma.bankAccount.count()).toBe(before);
    expect(await db.prisma.depositChange.count()).toBe(changesBefore);

    // The real path through the registry: form → code card bound to the change → verified.
    const [card] = await registry.dispatch(ctx("E006"), {
      name: DEPOSIT_COMMANDS.requestChange,
      args: { ...NEW, accountNumber: "1010101010" },
    });
    const form = card?.blocks.find((b) => b.kind === "form");
    expect(form?.kind === "form" && form.command.name).toBe(DEPOSIT_COMMANDS.verifyCode);
    expect(JSON.stringify(card)).not.toContain("1010101010");
    const args = form?.kind === "form" ? form.command.args : {};
    const [done] = await registry.dispatch(ctx("E006"), {
      name: DEPOSIT_COMMANDS.verifyCode,
      args: { ...args, code: lastCode() },
    });
    expect(JSON.stringify(done)).toContain("checking ending 1010");
  });
});

import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCensus, parseCensus } from "../../../src/app/census/import-census";
import { DEMO_DIR } from "../../../src/app/census/load-demo";
import { fixedClock } from "../../../src/core/clock";
import { bankAccountRepository, reencryptBankNumbers } from "../../../src/db/bank-account-repository";
import { createKeyring } from "../../../src/db/field-encryption";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

// biome-ignore lint/suspicious/noExplicitAny: census fixtures are edited freely in tests
type Json = Record<string, any>;
const clock = fixedClock("2026-03-02T15:00:00Z");
const acme = (): Json => JSON.parse(readFileSync(join(DEMO_DIR, "acme-manufacturing.json"), "utf8"));
const keyA = randomBytes(32);
const keyB = randomBytes(32);
const ringA = createKeyring(keyA);

/** A second client employer: two employees, the first with the account under test. */
function otherClient(routingNumber: string, accountNumber: string): Json {
  const census = acme();
  census.employer.ein = "98-7654321";
  census.employer.name = "Other Co";
  census.employer.slackTeamId = "T0OTHER";
  census.employer.teamsTenantId = null;
  census.employees = census.employees.slice(0, 1).map((e: Json) => ({
    ...e,
    externalId: "X001",
    email: "x001@other.test",
    slackUserId: "U0OTHER1",
    managerExternalId: null,
    bankAccounts: [{ routingNumber, accountNumber, remainder: true }],
  }));
  return census;
}

async function counts(db: TestDatabase) {
  return {
    accounts: await db.prisma.bankAccount.count(),
    employees: await db.prisma.employee.count(),
    audit: await db.prisma.auditLog.count(),
  };
}

async function importError(db: TestDatabase, json: Json): Promise<string> {
  try {
    await importCensus(db, parseCensus(json), { clock, keyring: ringA });
  } catch (error) {
    if (isDomainError(error)) return error.message;
    throw error;
  }
  throw new Error("the import was expected to be refused");
}

describe("bank accounts from the census", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("stores account numbers encrypted, shows only the last four, and keeps numbers out of audit rows", async () => {
    const census = acme();
    census.employer.fundingAccount = { routingNumber: "021000021", accountNumber: "700012345678" };
    census.employees[0].bankAccounts = [
      { routingNumber: "011000015", accountNumber: "98765432101", accountType: "savings", amount: "250.00" },
      { routingNumber: "091000019", accountNumber: "1200567", remainder: true, prenote: "passed" },
    ];
    const summary = await importCensus(db, parseCensus(census), { clock, keyring: ringA });
    expect(summary.bankAccounts).toEqual({ created: 1, updated: 0, unchanged: 0 });

    const rows = await db.prisma.bankAccount.findMany({ orderBy: { priority: "asc" } });
    expect(rows.map((r) => [r.accountLast4, r.accountType, r.splitKind, r.prenoteStatus])).toEqual([
      ["2101", "savings", "amount", "required"],
      ["0567", "checking", "remainder", "passed"],
    ]);
    const stored = JSON.stringify(rows) + JSON.stringify(await db.prisma.clientFundingAccount.findMany());
    for (const number of ["98765432101", "1200567", "700012345678"]) expect(stored).not.toContain(number);
    const audit = JSON.stringify(
      await db.prisma.auditLog.findMany({ select: { action: true, before: true, after: true } }),
    );
    for (const number of ["98765432101", "1200567", "700012345678"]) expect(audit).not.toContain(number);
    expect(audit).toContain("census.bank_accounts.created");

    const banks = bankAccountRepository(db.prisma, ringA);
    expect(await banks.accountNumberOf(rows[0]!.id)).toBe("98765432101");
    expect((await banks.fundingAccount(rows[0]!.clientId))?.accountNumber).toBe("700012345678");
  });

  it("changes nothing when the same file is imported again", async () => {
    const census = acme();
    census.employer.fundingAccount = { routingNumber: "021000021", accountNumber: "700012345678" };
    census.employees[0].bankAccounts = [
      { routingNumber: "011000015", accountNumber: "98765432101", accountType: "savings", amount: "250.00" },
      { routingNumber: "091000019", accountNumber: "1200567", remainder: true, prenote: "passed" },
    ];
    const before = await counts(db);
    const summary = await importCensus(db, parseCensus(census), { clock, keyring: ringA });
    expect(summary.bankAccounts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await counts(db)).toEqual(before);
  });

  it("refuses a routing number failing the ABA checksum, naming the employee and field", async () => {
    const census = acme();
    census.employees[2].bankAccounts = [
      { routingNumber: "011000016", accountNumber: "12345678", remainder: true },
    ];
    expect(() => parseCensus(census)).toThrow(
      `employees[2].bankAccounts[0].routingNumber: fails the ABA routing number checksum (employee ${census.employees[2].externalId})`,
    );
  });

  it("refuses an account number of the wrong length without echoing it", async () => {
    const census = acme();
    census.employees[1].bankAccounts = [
      { routingNumber: "011000015", accountNumber: "123456789012345678", remainder: true },
    ];
    let message = "";
    try {
      parseCensus(census);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `employees[1].bankAccounts[0].accountNumber: must be 4 to 17 digits (employee ${census.employees[1].externalId})`,
    );
    expect(message).not.toContain("123456789012345678");
  });

  it("refuses an account already used by an employee of another client, and saves nothing", async () => {
    const before = await counts(db);
    const message = await importError(db, otherClient("011000015", "98765432101"));
    expect(message).toBe(
      "employees[0].bankAccounts[0].accountNumber: this account already belongs to another employee (employee X001)",
    );
    expect(await counts(db)).toEqual(before);
    expect(await db.prisma.clientEmployer.count({ where: { ein: "98-7654321" } })).toBe(0);
  });

  it("refuses the same account given for two employees in one file", () => {
    const census = acme();
    census.employees[3].bankAccounts = [
      { routingNumber: "011000015", accountNumber: "44443333", remainder: true },
    ];
    census.employees[4].bankAccounts = [
      { routingNumber: "011000015", accountNumber: "44443333", remainder: true },
    ];
    expect(() => parseCensus(census)).toThrow(
      `employees[4].bankAccounts[0].accountNumber: the same account is given for employee ${census.employees[3].externalId}`,
    );
  });

  it("rotates keys: re-encryption moves every row to the new key, and duplicates are still found", async () => {
    const rotated = createKeyring(keyB, [keyA]);
    // Before re-encryption, an import under the new ring still finds the account made under the old key.
    expect(await importError(db, otherClient("091000019", "1200567"))).toMatch(
      /already belongs to another employee/,
    );

    const moved = await reencryptBankNumbers(db, rotated);
    expect(moved).toBe(3);
    const rows = await db.prisma.bankAccount.findMany();
    expect(new Set(rows.map((r) => r.accountKeyId))).toEqual(new Set([rotated.currentId]));
    expect(rows.every((r) => r.accountCiphertext.split(".")[1] === rotated.currentId)).toBe(true);
    expect(await reencryptBankNumbers(db, rotated)).toBe(0);

    // The old key can now be dropped: the new key alone reads every row.
    const onlyB = createKeyring(keyB);
    const banks = bankAccountRepository(db.prisma, onlyB);
    const numbers = await Promise.all(rows.map((r) => banks.accountNumberOf(r.id)));
    expect(numbers.sort()).toEqual(["1200567", "98765432101"]);
    expect(
      await banks.otherHolders("091000019", "1200567", "00000000-0000-0000-0000-000000000000"),
    ).toHaveLength(1);
  });
});

import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { Decimal } from "../../../src/core/money/decimal";
import { bankAccountRepository } from "../../../src/db/bank-account-repository";
import { type Database, openDatabase } from "../../../src/db/database";
import { createKeyring } from "../../../src/db/field-encryption";
import { aso } from "../../support/cli";
import {
  createTestDatabase,
  migratedTemplate,
  type TestDatabase,
  testDatabaseUrl,
} from "../../support/database";
import { parseAchFile, recomputedEntryHash } from "../../support/nacha-parser";

const EIN = "77-7654321";
const KEY = randomBytes(32);
const keyring = createKeyring(KEY);

/** Six employees: proven accounts, splits, a new account awaiting its prenote, and two with none. */
async function seedAccounts(db: Database, clientId: string, employeeIds: string[]) {
  const banks = bankAccountRepository(db.prisma, keyring);
  const base = { source: "census" as const, prenoteStatus: "passed" as const };
  const from = "2026-01-01";
  const [e0, e1, e2, e3] = employeeIds as [string, string, string, string];
  await banks.replaceAccounts(
    clientId,
    e0,
    [
      {
        ...base,
        routingNumber: "011000015",
        accountNumber: "98765432101",
        accountType: "checking",
        split: { kind: "remainder" },
        priority: 0,
      },
    ],
    from,
  );
  await banks.replaceAccounts(
    clientId,
    e1,
    [
      {
        ...base,
        routingNumber: "111000025",
        accountNumber: "3300112",
        accountType: "savings",
        split: { kind: "amount", amount: "100.00" },
        priority: 0,
      },
      {
        ...base,
        routingNumber: "021000021",
        accountNumber: "3300113",
        accountType: "checking",
        split: { kind: "remainder" },
        priority: 1,
      },
    ],
    from,
  );
  await banks.replaceAccounts(
    clientId,
    e2,
    [
      {
        ...base,
        prenoteStatus: "required",
        routingNumber: "091000019",
        accountNumber: "1200567",
        accountType: "checking",
        split: { kind: "remainder" },
        priority: 0,
      },
    ],
    from,
  );
  await banks.replaceAccounts(
    clientId,
    e3,
    [
      {
        ...base,
        routingNumber: "011000015",
        accountNumber: "4400991",
        accountType: "savings",
        split: { kind: "percent", percent: "50" },
        priority: 0,
      },
      {
        ...base,
        routingNumber: "011000015",
        accountNumber: "4400992",
        accountType: "checking",
        split: { kind: "remainder" },
        priority: 1,
      },
    ],
    from,
  );
  await banks.setFundingAccount(clientId, {
    routingNumber: "091000019",
    accountNumber: "700012345678",
    accountType: "checking",
  });
}

describe("aso payroll ach", () => {
  let env: Record<string, string | undefined>;
  let dataDir: string;
  let testDb: TestDatabase | undefined;
  const ach = (...extra: string[]) =>
    aso(env, "payroll", "ach", "--client", EIN, "--period-end", "2026-01-17", ...extra);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "aso-ach-cli-"));
    const common = {
      LOG_LEVEL: "error",
      DATA_ENCRYPTION_KEY: KEY.toString("base64"),
      ACH_ODFI_ROUTING: "021000021",
      ACH_ODFI_NAME: "Example ODFI Bank",
      ACH_IMMEDIATE_ORIGIN_NAME: "Example ASO",
    };
    const url = testDatabaseUrl();
    let db: Database;
    if (url) {
      testDb = await createTestDatabase();
      db = testDb;
      const withSchema = new URL(url);
      withSchema.searchParams.set("schema", testDb.schema!);
      env = { ...process.env, ...common, DATA_DIR: dataDir, DATABASE_URL: withSchema.toString() };
    } else {
      env = { ...process.env, ...common, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "" };
      // From the migrated template: creating and migrating a data directory takes seconds more.
      db = await openDatabase(
        { DATA_DIR: dataDir, DATABASE_URL: undefined },
        { loadDataDir: await migratedTemplate() },
      );
    }
    const { clientId, employeeIds } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 6,
      periodEnd: "2026-01-17",
    });
    await seedAccounts(db, clientId, employeeIds);
    await db.close();
  });
  afterAll(async () => {
    if (testDb) {
      const again = await openDatabase(
        { DATABASE_URL: testDatabaseUrl(), DATA_DIR: "" },
        { schema: testDb.schema! },
      );
      await again.pgPool?.query(`DROP SCHEMA IF EXISTS "${testDb.schema}" CASCADE`);
      await again.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a run that is not approved and posted, with one line", async () => {
    expect(
      (
        await aso(
          env,
          "payroll",
          "run",
          "--client",
          EIN,
          "--period-end",
          "2026-01-17",
          "--pay-date",
          "2026-01-23",
        )
      ).code,
    ).toBe(0);
    const refused = await ach("--out", join(dataDir, "early.ach"));
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split("\n")).toHaveLength(1);
    expect(refused.err).toContain("is calculated: only an approved, posted run has a direct-deposit file");
  });

  it("writes a file whose totals, counts and hash an independent parser confirms, listing everyone paid by check", async () => {
    expect((await aso(env, "payroll", "approve", "--client", EIN, "--period-end", "2026-01-17")).code).toBe(
      0,
    );
    const out = join(dataDir, "run.ach");
    const result = await ach("--out", out, "--created-at", "2026-01-21T14:05", "--json");
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const summary = JSON.parse(result.out);
    const text = readFileSync(out, "utf8");
    const parsed = parseAchFile(text);
    const entries = parsed.batches.flatMap((b) => b.entries);
    const sum = (codes: string[]) =>
      entries
        .filter((e) => codes.includes(String(e.transactionCode)))
        .reduce((s, e) => s + Number(e.amount), 0);

    // Net pay of the run, from the database, = direct deposits (parsed) + checks (listed).
    const db = testDb
      ? await openDatabase({ DATABASE_URL: testDatabaseUrl(), DATA_DIR: "" }, { schema: testDb.schema! })
      : await openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    const nets = await db.prisma.paycheck.findMany({ where: { status: "calculated" } });
    await db.close();
    const netCents = nets.reduce((s, p) => s + Number(new Decimal(p.net.toString()).times(100)), 0);
    const checkCents = summary.paidByCheck.reduce(
      (s: number, c: { amount: string }) => s + Number(new Decimal(c.amount).times(100)),
      0,
    );
    expect(sum(["22", "32"]) + checkCents).toBe(netCents);
    expect(Number(new Decimal(summary.netPay).times(100))).toBe(netCents);
    expect(sum(["27", "37"])).toBe(sum(["22", "32"]));
    expect(parsed.file.footer.totalCredit).toBe(sum(["22", "32"]));
    expect(parsed.file.footer.totalDebit).toBe(sum(["27"]));
    expect(parsed.file.footer.entryAndAddendaCount).toBe(entries.length);
    expect(Number(parsed.file.footer.entryHash)).toBe(recomputedEntryHash(parsed));
    expect(Number(parsed.batches[0]?.footer.entryHash)).toBe(recomputedEntryHash(parsed));
    expect(String(parsed.batches[0]?.companyId)).toBe("1777654321");

    // e0 one credit, e1 two, e3 two, e2 a prenote, the offset debit: 7 entries.
    expect(entries.map((e) => String(e.transactionCode)).sort()).toEqual([
      "22",
      "22",
      "22",
      "23",
      "27",
      "32",
      "32",
    ]);
    expect(summary.prenotes).toBe(1);
    expect(
      summary.paidByCheck.map((c: { employee: string; reason: string }) => [c.employee, c.reason]),
    ).toEqual([
      ["E00003", "prenote_pending"],
      ["E00005", "no_account"],
      ["E00006", "no_account"],
    ]);
    // The fixed split: E00002's savings account gets exactly 100.00.
    const savings = entries.find(
      (e) => String(e.transactionCode) === "32" && String(e.identificationNumber) === "E00002",
    );
    expect(Number(savings?.amount)).toBe(10000);
  });

  it("builds the same bytes again for the same request (the prenote stays in its run's file)", async () => {
    const again = join(dataDir, "again.ach");
    expect((await ach("--out", again, "--created-at", "2026-01-21T14:05")).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(join(dataDir, "run.ach"), "utf8"));
  });

  it("refuses a bad effective date naming the flag", async () => {
    const bad = await ach("--effective-date", "2026-02-30");
    expect(bad.code).toBe(1);
    expect(bad.err.trim()).toBe("aso: --effective-date: must be a date YYYY-MM-DD");
  });
});

import type { AccountType, DepositSplit } from "../core/banking/bank-account";
import { lastFour } from "../core/banking/bank-account";
import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { Decimal } from "../core/money/decimal";
import type { Database } from "./database";
import {
  decryptField,
  encryptField,
  fingerprintField,
  fingerprintsOf,
  type Keyring,
} from "./field-encryption";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/** An employee's deposit account as use cases see it: never the account number. */
export type BankAccountRecord = {
  id: string;
  clientId: string;
  employeeId: string;
  routingNumber: string;
  accountType: AccountType;
  last4: string;
  split: DepositSplit;
  priority: number;
  prenoteStatus: "required" | "sent" | "passed" | "failed";
  prenoteRunId: string | null;
  prenoteEffective: string | null;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
};

export type NewBankAccount = {
  routingNumber: string;
  accountNumber: string;
  accountType: AccountType;
  split: DepositSplit;
  priority: number;
  prenoteStatus: "required" | "passed";
  source: "census" | "chat_change";
  changeId?: string;
};

/** The owner a ciphertext is bound to (the associated data of AES-GCM). */
export const employeeOwner = (employeeId: string) => `employee:${employeeId}`;
export const clientOwner = (clientId: string) => `client:${clientId}`;

/** What the fingerprint is taken of: one account at one bank. */
export const accountIdentity = (routing: string, account: string) => `${routing}:${account}`;

type Row = Awaited<ReturnType<PrismaClient["bankAccount"]["findFirstOrThrow"]>>;

function recordOf(row: Row): BankAccountRecord {
  const split: DepositSplit =
    row.splitKind === "amount"
      ? { kind: "amount", amount: new Decimal(row.splitValue?.toString() ?? "0").toFixed(2) }
      : row.splitKind === "percent"
        ? { kind: "percent", percent: new Decimal(row.splitValue?.toString() ?? "0").toFixed() }
        : { kind: "remainder" };
  return {
    id: row.id,
    clientId: row.clientId,
    employeeId: row.employeeId,
    routingNumber: row.routingNumber,
    accountType: row.accountType as AccountType,
    last4: row.accountLast4,
    split,
    priority: row.priority,
    prenoteStatus: row.prenoteStatus as BankAccountRecord["prenoteStatus"],
    prenoteRunId: row.prenoteRunId,
    prenoteEffective: row.prenoteEffective ? isoDay(row.prenoteEffective) : null,
    source: row.source,
    effectiveFrom: isoDay(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? isoDay(row.effectiveTo) : null,
  };
}

/** Accounts open on `date`: effectiveFrom ≤ date < effectiveTo. */
const openOn = (date: string) => ({
  effectiveFrom: { lte: utcMidnight(date) },
  OR: [{ effectiveTo: null }, { effectiveTo: { gt: utcMidnight(date) } }],
});

/**
 * Employees' deposit accounts and clients' funding accounts. Account numbers are encrypted on the
 * way in and decrypted only by `accountNumberOf` (for the NACHA file); nothing else returns them.
 */
export function bankAccountRepository(client: Client, keyring: Keyring) {
  return {
    /** The employee's accounts that pay on `date`, in payment order (remainder last). */
    async accountsOn(employeeId: string, date: string): Promise<BankAccountRecord[]> {
      const rows = await client.bankAccount.findMany({
        where: { employeeId, ...openOn(date) },
        orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(recordOf);
    },

    /** Every account of the client's employees that pays on `date`. */
    async clientAccountsOn(clientId: string, date: string): Promise<BankAccountRecord[]> {
      const rows = await client.bankAccount.findMany({
        where: { clientId, ...openOn(date) },
        orderBy: [{ employeeId: "asc" }, { priority: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(recordOf);
    },

    /** The employee's accounts not yet closed (open now or opening after a hold). */
    async currentAndFuture(employeeId: string): Promise<BankAccountRecord[]> {
      const rows = await client.bankAccount.findMany({
        where: { employeeId, effectiveTo: null },
        orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(recordOf);
    },

    /** The account number of one account, decrypted (for the NACHA file only). */
    async accountNumberOf(accountId: string): Promise<string> {
      const row = await client.bankAccount.findUniqueOrThrow({ where: { id: accountId } });
      return decryptField(keyring, row.accountCiphertext, employeeOwner(row.employeeId));
    },

    /**
     * Employees other than `employeeId` who hold this account (open or scheduled accounts, and open
     * changes), at any client: the same account on two people is how pay gets diverted.
     */
    async otherHolders(routing: string, account: string, employeeId: string): Promise<string[]> {
      const fingerprints = fingerprintsOf(keyring, accountIdentity(routing, account));
      const accounts = await client.bankAccount.findMany({
        where: { accountFingerprint: { in: fingerprints }, effectiveTo: null, NOT: { employeeId } },
        select: { employeeId: true },
      });
      const changes = await client.depositChange.findMany({
        where: { accountFingerprint: { in: fingerprints }, openKey: { not: null }, NOT: { employeeId } },
        select: { employeeId: true },
      });
      return [...new Set([...accounts, ...changes].map((r) => r.employeeId))];
    },

    /**
     * Closes the employee's open accounts on `from` and opens `accounts` from that day: the old set
     * pays on dates before `from`, the new one on `from` and after.
     */
    async replaceAccounts(
      clientId: string,
      employeeId: string,
      accounts: readonly NewBankAccount[],
      from: string,
    ): Promise<BankAccountRecord[]> {
      await client.bankAccount.updateMany({
        where: { employeeId, effectiveTo: null, effectiveFrom: { lt: utcMidnight(from) } },
        data: { effectiveTo: utcMidnight(from) },
      });
      // Accounts that had not started yet are superseded outright: an empty range never pays.
      await client.bankAccount.updateMany({
        where: { employeeId, effectiveTo: null, effectiveFrom: { gte: utcMidnight(from) } },
        data: { effectiveTo: utcMidnight(from), effectiveFrom: utcMidnight(from) },
      });
      const created: BankAccountRecord[] = [];
      for (const account of accounts) {
        const encrypted = encryptField(keyring, account.accountNumber, employeeOwner(employeeId));
        const row = await client.bankAccount.create({
          data: {
            clientId,
            employeeId,
            routingNumber: account.routingNumber,
            accountCiphertext: encrypted.ciphertext,
            accountKeyId: encrypted.keyId,
            accountFingerprint: fingerprintField(
              keyring,
              encrypted.keyId,
              accountIdentity(account.routingNumber, account.accountNumber),
            ),
            accountLast4: lastFour(account.accountNumber),
            accountType: account.accountType,
            splitKind: account.split.kind,
            splitValue:
              account.split.kind === "amount"
                ? account.split.amount
                : account.split.kind === "percent"
                  ? account.split.percent
                  : null,
            priority: account.priority,
            prenoteStatus: account.prenoteStatus,
            source: account.source,
            changeId: account.changeId ?? null,
            effectiveFrom: utcMidnight(from),
          },
        });
        created.push(recordOf(row));
      }
      return created;
    },

    /** Whether the employee's open accounts equal `accounts` (same numbers, types, splits, order). */
    async sameAccounts(employeeId: string, accounts: readonly NewBankAccount[]): Promise<boolean> {
      const rows = await client.bankAccount.findMany({
        where: { employeeId, effectiveTo: null },
        orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
      });
      if (rows.length !== accounts.length) return false;
      return rows.every((row, i) => {
        const want = accounts[i] as NewBankAccount;
        const have = recordOf(row);
        return (
          row.routingNumber === want.routingNumber &&
          row.accountType === want.accountType &&
          row.priority === want.priority &&
          JSON.stringify(have.split) === JSON.stringify(normalSplit(want.split)) &&
          decryptField(keyring, row.accountCiphertext, employeeOwner(employeeId)) === want.accountNumber
        );
      });
    },

    /** Records that a file carried these accounts' prenotes (idempotent for the same run). */
    async markPrenotesSent(accountIds: readonly string[], runId: string, effective: string): Promise<void> {
      if (accountIds.length === 0) return;
      await client.bankAccount.updateMany({
        where: { id: { in: [...accountIds] }, prenoteStatus: "required" },
        data: { prenoteStatus: "sent", prenoteRunId: runId, prenoteEffective: utcMidnight(effective) },
      });
    },

    async setFundingAccount(
      clientId: string,
      account: { routingNumber: string; accountNumber: string; accountType: AccountType },
    ): Promise<"created" | "updated" | "unchanged"> {
      const current = await client.clientFundingAccount.findUnique({ where: { clientId } });
      if (
        current &&
        current.routingNumber === account.routingNumber &&
        current.accountType === account.accountType &&
        decryptField(keyring, current.accountCiphertext, clientOwner(clientId)) === account.accountNumber
      ) {
        return "unchanged";
      }
      const encrypted = encryptField(keyring, account.accountNumber, clientOwner(clientId));
      const data = {
        routingNumber: account.routingNumber,
        accountCiphertext: encrypted.ciphertext,
        accountKeyId: encrypted.keyId,
        accountLast4: lastFour(account.accountNumber),
        accountType: account.accountType,
      };
      await client.clientFundingAccount.upsert({
        where: { clientId },
        create: { clientId, ...data },
        update: data,
      });
      return current ? "updated" : "created";
    },

    /** The client's funding account with its number decrypted (for the NACHA file only). */
    async fundingAccount(
      clientId: string,
    ): Promise<{ routingNumber: string; accountNumber: string; accountType: AccountType } | null> {
      const row = await client.clientFundingAccount.findUnique({ where: { clientId } });
      if (!row) return null;
      return {
        routingNumber: row.routingNumber,
        accountNumber: decryptField(keyring, row.accountCiphertext, clientOwner(clientId)),
        accountType: row.accountType as AccountType,
      };
    },
  };
}

export type BankAccountRepository = ReturnType<typeof bankAccountRepository>;

function normalSplit(split: DepositSplit): DepositSplit {
  if (split.kind === "amount") return { kind: "amount", amount: new Decimal(split.amount).toFixed(2) };
  if (split.kind === "percent") return { kind: "percent", percent: new Decimal(split.percent).toFixed() };
  return split;
}

/**
 * Moves every encrypted bank number (employees' accounts, funding accounts, open changes) that is
 * not under the current key to it, fingerprints included, row by row. Returns how many rows moved.
 * Safe to run again or to interrupt: each row is rewritten in one update.
 */
export async function reencryptBankNumbers(db: Database, keyring: Keyring): Promise<number> {
  const prisma = db.prisma;
  let moved = 0;
  const current = keyring.currentId;
  for (const row of await prisma.bankAccount.findMany({ where: { NOT: { accountKeyId: current } } })) {
    const owner = employeeOwner(row.employeeId);
    const plain = decryptField(keyring, row.accountCiphertext, owner);
    const encrypted = encryptField(keyring, plain, owner);
    await prisma.bankAccount.update({
      where: { id: row.id },
      data: {
        accountCiphertext: encrypted.ciphertext,
        accountKeyId: encrypted.keyId,
        accountFingerprint: fingerprintField(
          keyring,
          encrypted.keyId,
          accountIdentity(row.routingNumber, plain),
        ),
      },
    });
    moved++;
  }
  for (const row of await prisma.depositChange.findMany({ where: { NOT: { accountKeyId: current } } })) {
    const owner = employeeOwner(row.employeeId);
    const plain = decryptField(keyring, row.accountCiphertext, owner);
    const encrypted = encryptField(keyring, plain, owner);
    await prisma.depositChange.update({
      where: { id: row.id },
      data: {
        accountCiphertext: encrypted.ciphertext,
        accountKeyId: encrypted.keyId,
        accountFingerprint: fingerprintField(
          keyring,
          encrypted.keyId,
          accountIdentity(row.routingNumber, plain),
        ),
      },
    });
    moved++;
  }
  for (const row of await prisma.clientFundingAccount.findMany({
    where: { NOT: { accountKeyId: current } },
  })) {
    const owner = clientOwner(row.clientId);
    const encrypted = encryptField(keyring, decryptField(keyring, row.accountCiphertext, owner), owner);
    await prisma.clientFundingAccount.update({
      where: { clientId: row.clientId },
      data: { accountCiphertext: encrypted.ciphertext, accountKeyId: encrypted.keyId },
    });
    moved++;
  }
  return moved;
}

import type { AccountType } from "../core/banking/bank-account";
import { lastFour } from "../core/banking/bank-account";
import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { type AuditRecordInput, recordAudit } from "./audit-repository";
import { accountIdentity, bankAccountRepository, employeeOwner } from "./bank-account-repository";
import type { Database } from "./database";
import { decryptField, encryptField, fingerprintField, type Keyring } from "./field-encryption";
import { Prisma } from "./generated/prisma/client";

export type DepositChangeRecord = {
  id: string;
  clientId: string;
  employeeId: string;
  status: "awaiting_verification" | "scheduled" | "cancelled" | "expired" | "applied";
  routingNumber: string;
  accountType: AccountType;
  last4: string;
  accountFingerprint: string;
  codeHash: string | null;
  codeExpiresAt: Date | null;
  codeAttempts: number;
  verifiedBy: string | null;
  effectiveOn: string | null;
};

type Row = Awaited<ReturnType<Database["prisma"]["depositChange"]["findFirstOrThrow"]>>;

function recordOf(row: Row): DepositChangeRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    employeeId: row.employeeId,
    status: row.status as DepositChangeRecord["status"],
    routingNumber: row.routingNumber,
    accountType: row.accountType as AccountType,
    last4: row.accountLast4,
    accountFingerprint: row.accountFingerprint,
    codeHash: row.codeHash,
    codeExpiresAt: row.codeExpiresAt,
    codeAttempts: row.codeAttempts,
    verifiedBy: row.verifiedBy,
    effectiveOn: row.effectiveOn ? isoDay(row.effectiveOn) : null,
  };
}

/**
 * Direct-deposit changes. `openKey` (the employee id while a change is awaiting its code or in its
 * hold) makes a second open change for one employee a unique-key violation, whatever races.
 */
export function depositChangeRepository(db: Database, keyring: Keyring) {
  const prisma = db.prisma;
  return {
    async find(id: string): Promise<DepositChangeRecord | null> {
      const row = await prisma.depositChange.findUnique({ where: { id } });
      return row ? recordOf(row) : null;
    },

    /** Closes the employee's open change whose hold is over, or whose code expired unused. */
    async settle(employeeId: string, today: string, now: Date): Promise<void> {
      await prisma.depositChange.updateMany({
        where: { employeeId, status: "scheduled", effectiveOn: { lte: utcMidnight(today) } },
        data: { status: "applied", openKey: null },
      });
      await prisma.depositChange.updateMany({
        where: { employeeId, status: "awaiting_verification", codeExpiresAt: { lte: now } },
        data: { status: "expired", openKey: null, codeHash: null },
      });
    },

    /** Creates the change; null when the employee already has one open (nothing written). */
    async create(input: {
      clientId: string;
      employeeId: string;
      routingNumber: string;
      accountNumber: string;
      accountType: AccountType;
      requestedBy: string;
      codeHashFor: (change: { id: string; employeeId: string; accountFingerprint: string }) => string | null;
      codeExpiresAt: Date | null;
      audit: (changeId: string) => AuditRecordInput;
    }): Promise<DepositChangeRecord | null> {
      const encrypted = encryptField(keyring, input.accountNumber, employeeOwner(input.employeeId));
      const fingerprint = fingerprintField(
        keyring,
        encrypted.keyId,
        accountIdentity(input.routingNumber, input.accountNumber),
      );
      try {
        return await prisma.$transaction(async (tx) => {
          const row = await tx.depositChange.create({
            data: {
              clientId: input.clientId,
              employeeId: input.employeeId,
              status: "awaiting_verification",
              openKey: input.employeeId,
              routingNumber: input.routingNumber,
              accountCiphertext: encrypted.ciphertext,
              accountKeyId: encrypted.keyId,
              accountFingerprint: fingerprint,
              accountLast4: lastFour(input.accountNumber),
              accountType: input.accountType,
              codeExpiresAt: input.codeExpiresAt,
              requestedBy: input.requestedBy,
            },
          });
          const codeHash = input.codeHashFor({
            id: row.id,
            employeeId: row.employeeId,
            accountFingerprint: fingerprint,
          });
          const updated = await tx.depositChange.update({ where: { id: row.id }, data: { codeHash } });
          await recordAudit(tx, input.audit(row.id));
          return recordOf(updated);
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
        throw error;
      }
    },

    /** Counts a wrong code; at the limit the change is cancelled (a new one must be asked for). */
    async recordWrongCode(id: string, maxAttempts: number): Promise<void> {
      await prisma.depositChange.updateMany({
        where: { id, status: "awaiting_verification" },
        data: { codeAttempts: { increment: 1 } },
      });
      await prisma.depositChange.updateMany({
        where: { id, status: "awaiting_verification", codeAttempts: { gte: maxAttempts } },
        data: { status: "cancelled", openKey: null, codeHash: null },
      });
    },

    /**
     * Verified: in one transaction the change moves awaiting → scheduled (only from awaiting, so a
     * replayed code or a second click finds nothing to move), the code is erased, the employee's
     * current accounts are closed on `effectiveOn` and the new account opens that day. False when the
     * change was no longer awaiting verification.
     */
    async schedule(input: {
      id: string;
      verifiedBy: "code" | "specialist";
      verifiedByActor: string;
      at: Date;
      effectiveOn: string;
      audit: AuditRecordInput;
    }): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const moved = await tx.depositChange.updateMany({
          where: { id: input.id, status: "awaiting_verification" },
          data: {
            status: "scheduled",
            codeHash: null,
            verifiedBy: input.verifiedBy,
            verifiedByActor: input.verifiedByActor,
            verifiedAt: input.at,
            effectiveOn: utcMidnight(input.effectiveOn),
          },
        });
        if (moved.count === 0) return false;
        const row = await tx.depositChange.findUniqueOrThrow({ where: { id: input.id } });
        const accountNumber = decryptField(keyring, row.accountCiphertext, employeeOwner(row.employeeId));
        await bankAccountRepository(tx, keyring).replaceAccounts(
          row.clientId,
          row.employeeId,
          [
            {
              routingNumber: row.routingNumber,
              accountNumber,
              accountType: row.accountType as AccountType,
              split: { kind: "remainder" },
              priority: 0,
              prenoteStatus: "required",
              source: "chat_change",
              changeId: row.id,
            },
          ],
          input.effectiveOn,
        );
        await recordAudit(tx, input.audit);
        return true;
      });
    },

    async employeeContact(employeeId: string): Promise<{ email: string; clientId: string } | null> {
      return prisma.employee.findUnique({
        where: { id: employeeId },
        select: { email: true, clientId: true },
      });
    },
  };
}

export type DepositChangeRepository = ReturnType<typeof depositChangeRepository>;

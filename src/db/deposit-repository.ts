import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { RecordedDepositPayment } from "../core/ledger/deposit-calendar";
import type { DepositPaymentEntry } from "../core/ledger/deposit-payment";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Database } from "./database";
import { Prisma } from "./generated/prisma/client";

export type DepositPaymentRecord = RecordedDepositPayment & {
  payee: string;
  dueDate: string;
  paidBy: string;
};

function toRecord(row: {
  depositId: string;
  payee: string;
  dueDate: Date;
  amount: Prisma.Decimal;
  confirmation: string;
  paidOn: Date;
  paidBy: string;
}): DepositPaymentRecord {
  return {
    depositId: row.depositId,
    payee: row.payee,
    dueDate: isoDay(row.dueDate),
    amount: row.amount.toFixed(2),
    confirmation: row.confirmation,
    paidOn: isoDay(row.paidOn),
    paidBy: row.paidBy,
  };
}

/**
 * Deposits marked made. The unique (clientId, depositId) is the idempotency key: the payment row, its
 * journal entry and lines and the audit row are written in one transaction, and a second marking (a
 * retry, a double click, a concurrent one) finds the first and writes nothing.
 */
export function depositRepository(db: Database) {
  const prisma = db.prisma;
  return {
    /** Every client employer (id, EIN, name), for the staff's calendar and the reminder planner. */
    async clients(): Promise<{ id: string; ein: string; name: string }[]> {
      return prisma.clientEmployer.findMany({
        select: { id: true, ein: true, name: true },
        orderBy: { name: "asc" },
      });
    },

    /** Payments recorded for the client's deposits due in [from, to]. */
    async payments(clientId: string, from: string, to: string): Promise<DepositPaymentRecord[]> {
      const rows = await prisma.depositPayment.findMany({
        where: { clientId, dueDate: { gte: utcMidnight(from), lte: utcMidnight(to) } },
        orderBy: { dueDate: "asc" },
      });
      return rows.map(toRecord);
    },

    async payment(clientId: string, depositId: string): Promise<DepositPaymentRecord | null> {
      const row = await prisma.depositPayment.findUnique({
        where: { clientId_depositId: { clientId, depositId } },
      });
      return row ? toRecord(row) : null;
    },

    /**
     * Records the payment and posts its entry. Returns `changed: false` with the payment already
     * recorded when the deposit was marked before (nothing is written).
     */
    async recordPayment(input: {
      clientId: string;
      payee: string;
      dueDate: string;
      amount: string;
      confirmation: string;
      paidOn: string;
      paidBy: string;
      entry: DepositPaymentEntry;
      totals: { debit: string; credit: string };
      audit: AuditEntry;
    }): Promise<{ changed: boolean; payment: DepositPaymentRecord }> {
      const existing = await this.payment(input.clientId, input.entry.depositId);
      if (existing) return { changed: false, payment: existing };
      try {
        const row = await prisma.$transaction(async (tx) => {
          const entry = await tx.journalEntry.create({
            data: {
              clientId: input.clientId,
              runId: null,
              kind: input.entry.kind,
              entryDate: utcMidnight(input.entry.entryDate),
              description: input.entry.description,
              debitTotal: input.totals.debit,
              creditTotal: input.totals.credit,
            },
          });
          await tx.journalLine.createMany({
            data: input.entry.lines.map((l) => ({
              entryId: entry.id,
              clientId: input.clientId,
              entryDate: utcMidnight(input.entry.entryDate),
              account: l.account,
              debit: l.debit,
              credit: l.credit,
              dueDate: l.dueDate ? utcMidnight(l.dueDate) : null,
              memo: l.memo,
            })),
          });
          const payment = await tx.depositPayment.create({
            data: {
              clientId: input.clientId,
              depositId: input.entry.depositId,
              payee: input.payee,
              dueDate: utcMidnight(input.dueDate),
              amount: input.amount,
              confirmation: input.confirmation,
              paidOn: utcMidnight(input.paidOn),
              paidBy: input.paidBy,
              entryId: entry.id,
            },
          });
          await recordAudit(tx, {
            ...input.audit,
            subjectType: "deposit_payment",
            subjectId: payment.id,
            clientId: input.clientId,
            after: {
              depositId: input.entry.depositId,
              payee: input.payee,
              dueDate: input.dueDate,
              amount: input.amount,
              paidOn: input.paidOn,
              confirmation: input.confirmation,
            },
          });
          return payment;
        });
        return { changed: true, payment: toRecord(row) };
      } catch (error) {
        // A concurrent marking won the unique key: its payment stands, this one wrote nothing.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          const winner = await this.payment(input.clientId, input.entry.depositId);
          if (winner) return { changed: false, payment: winner };
        }
        throw error;
      }
    },
  };
}
export type DepositRepository = ReturnType<typeof depositRepository>;

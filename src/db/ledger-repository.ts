import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { PostedLine } from "../core/ledger/liabilities-report";
import type { Database } from "./database";

/** A posted line with its run (none for a deposit made), for reports that re-settle due dates per run. */
export type LedgerLine = PostedLine & { runId: string | null; kind: string; memo: string | null };

/** Entries that record what the payroll owes (a deposit made settles them and is not one). */
const LIABILITY_ENTRY = { kind: { not: "deposit_payment" } } as const;

/**
 * Reads of a client's append-only ledger. Entries are only ever written by the payroll run repository
 * (posting, voiding) inside the transaction that changes the run.
 */
export function ledgerRepository(db: Database) {
  const prisma = db.prisma;
  return {
    /** Lines of entries dated in [from, to] (optionally only some accounts). */
    async lines(
      clientId: string,
      from: string,
      to: string,
      accounts?: readonly string[],
    ): Promise<LedgerLine[]> {
      const rows = await prisma.journalLine.findMany({
        where: {
          clientId,
          entryDate: { gte: utcMidnight(from), lte: utcMidnight(to) },
          ...(accounts ? { account: { in: [...accounts] } } : {}),
        },
        select: {
          entryDate: true,
          account: true,
          debit: true,
          credit: true,
          dueDate: true,
          memo: true,
          entry: { select: { runId: true, kind: true } },
        },
        orderBy: { id: "asc" },
      });
      return rows.map((r) => ({
        entryDate: isoDay(r.entryDate),
        account: r.account,
        debit: r.debit.toFixed(2),
        credit: r.credit.toFixed(2),
        dueDate: r.dueDate ? isoDay(r.dueDate) : null,
        memo: r.memo,
        runId: r.entry.runId,
        kind: r.entry.kind,
      }));
    },

    /** Entries of a run (pay_run/adjustment and reversal), with totals. */
    async entriesOfRun(runId: string) {
      return prisma.journalEntry.findMany({
        where: { runId },
        select: { id: true, kind: true, entryDate: true, debitTotal: true, creditTotal: true },
        orderBy: { createdAt: "asc" },
      });
    },

    /** The entry of a run of one kind with its lines, or null. */
    async entryOfRun(runId: string, kind: string) {
      const entry = await prisma.journalEntry.findUnique({
        where: { runId_kind_subject: { runId, kind, subject: "" } },
        include: { lines: { orderBy: { id: "asc" } } },
      });
      if (!entry) return null;
      return {
        kind: entry.kind,
        entryDate: isoDay(entry.entryDate),
        description: entry.description,
        lines: entry.lines.map((l) => ({
          account: l.account,
          debit: l.debit.toFixed(2),
          credit: l.credit.toFixed(2),
          dueDate: l.dueDate ? isoDay(l.dueDate) : null,
          memo: l.memo,
        })),
      };
    },

    /**
     * Each run's liability lines (pay run, adjustment and its reversal) for runs paid in [from, to],
     * dated by the run's pay date, for the deposit calendar.
     */
    async runPostings(clientId: string, from: string, to: string) {
      const rows = await prisma.journalLine.findMany({
        where: {
          clientId,
          entry: { ...LIABILITY_ENTRY, run: { payDate: { gte: utcMidnight(from), lte: utcMidnight(to) } } },
        },
        select: {
          account: true,
          debit: true,
          credit: true,
          memo: true,
          dueDate: true,
          entry: { select: { runId: true, run: { select: { payDate: true } } } },
        },
        orderBy: { id: "asc" },
      });
      return rows.flatMap((r) =>
        r.entry.runId && r.entry.run
          ? [
              {
                runId: r.entry.runId,
                payDate: isoDay(r.entry.run.payDate),
                account: r.account,
                memo: r.memo,
                amount: r.credit.minus(r.debit).toFixed(2),
                dueDate: r.dueDate ? isoDay(r.dueDate) : null,
              },
            ]
          : [],
      );
    },

    /** Net credit (credits − debits) of some accounts over liability entries dated in [from, to]. */
    async netCredit(
      clientId: string,
      accounts: readonly string[],
      from: string,
      to: string,
    ): Promise<string> {
      const agg = await prisma.journalLine.aggregate({
        where: {
          clientId,
          account: { in: [...accounts] },
          entryDate: { gte: utcMidnight(from), lte: utcMidnight(to) },
          entry: LIABILITY_ENTRY,
        },
        _sum: { debit: true, credit: true },
      });
      const credit = agg._sum.credit;
      const debit = agg._sum.debit;
      if (!credit || !debit) return "0.00";
      return credit.minus(debit).toFixed(2);
    },

    /** Whether the client has any posted entry dated in [from, to]. */
    async hasEntries(clientId: string, from: string, to: string): Promise<boolean> {
      const found = await prisma.journalEntry.findFirst({
        where: { clientId, entryDate: { gte: utcMidnight(from), lte: utcMidnight(to) }, ...LIABILITY_ENTRY },
        select: { id: true },
      });
      return found !== null;
    },

    /** Pay dates of the runs of every entry id, for settling FUTA due dates. */
    async runPayDates(runIds: readonly string[]): Promise<Map<string, string>> {
      const rows = await prisma.payRun.findMany({
        where: { id: { in: [...runIds] } },
        select: { id: true, payDate: true },
      });
      return new Map(rows.map((r) => [r.id, isoDay(r.payDate)]));
    },
  };
}
export type LedgerRepository = ReturnType<typeof ledgerRepository>;

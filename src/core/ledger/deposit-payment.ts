import { Money } from "../money/money";
import { Accounts } from "./accounts";
import type { DepositItem } from "./deposit-calendar";
import { assertBalanced, type JournalLine } from "./journal";

/** The journal entry that records a deposit made, in the client's own ledger (never the ASO's). */
export type DepositPaymentEntry = {
  clientEin: string;
  depositId: string;
  kind: "deposit_payment";
  entryDate: string;
  description: string;
  lines: readonly JournalLine[];
};

/** Thrown for a deposit that cannot be recorded as paid (nothing owed). */
export class NothingToPayError extends Error {
  override readonly name = "NothingToPayError";
}

/**
 * The entry for a deposit paid on `paidOn`: debit each liability the deposit settles (with the
 * deposit's due date, so the ledger's due list nets to zero for it) and credit the client's cash /
 * clearing account with the total. Balanced by construction and checked.
 * @see us-payroll-2026.md §8 (ASO accounting: liabilities are the client's)
 */
export function buildDepositPaymentEntry(
  clientEin: string,
  deposit: Pick<DepositItem, "id" | "agency" | "dueDate" | "lines">,
  paidOn: string,
  confirmation: string,
): DepositPaymentEntry {
  const lines: JournalLine[] = [];
  let total = Money.zero();
  for (const l of deposit.lines) {
    const amount = Money.of(l.amount);
    if (!amount.isPositive())
      throw new NothingToPayError(`deposit ${deposit.id} has a line of ${amount.toFixed()} on ${l.account}`);
    lines.push({
      account: l.account,
      debit: amount.toFixed(),
      credit: "0.00",
      dueDate: deposit.dueDate,
      memo: l.memo,
    });
    total = total.plus(amount);
  }
  if (!total.isPositive()) throw new NothingToPayError(`deposit ${deposit.id} has nothing to pay`);
  lines.push({
    account: Accounts.clientCashClearing,
    debit: "0.00",
    credit: total.toFixed(),
    dueDate: null,
    memo: deposit.id,
  });
  const entry: DepositPaymentEntry = {
    clientEin,
    depositId: deposit.id,
    kind: "deposit_payment",
    entryDate: paidOn,
    description: `Deposit ${deposit.id} to ${deposit.agency}, confirmation ${confirmation}`,
    lines,
  };
  assertBalanced(entry);
  return entry;
}

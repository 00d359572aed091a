import { Money } from "../money/money";
import { accountDefinition } from "./accounts";

/** A posted journal line with the date of its entry. */
export type PostedLine = {
  entryDate: string;
  account: string;
  debit: string;
  credit: string;
  dueDate: string | null;
};

/** docs/contracts.md §1 `aso report liabilities` JSON (exact shape). */
export type LiabilitiesReport = {
  client: string;
  from: string;
  to: string;
  accounts: {
    account: string;
    debit: string;
    credit: string;
    balance: string;
    due: { date: string; amount: string }[];
  }[];
  totals: { debit: string; credit: string };
};

/**
 * The client's posted ledger between two dates (inclusive, by entry date), by account. `balance`
 * is in the account's normal direction: credit − debit for liabilities (what is owed), debit −
 * credit for expenses. `due` splits a liability's balance by due date (dates that net to zero, as
 * after a void, are left out).
 */
export function buildLiabilitiesReport(
  clientEin: string,
  from: string,
  to: string,
  lines: Iterable<PostedLine>,
): LiabilitiesReport {
  const byAccount = new Map<string, { debit: Money; credit: Money; due: Map<string, Money> }>();
  let totalDebit = Money.zero();
  let totalCredit = Money.zero();
  for (const line of lines) {
    if (line.entryDate < from || line.entryDate > to) continue;
    let acc = byAccount.get(line.account);
    if (!acc) {
      acc = { debit: Money.zero(), credit: Money.zero(), due: new Map() };
      byAccount.set(line.account, acc);
    }
    const debit = Money.of(line.debit);
    const credit = Money.of(line.credit);
    acc.debit = acc.debit.plus(debit);
    acc.credit = acc.credit.plus(credit);
    totalDebit = totalDebit.plus(debit);
    totalCredit = totalCredit.plus(credit);
    if (line.dueDate)
      acc.due.set(line.dueDate, (acc.due.get(line.dueDate) ?? Money.zero()).plus(credit).minus(debit));
  }
  const accounts = [...byAccount.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, acc]) => {
      const liability = accountDefinition(account).kind === "liability";
      const balance = liability ? acc.credit.minus(acc.debit) : acc.debit.minus(acc.credit);
      const due = [...acc.due.entries()]
        .filter(([, amount]) => !amount.isZero())
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, amount]) => ({ date, amount: amount.toFixed() }));
      return {
        account,
        debit: acc.debit.toFixed(),
        credit: acc.credit.toFixed(),
        balance: balance.toFixed(),
        due,
      };
    });
  return {
    client: clientEin,
    from,
    to,
    accounts,
    totals: { debit: totalDebit.toFixed(), credit: totalCredit.toFixed() },
  };
}

/** A CSV field, quoted when it holds a quote, comma or newline. */
export function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The same report as CSV: one row per account and due date (an account with no due date, such as an
 * expense, has one row with an empty due date), then a totals row.
 */
export function liabilitiesReportCsv(report: LiabilitiesReport): string {
  const rows: string[][] = [
    ["client", "from", "to", "account", "debit", "credit", "balance", "due_date", "due_amount"],
  ];
  for (const a of report.accounts) {
    const base = [report.client, report.from, report.to, a.account, a.debit, a.credit, a.balance];
    if (a.due.length === 0) rows.push([...base, "", ""]);
    for (const d of a.due) rows.push([...base, d.date, d.amount]);
  }
  rows.push([
    report.client,
    report.from,
    report.to,
    "TOTAL",
    report.totals.debit,
    report.totals.credit,
    "",
    "",
    "",
  ]);
  return `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}

import { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { isAbaRouting } from "../privacy/redaction";

/**
 * Employees' deposit accounts as the payroll core sees them: what a valid routing and account number
 * is, how net pay is split across accounts, and the only form in which an account number is shown.
 */

export const ACCOUNT_TYPES = ["checking", "savings"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** How much of net pay one account takes: a fixed amount, a percent of net, or what is left. */
export type DepositSplit =
  | { kind: "amount"; amount: string }
  | { kind: "percent"; percent: string }
  | { kind: "remainder" };

/** Why a routing number is refused, or null when it is a valid ABA routing number. */
export function routingNumberProblem(routing: string): string | null {
  if (!/^\d{9}$/.test(routing)) return "must be 9 digits";
  if (!isAbaRouting(routing)) return "fails the ABA routing number checksum";
  return null;
}

/**
 * Why an account number is refused, or null. NACHA's DFI account number field holds 17 characters;
 * under 4 digits no bank issues an account, and "last four" would show the whole number.
 */
export function accountNumberProblem(account: string): string | null {
  if (!/^\d+$/.test(account)) return "must contain digits only";
  if (account.length < 4 || account.length > 17) return "must be 4 to 17 digits";
  return null;
}

/** The last four digits, the only part of an account number anyone is shown. */
export function lastFour(account: string): string {
  return account.slice(-4);
}

/** How an account is named to people: "checking ending 6789". */
export function describeAccount(account: { accountType: AccountType; last4: string }): string {
  return `${account.accountType} ending ${account.last4}`;
}

/**
 * Why a set of splits is refused, or null: exactly one remainder account, positive amounts and
 * percents, and percents that do not exceed 100 together.
 */
export function splitProblem(splits: readonly DepositSplit[]): string | null {
  if (splits.length === 0) return "needs at least one account";
  const remainders = splits.filter((s) => s.kind === "remainder").length;
  if (remainders !== 1) return "needs exactly one remainder account (the one that takes what is left)";
  let percent = new Decimal(0);
  for (const split of splits) {
    if (split.kind === "amount" && !new Decimal(split.amount).greaterThan(0))
      return "a fixed amount must be more than 0";
    if (split.kind === "percent") {
      const p = new Decimal(split.percent);
      if (!p.greaterThan(0) || p.greaterThan(100)) return "a percent must be more than 0 and at most 100";
      percent = percent.plus(p);
    }
  }
  if (percent.greaterThan(100)) return "percents add up to more than 100";
  return null;
}

/**
 * Splits net pay across accounts, in the order given (fixed amounts and percents by priority, the
 * remainder account last). A fixed amount or percent larger than what is left takes only what is
 * left, so the parts always add up to net pay exactly; a percent is of net pay, rounded half-up to
 * the cent at this point. Returns one amount per split, in the same order.
 */
export function splitNetPay(net: Decimal, splits: readonly DepositSplit[]): Decimal[] {
  let left = net;
  const amounts: Decimal[] = splits.map(() => new Decimal(0));
  const remainderIndex = splits.findIndex((s) => s.kind === "remainder");
  splits.forEach((split, i) => {
    if (split.kind === "remainder") return;
    const wanted =
      split.kind === "amount"
        ? new Decimal(split.amount)
        : roundCents(net.times(split.percent).dividedBy(100), RoundingRule.HalfUp);
    const paid = Decimal.min(wanted, left);
    amounts[i] = paid;
    left = left.minus(paid);
  });
  if (remainderIndex >= 0) amounts[remainderIndex] = left;
  return amounts;
}

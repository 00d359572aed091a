import { addBusinessDays } from "../ledger/business-days";
import type { Decimal } from "../money/decimal";
import { type AccountType, type DepositSplit, splitNetPay } from "./bank-account";

/**
 * Who a pay run's file pays, to which accounts, and who is paid by check instead. Pure: the accounts
 * and prenote states come in as data, the effective entry date as a parameter.
 */

/** Banking days after a prenote's effective date with no return before live credits may follow. */
export const PRENOTE_WAIT_BUSINESS_DAYS = 3;

export type PlanAccount = {
  id: string;
  routingNumber: string;
  accountType: AccountType;
  split: DepositSplit;
  prenoteStatus: "required" | "sent" | "passed" | "failed";
  prenoteRunId: string | null;
  prenoteEffective: string | null;
};

export type PlanPaycheck = { employeeId: string; net: Decimal; accounts: readonly PlanAccount[] };

export type CheckReason = "no_account" | "prenote_pending" | "prenote_failed";

export type DepositPlan = {
  credits: { employeeId: string; accountId: string; amount: Decimal }[];
  /** Zero-dollar prenotes: accounts not yet proven, sent in this file. */
  prenotes: { employeeId: string; accountId: string }[];
  /** Paid by check, never dropped: the whole net of an employee with any account not yet proven. */
  checks: { employeeId: string; amount: Decimal; reason: CheckReason }[];
};

type AccountState = "live" | "prenote_now" | "pending" | "failed";

function stateOf(account: PlanAccount, runId: string, effectiveDate: string): AccountState {
  switch (account.prenoteStatus) {
    case "passed":
      return "live";
    case "failed":
      return "failed";
    case "required":
      return "prenote_now";
    case "sent":
      // The file that carried the prenote carries it again when built again (same bytes).
      if (account.prenoteRunId === runId) return "prenote_now";
      if (
        account.prenoteEffective !== null &&
        addBusinessDays(account.prenoteEffective, PRENOTE_WAIT_BUSINESS_DAYS) <= effectiveDate
      )
        return "live";
      return "pending";
  }
}

/**
 * Plans the file of one run. An employee is paid by direct deposit only when every account of theirs
 * is proven (a split across a proven and an unproven account would send part of the pay where no
 * one has checked it arrives); otherwise the whole net is paid by check and unproven accounts get
 * their prenote. Employees with a zero net get nothing.
 */
export function planDirectDeposits(
  runId: string,
  paychecks: readonly PlanPaycheck[],
  effectiveDate: string,
): DepositPlan {
  const plan: DepositPlan = { credits: [], prenotes: [], checks: [] };
  for (const paycheck of paychecks) {
    if (paycheck.accounts.length === 0) {
      if (paycheck.net.greaterThan(0))
        plan.checks.push({ employeeId: paycheck.employeeId, amount: paycheck.net, reason: "no_account" });
      continue;
    }
    const states = paycheck.accounts.map((a) => stateOf(a, runId, effectiveDate));
    paycheck.accounts.forEach((account, i) => {
      if (states[i] === "prenote_now")
        plan.prenotes.push({ employeeId: paycheck.employeeId, accountId: account.id });
    });
    if (states.every((s) => s === "live")) {
      const amounts = splitNetPay(
        paycheck.net,
        paycheck.accounts.map((a) => a.split),
      );
      paycheck.accounts.forEach((account, i) => {
        const amount = amounts[i] as Decimal;
        if (amount.greaterThan(0))
          plan.credits.push({ employeeId: paycheck.employeeId, accountId: account.id, amount });
      });
    } else if (paycheck.net.greaterThan(0)) {
      plan.checks.push({
        employeeId: paycheck.employeeId,
        amount: paycheck.net,
        reason: states.includes("failed") ? "prenote_failed" : "prenote_pending",
      });
    }
  }
  return plan;
}

import { Decimal } from "../money/decimal";
import { formatHours, type Hours } from "../timesheets/hours";
import type { PtoPolicy } from "./pto-policy";
import type { PtoType } from "./pto-types";

export type PtoBalanceCheck =
  | { ok: true; balanceAfter: Hours }
  | { ok: false; balance: Hours; requested: Hours; message: string };

/**
 * Whether a PTO request fits the balance. `available` is the balance minus hours already requested
 * and still pending. Over the balance is refused, with the balance in the message, unless the
 * client allows negative balances (then down to its limit, when it sets one).
 */
export function checkPtoBalance(input: {
  policy: PtoPolicy;
  type: PtoType;
  available: Hours;
  requested: Hours;
}): PtoBalanceCheck {
  const available = new Decimal(input.available);
  const requested = new Decimal(input.requested);
  const after = available.minus(requested);
  if (after.greaterThanOrEqualTo(0)) return { ok: true, balanceAfter: formatHours(after) };
  if (input.policy.allowNegativeBalance) {
    const limit = input.policy.negativeBalanceLimitHours;
    if (limit === undefined || after.greaterThanOrEqualTo(new Decimal(limit).negated())) {
      return { ok: true, balanceAfter: formatHours(after) };
    }
    return {
      ok: false,
      balance: formatHours(available),
      requested: formatHours(requested),
      message: `You asked for ${formatHours(requested)} hours of ${input.type} but your balance is ${formatHours(available)} hours, and your employer allows at most ${formatHours(limit)} hours below zero.`,
    };
  }
  return {
    ok: false,
    balance: formatHours(available),
    requested: formatHours(requested),
    message: `You asked for ${formatHours(requested)} hours of ${input.type} but your balance is ${formatHours(available)} hours.`,
  };
}

import { DomainError } from "../../errors/domain-error";
import { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { hourly, num, usd } from "./format";
import { isPositive, ZERO } from "./math";

/** A posted paycheck as retro pay reads it: its period and its hour lines at the rate paid. */
export type PaidPeriod = {
  periodStart: string;
  periodEnd: string;
  earnings: readonly { code: string; amount: string; hours?: string; rate?: string }[];
};

export type RetroPay = {
  /** What is owed, in cents: the sum over the periods, rounded once. */
  amount: Decimal;
  /** The periods it covers, oldest first. */
  periods: { periodStart: string; periodEnd: string; amount: Decimal }[];
  explanation: string[];
};

/**
 * How much of the FLSA premium each overtime hour line carries on top of straight time: raising the
 * rate raises the regular rate by as much, so an overtime hour owes half the difference again and a
 * double-time hour the whole difference again (their straight time is on the same line).
 */
const PREMIUM_SHARE: Record<string, Decimal> = {
  regular: ZERO,
  overtime: new Decimal("0.5"),
  double_time: new Decimal(1),
};

/**
 * Retro pay for a rate raised with effect from `effectiveFrom`: every hour paid in the periods that
 * start on or after that day, at a lower rate, is owed the difference (overtime hours their premium
 * on it too). Salary and bonus lines are not hour lines and owe nothing here. One rounding, half up
 * to cents, on the total.
 *
 * @throws DomainError `input.invalid` when `effectiveFrom` falls inside a paid period (the hours of a
 *   period are kept per period, not per day), when the new rate is not above every rate paid since,
 *   or when no hour was paid since.
 * @see 29 CFR 778.303 (retroactive wage increases and the overtime regular rate)
 */
export function computeRetroPay(
  paid: readonly PaidPeriod[],
  newRate: Decimal,
  effectiveFrom: string,
): RetroPay {
  const straddling = paid.find((p) => p.periodStart < effectiveFrom && p.periodEnd >= effectiveFrom);
  if (straddling)
    throw new DomainError(
      "input.invalid",
      `--effective: ${effectiveFrom} falls inside the paid period ${straddling.periodStart}–${straddling.periodEnd}; retro pay is computed per whole period (give that period's first day or the next one's)`,
    );
  const covered = paid
    .filter((p) => p.periodStart >= effectiveFrom)
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const periods: RetroPay["periods"] = [];
  const explanation: string[] = [];
  let total = ZERO;
  for (const p of covered) {
    let owed = ZERO;
    for (const line of p.earnings) {
      const share = PREMIUM_SHARE[line.code];
      if (share === undefined || line.hours === undefined || line.rate === undefined) continue;
      const hours = new Decimal(line.hours);
      const rate = new Decimal(line.rate);
      const difference = newRate.minus(rate);
      if (!isPositive(difference))
        throw new DomainError(
          "input.invalid",
          `--rate: ${newRate.toFixed()} is not above the ${rate.toFixed()} paid in ${p.periodStart}–${p.periodEnd}; a lower rate is a recovery, not retro pay`,
        );
      owed = owed.plus(hours.times(difference).times(share.plus(1)));
      explanation.push(
        `${p.periodStart}–${p.periodEnd}: ${num(hours)} ${line.code.replace("_", " ")} hours × ${hourly(difference)} more${share.isZero() ? "" : ` × ${share.plus(1).toFixed()}`}.`,
      );
    }
    if (isPositive(owed)) periods.push({ periodStart: p.periodStart, periodEnd: p.periodEnd, amount: owed });
    total = total.plus(owed);
  }
  if (!isPositive(total))
    throw new DomainError(
      "input.invalid",
      `--effective: no hours were paid in periods starting on or after ${effectiveFrom}`,
    );
  // Rounding point: once, on the total owed, half up to cents.
  const amount = roundCents(total, RoundingRule.HalfUp);
  explanation.push(`Retro pay at ${hourly(newRate)} from ${effectiveFrom}: ${usd(amount)}.`);
  return { amount, periods, explanation };
}

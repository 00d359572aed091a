import { DomainError } from "../../errors/domain-error";
import { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { hourly, num, usd } from "./format";
import { count, isPositive, min, ZERO } from "./math";
import { deriveTimesheetHours } from "./overtime/derive-hours";
import type { EarningInput, TimesheetInput } from "./paycheck-input";

/** One computed earning line, rounded to cents. */
export type ComputedEarning = {
  code: "regular" | "overtime" | "double_time" | "salary" | "bonus" | "overtime_premium";
  amount: Decimal;
  hours?: Decimal;
  rate?: Decimal;
};

/** Result of {@link computeEarnings}. */
export type ComputedEarnings = {
  lines: ComputedEarning[];
  gross: Decimal;
  /** Whole overtime premium (the part above straight time), cents. */
  premium: Decimal;
  /** The FLSA-required part of the premium (W-2 code TT "qualified overtime"), cents. */
  flsaPremium: Decimal;
  /** Premium owed only under state law (California daily overtime), cents. */
  stateOnlyPremium: Decimal;
  explanation: string[];
};

const HALF = new Decimal("0.5");
const ONE_AND_HALF = new Decimal("1.5");
const TWO = new Decimal(2);

/** Rounding point: each earning line is paid in cents, half-up (the premium rounded once, after full precision). */
function cents(value: Decimal): Decimal {
  return roundCents(value, RoundingRule.HalfUp);
}

/**
 * Gross pay with the overtime premium shown apart from straight time.
 *
 * Hour lines: every hour (regular and overtime) is paid at its line rate as straight time; the premium
 * is half the FLSA regular rate for each overtime hour, where the regular rate is all straight-time pay
 * (hourly pay, salary, non-discretionary bonuses) ÷ all hours worked in the period. Discretionary
 * bonuses stay out of the regular rate. A salary line counts its `hours` (default 40 a week) in the
 * divisor. For periods longer than a week the hour-line form treats the period as one workweek; use
 * the timesheet form for per-workweek precision.
 *
 * Timesheet form: hours are split by {@link deriveTimesheetHours}. Under the FLSA rule non-discretionary
 * bonuses are spread over all hours (778.209(b)), so the regular rate is `rate + bonus ÷ hours`. Under
 * the California rule a flat-sum bonus is divided by non-overtime hours only and paid at 1.5× (2× for
 * double time) on overtime hours (*Alvarado v. Dart Container*); the FLSA-required premium is still
 * computed on the federal basis, and the difference is state-only premium.
 *
 * @see 29 CFR 778.107–778.115 (regular rate; 778.110(b) worked example), 778.208–778.211 (bonuses)
 * @see Cal. Lab. Code §510; Alvarado v. Dart Container Corp., 4 Cal.5th 542 (2018)
 */
export function computeEarnings(
  earnings: readonly EarningInput[],
  timesheet: TimesheetInput | undefined,
  periodsPerYear: number,
): ComputedEarnings {
  const lines: ComputedEarning[] = [];
  const explanation: string[] = [];
  let nondiscretionaryBonus = ZERO;
  let salary = ZERO;
  let salaryHours = ZERO;
  let hourlyStraight = ZERO;
  let hours = ZERO;
  let overtimeHours = ZERO;

  for (let i = 0; i < earnings.length; i++) {
    const e = earnings[i]!;
    if (e.code === "bonus") {
      const amount = cents(new Decimal(e.amount));
      lines.push({ code: "bonus", amount });
      if (e.nondiscretionary === false) {
        explanation.push(`Bonus: ${usd(amount)} (discretionary, so it does not change your overtime rate).`);
      } else {
        nondiscretionaryBonus = nondiscretionaryBonus.plus(amount);
        explanation.push(`Bonus: ${usd(amount)} (it counts toward the regular rate used for overtime).`);
      }
    } else if (e.code === "salary") {
      if (timesheet)
        throw new DomainError(
          "input.invalid",
          `earnings[${i}]: a salary cannot be combined with a timesheet`,
        );
      const amount = cents(new Decimal(e.amount));
      salary = salary.plus(amount);
      salaryHours = salaryHours.plus(
        e.hours === undefined ? count(2080).dividedBy(count(periodsPerYear)) : new Decimal(e.hours),
      );
      lines.push({ code: "salary", amount });
      explanation.push(`Salary for this pay period: ${usd(amount)}.`);
    } else {
      if (timesheet)
        throw new DomainError(
          "input.invalid",
          `earnings[${i}]: hour lines cannot be combined with a timesheet`,
        );
      const h = new Decimal(e.hours);
      const rate = new Decimal(e.rate);
      const amount = cents(h.times(rate));
      hourlyStraight = hourlyStraight.plus(h.times(rate));
      hours = hours.plus(h);
      lines.push({ code: e.code, amount, hours: h, rate });
      if (e.code === "overtime") {
        overtimeHours = overtimeHours.plus(h);
        explanation.push(
          `Overtime hours at your straight rate: ${num(h)} hours × ${hourly(rate)} = ${usd(amount)} (the overtime premium is added below).`,
        );
      } else {
        explanation.push(`Regular pay: ${num(h)} hours × ${hourly(rate)} = ${usd(amount)}.`);
      }
    }
  }

  let premium = ZERO;
  let flsaPremium = ZERO;
  if (timesheet) {
    const split = deriveTimesheetHours({
      rule: timesheet.rule,
      days: timesheet.days,
      ...(timesheet.workweekStart === undefined ? {} : { workweekStart: timesheet.workweekStart }),
    });
    const rate = new Decimal(timesheet.rate);
    const add = (code: "regular" | "overtime" | "double_time", h: Decimal, label: string) => {
      if (code !== "regular" && h.isZero()) return;
      const amount = cents(h.times(rate));
      lines.unshift({ code, amount, hours: h, rate });
      explanation.unshift(`${label}: ${num(h)} hours × ${hourly(rate)} = ${usd(amount)}.`);
    };
    // unshift in reverse so the order reads regular, overtime, double time, then bonuses.
    add("double_time", split.doubleTime, "Double-time hours at your straight rate (premium below)");
    add("overtime", split.overtime, "Overtime hours at your straight rate (premium below)");
    add("regular", split.regular, "Regular pay");
    const total = split.total;
    if (isPositive(total)) {
      const flsaRate = rate.plus(nondiscretionaryBonus.dividedBy(total));
      flsaPremium = HALF.times(flsaRate).times(split.flsaOvertime);
      if (timesheet.rule === "flsa") {
        premium = flsaPremium;
        if (isPositive(premium))
          explanation.push(
            premiumLine(
              rate.times(total),
              nondiscretionaryBonus,
              total,
              flsaRate,
              split.flsaOvertime,
              cents(premium),
            ),
          );
      } else {
        const straightHours = isPositive(split.regular) ? split.regular : total;
        const bonusPerHour = nondiscretionaryBonus.dividedBy(straightHours);
        premium = split.overtime
          .times(HALF.times(rate).plus(ONE_AND_HALF.times(bonusPerHour)))
          .plus(split.doubleTime.times(rate.plus(TWO.times(bonusPerHour))));
        if (isPositive(premium)) {
          const parts: string[] = [];
          if (isPositive(split.overtime))
            parts.push(`half of ${hourly(rate)} for each of ${num(split.overtime)} overtime hours`);
          if (isPositive(split.doubleTime))
            parts.push(`another ${hourly(rate)} for each of ${num(split.doubleTime)} double-time hours`);
          if (isPositive(nondiscretionaryBonus))
            parts.push(
              `your bonus spread over your ${num(straightHours)} non-overtime hours (${hourly(bonusPerHour)} an hour) at 1.5× for overtime and 2× for double time`,
            );
          explanation.push(
            `Overtime premium (California daily and weekly overtime): ${parts.join(", plus ")} = ${usd(cents(premium))}.`,
          );
        }
      }
    }
  } else if (isPositive(overtimeHours)) {
    const divisorHours = hours.plus(salary.isZero() ? ZERO : salaryHours);
    const regularRate = hourlyStraight.plus(salary).plus(nondiscretionaryBonus).dividedBy(divisorHours);
    premium = HALF.times(regularRate).times(overtimeHours);
    flsaPremium = premium;
    explanation.push(
      premiumLine(
        hourlyStraight.plus(salary),
        nondiscretionaryBonus,
        divisorHours,
        regularRate,
        overtimeHours,
        cents(premium),
      ),
    );
  }

  // Rounding point: the premium is rounded once to cents, half-up, after full-precision arithmetic.
  const premiumCents = cents(premium);
  const flsaCents = min(cents(flsaPremium), premiumCents);
  if (isPositive(premiumCents)) lines.push({ code: "overtime_premium", amount: premiumCents });
  const gross = lines.reduce((a, l) => a.plus(l.amount), ZERO);
  explanation.push(`Gross pay: ${usd(gross)}.`);
  return {
    lines,
    gross,
    premium: premiumCents,
    flsaPremium: flsaCents,
    stateOnlyPremium: premiumCents.minus(flsaCents),
    explanation,
  };
}

function premiumLine(
  straight: Decimal,
  bonus: Decimal,
  hours: Decimal,
  regularRate: Decimal,
  overtimeHours: Decimal,
  premium: Decimal,
): string {
  const pay = isPositive(bonus)
    ? `(${usd(straight)} straight-time pay + ${usd(bonus)} bonus) ÷ ${num(hours)} hours`
    : `${usd(straight)} ÷ ${num(hours)} hours`;
  return `Overtime premium: your regular rate this period is ${pay} = ${hourly(regularRate)} an hour; half of that for each of ${num(overtimeHours)} overtime hours = ${usd(premium)}.`;
}

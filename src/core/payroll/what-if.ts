import { DomainError } from "../../errors/domain-error";
import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { deriveTimesheetHours } from "./overtime/derive-hours";
import type { EarningInput, FederalW4Input, PaycheckInput, StateW4Input } from "./paycheck-input";

/** A change an employee asks to preview on their last paycheck. Nothing is saved by a preview. */
export type WhatIfChange =
  /** "What if I put 10% in my 401(k)?": the traditional 401(k) becomes this percent of gross pay. */
  | { kind: "401k_percent"; percent: string }
  /** "What if I change my W-4 to married?": the federal filing status, the rest of the W-4 kept. */
  | {
      kind: "filing_status";
      filingStatus: "single" | "married_jointly" | "married_separately" | "head_of_household";
    }
  /** "What would 6 hours of overtime pay?": that many more overtime hours at the regular rate. */
  | { kind: "overtime_hours"; hours: string }
  /** A whole new federal W-4, and state certificate lines when given (the W-4 form's preview). */
  | { kind: "federal_w4"; federalW4: FederalW4Input; stateW4?: StateW4Input | undefined }
  /**
   * A move: the home locality code after an address change (null → no resident local tax). State
   * withholding follows the work state, so a move changes the check through the resident local tax.
   */
  | { kind: "home_locality"; home: string | null };

const DEFAULT_SALARY_HOURS_PER_YEAR = 2080;

/**
 * The last paycheck's engine input with one change applied, for the engine to compute again. The
 * year-to-date figures stay those of the last paycheck, so the preview answers "that same paycheck,
 * with this change". A timesheet is turned into the hour lines it derives, so the extra overtime
 * hours are paid as overtime whatever day they would fall on.
 *
 * @throws DomainError `input.invalid` when the paycheck has no hourly or salary pay to add overtime to.
 */
export function applyWhatIf(
  input: PaycheckInput,
  change: WhatIfChange,
  periodsPerYear: number,
): PaycheckInput {
  const { id: _id, ...rest } = input;
  switch (change.kind) {
    case "401k_percent": {
      const others = (input.deductions ?? []).filter((d) => d.code !== "401k");
      return { ...rest, deductions: [...others, { code: "401k", percent: change.percent }] };
    }
    case "filing_status": {
      const w4 = input.federalW4;
      const federalW4: FederalW4Input =
        w4.version === 2020
          ? { ...w4, filingStatus: change.filingStatus }
          : {
              version: 2020,
              filingStatus: change.filingStatus,
              ...(w4.extraWithholding ? { step4cExtraWithholding: w4.extraWithholding } : {}),
            };
      return { ...rest, federalW4 };
    }
    case "federal_w4":
      return {
        ...rest,
        federalW4: change.federalW4,
        ...(change.stateW4 ? { stateW4: { ...input.stateW4, ...change.stateW4 } } : {}),
      };
    case "overtime_hours":
      return withOvertime(rest, Money.of(change.hours), periodsPerYear);
    case "home_locality": {
      const { home: _home, ...others } = input.localities ?? {};
      const localities = change.home ? { ...others, home: change.home } : others;
      return { ...rest, localities };
    }
  }
}

function withOvertime(input: PaycheckInput, extra: Money, periodsPerYear: number): PaycheckInput {
  const earnings: EarningInput[] = [...input.earnings];
  let rate: string | undefined;
  const { timesheet, ...rest } = input;
  if (timesheet) {
    const split = deriveTimesheetHours({
      rule: timesheet.rule,
      days: timesheet.days,
      ...(timesheet.workweekStart === undefined ? {} : { workweekStart: timesheet.workweekStart }),
    });
    rate = timesheet.rate;
    // Double-time hours have no hour line of their own: they are paid as overtime here, which only
    // matters for a California week that already had them.
    earnings.unshift(
      { code: "regular", hours: split.regular.toFixed(2), rate },
      ...(split.overtime.plus(split.doubleTime).isZero()
        ? []
        : [{ code: "overtime" as const, hours: split.overtime.plus(split.doubleTime).toFixed(2), rate }]),
    );
  }
  const regular = earnings.find((e) => e.code === "regular");
  if (regular && "rate" in regular) rate = regular.rate;
  const salary = earnings.find((e) => e.code === "salary");
  if (!rate && salary && salary.code === "salary") {
    // A salary's straight-time hourly rate: the period's salary over the hours it covers (40 a week
    // unless the salary line says), rounded to the cent as a pay rate is stated.
    const hours = salary.hours
      ? Money.of(salary.hours)
      : Money.of(DEFAULT_SALARY_HOURS_PER_YEAR).dividedBy(periodsPerYear);
    rate = Money.of(salary.amount)
      .times(periodsPerYear)
      .dividedBy(hours.times(periodsPerYear).toFixed())
      .round(RoundingRule.HalfUp)
      .toFixed();
  }
  if (!rate)
    throw new DomainError("input.invalid", "hours: the last paycheck has no hourly or salary pay", {
      userMessage: "Your last paycheck had no hourly or salary pay to add overtime to.",
    });
  const existing = earnings.findIndex((e) => e.code === "overtime");
  const prior = existing >= 0 ? earnings[existing] : undefined;
  if (prior && prior.code === "overtime")
    earnings[existing] = { ...prior, hours: Money.of(prior.hours).plus(extra).toFixed() };
  else earnings.push({ code: "overtime", hours: extra.toFixed(), rate });
  return { ...rest, earnings };
}

import { Decimal } from "../../../money/decimal";
import { OREGON } from "../../../tables/states/or";
import { constant, num, usd } from "../../format";
import { atLeastZero, compare, count, isPositive, min, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Oregon (Withholding Tax Formulas 150-206-436): base = annual wages − the period's federal income
 * tax annualized (capped, the cap phasing out by wages) − the standard deduction; tax by the
 * schedule, + one allowance-credit amount when annual wages are up to $50,000 (the formula's lower
 * tables); − allowances × the credit (none over $100,000 single / $200,000 married); ÷ pay periods;
 * plus OR-W-4 extra. Married, or single with 3 or more allowances, uses the married schedule and
 * deduction; "married, withhold at the single rate" and head of household use the single one.
 * With no OR-W-4 on file: single with no allowances. Oregon wages follow federal income-tax wages.
 *
 * @see ORS 316.167, 316.172; Oregon DOR 150-206-436, Form OR-W-4
 */
export const oregon: StateWithholdingModule = {
  code: "OR",
  name: "Oregon",
  compute(ctx) {
    const table = stateTable(ctx, OREGON, "OR");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Oregon income tax: none, you are exempt." };
    const allowances = ctx.stateW4?.allowances ?? 0;
    const useMarried = ctx.stateW4?.filingStatus === "married" || allowances >= 3;
    const schedule = useMarried ? table.married : table.single;
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    let cap = constant(table.federalMaximum);
    for (const [atLeast, phased] of schedule.federalPhaseOut)
      if (compare(annual, constant(atLeast)) >= 0) cap = constant(phased);
    const federal = min(ctx.federalIncomeTax.times(periods), cap);
    const deduction = constant(schedule.standardDeduction);
    const base = atLeastZero(annual.minus(federal).minus(deduction));
    const credit = constant(table.allowanceCredit);
    const lowWage = compare(annual, constant(table.lowWageLimit)) <= 0;
    const scheduleTax = graduatedTax(base, schedule.rates).tax;
    const gross = isPositive(base) && lowWage ? scheduleTax.plus(credit) : scheduleTax;
    // The credit cut-off follows the marked status, not the schedule (single with 3+ allowances: $100,000).
    const married = ctx.stateW4?.filingStatus === "married";
    const limit = constant((married ? table.married : table.single).noCreditOver);
    const counted = compare(annual, limit) > 0 ? 0 : allowances;
    const credits = credit.times(counted);
    const annualTax = atLeastZero(gross.minus(credits));
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    return {
      wages,
      tax,
      explanation: `Oregon income tax (${useMarried ? "married" : "single"} schedule): ${usd(annual)} a year − ${usd(federal)} federal tax − ${usd(deduction)} standard deduction = ${usd(base)}; tax ${usd(gross)} − ${num(new Decimal(counted))} allowances × ${usd(credit)} = ${usd(annualTax)} ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

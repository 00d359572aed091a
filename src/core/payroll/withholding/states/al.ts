import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { ALABAMA, type AlabamaStandardDeduction } from "../../../tables/states/al";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, compare, count, isPositive, max, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Alabama (Withholding Tax Tables and Instructions, formula method): annual wages − the standard
 * deduction for the A-4 status (phased down as wages rise) − the annual federal income tax withheld
 * − the personal exemption − dependents (A-4 line 4) × the dependent exemption for the wage level,
 * taxed 2%/4%/5% (married brackets doubled), ÷ pay periods, plus the line 5 extra. The A-4 boxes
 * are `filingStatus` (single, married, married_separately, head_of_household) and `allowances: 0`
 * for line 1, "0": no personal exemption, single's deduction and rates. With no A-4 on file the
 * employee is withheld on as Single claiming $1,500 with no dependents; an A-4 with no status
 * marked takes the federal W-4's. Alabama wages follow federal income-tax wages. Full precision,
 * one rounding to cents half-up.
 *
 * @see Ala. Code 40-18-5, 40-18-15, 40-18-19, 40-18-71, 40-18-73
 */
export const alabama: StateWithholdingModule = {
  code: "AL",
  name: "Alabama",
  compute(ctx) {
    const table = stateTable(ctx, ALABAMA, "AL");
    const wages = ctx.wages.federal;
    const a4 = ctx.stateW4;
    if (a4?.exempt) return { wages, tax: ZERO, explanation: "Alabama income tax: none, you are exempt." };
    const marked = a4 ? certificateStatus(ctx) : "single";
    const status =
      marked === "married_two_incomes"
        ? "married"
        : marked === "married" || marked === "married_separately" || marked === "head_of_household"
          ? marked
          : "single";
    const noExemption = a4?.allowances === 0;
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const standard = standardDeduction(annual, table.standardDeduction[status]);
    const federal = ctx.federalIncomeTax.times(periods);
    const personal = noExemption ? ZERO : constant(table.personalExemption[status]);
    const dependents = a4?.dependents ?? 0;
    let each = ZERO;
    for (const [over, amount] of table.dependentExemption)
      if (over === "0" || compare(annual, constant(over)) > 0) each = constant(amount);
    const dependentAmount = count(dependents).times(each);
    const taxable = atLeastZero(annual.minus(standard).minus(federal).minus(personal).minus(dependentAmount));
    const { tax: annualTax, rate } = graduatedTax(
      taxable,
      status === "married" ? table.married : table.single,
    );
    const extra = new Decimal(a4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = a4
      ? noExemption
        ? 'status "0"'
        : status.replaceAll("_", " ")
      : "no A-4 on file, so single";
    const dependentWords =
      dependents > 0 ? ` − ${usd(dependentAmount)} for ${num(count(dependents))} dependents` : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Alabama income tax (${basis}): annualized wages ${usd(annual)} − ${usd(standard)} standard deduction − ${usd(federal)} federal income tax (${usd(ctx.federalIncomeTax)} × ${ctx.periodsPerYear}) − ${usd(personal)} personal exemption${dependentWords} = ${usd(taxable)}; tax ${usd(annualTax)} (top rate ${percent(rate)}) ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/** The deduction at `annual` wages: the maximum, less one reduction per step (or part) above the threshold. */
function standardDeduction(annual: Decimal, d: AlabamaStandardDeduction): Decimal {
  const above = annual.minus(constant(d.over));
  if (!isPositive(above)) return constant(d.max);
  const steps = above.dividedBy(constant(d.step)).ceil();
  return max(constant(d.max).minus(steps.times(constant(d.reduction))), constant(d.min));
}

import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { IOWA, type IowaYear } from "../../../tables/states/ia";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import type { StateFilingStatus } from "../../paycheck-input";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { printedBracketTax } from "./printed-brackets";
import type { StateWithholdingModule } from "./state-module";

/**
 * Iowa (Withholding Tax Guide, annualized formula): annual wages − the federal income tax withheld
 * × pay periods (in the years Iowa allowed it) − the standard deduction (by the IA W-4 allowances
 * before 2025, by its status since), taxed by the printed table, − the yearly credit × the IA W-4
 * allowances, ÷ pay periods, plus the IA W-4 extra. With no IA W-4 on file no allowances are
 * claimed and the "other" status applies; an IA W-4 with no status marked takes the federal W-4's.
 * Iowa wages follow federal income-tax wages. Full precision, one rounding to cents half-up.
 *
 * @see Iowa Code 422.5, 422.12, 422.16
 */
export const iowa: StateWithholdingModule = {
  code: "IA",
  name: "Iowa",
  compute(ctx) {
    const table = stateTable(ctx, IOWA, "IA");
    const wages = ctx.wages.federal;
    const w4 = ctx.stateW4;
    if (w4?.exempt) return { wages, tax: ZERO, explanation: "Iowa income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const federal = table.federalDeduction ? ctx.federalIncomeTax.times(periods) : ZERO;
    const claimed = w4?.allowances ?? 0;
    const standard = constant(
      standardDeduction(table.standardDeduction, claimed, w4 ? certificateStatus(ctx) : undefined),
    );
    const taxable = atLeastZero(annual.minus(federal).minus(standard));
    const { tax: gross, rate } = printedBracketTax(taxable, table.rows);
    const credit = count(claimed).times(constant(table.allowanceCredit));
    const annualTax = atLeastZero(gross.minus(credit));
    const extra = new Decimal(w4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const federalWords = table.federalDeduction
      ? ` − ${usd(federal)} federal income tax (${usd(ctx.federalIncomeTax)} × ${ctx.periodsPerYear})`
      : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Iowa income tax: annualized wages ${usd(annual)}${federalWords} − ${usd(standard)} standard deduction = ${usd(taxable)}; tax ${usd(gross)} (top rate ${percent(rate)}) − ${usd(credit)} credit for ${num(count(claimed))} allowances = ${usd(annualTax)} a year; ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/**
 * The year's standard deduction. On the status-based IA W-4, `married` is married filing jointly with
 * a spouse who has no earned income; `married_two_incomes` (spouse with earned income), single and
 * married filing separately take the "other" amount.
 */
function standardDeduction(
  deduction: IowaYear["standardDeduction"],
  allowances: number,
  status: StateFilingStatus | undefined,
): string {
  if (deduction.by === "allowances") return allowances >= 2 ? deduction.twoOrMore : deduction.zeroOrOne;
  if (status === "married") return deduction.marriedOneEarner;
  if (status === "head_of_household") return deduction.headOfHousehold;
  return deduction.other;
}

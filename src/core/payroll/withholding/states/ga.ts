import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { GEORGIA } from "../../../tables/states/ga";
import { constant, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

const STATUS_WORDS = {
  single: "single",
  married_two_incomes: "married, both spouses working",
  married: "married, one spouse working",
  married_separately: "married filing separately",
  head_of_household: "head of household",
} as const;

/**
 * Georgia (Employer's Tax Guide, percentage method): annual wages − the standard deduction for the
 * G-4 line 3 status − personal allowances (line 4, as many as claimed) − dependent and additional
 * allowances (lines 5 and 6), taxed by the status's annual table, ÷ pay periods, plus the line 7
 * extra. With no G-4 on file Georgia withholds as Single with zero allowances; a G-4 with no status
 * marked takes the federal W-4's. Georgia wages follow federal income-tax wages. Full precision,
 * one rounding to cents half-up.
 *
 * @see O.C.G.A. 48-7-20, 48-7-101, 48-7-102
 */
export const georgia: StateWithholdingModule = {
  code: "GA",
  name: "Georgia",
  compute(ctx) {
    const table = stateTable(ctx, GEORGIA, "GA");
    const wages = ctx.wages.federal;
    const g4 = ctx.stateW4;
    if (g4?.exempt) return { wages, tax: ZERO, explanation: "Georgia income tax: none, you are exempt." };
    const statusKey = g4 ? certificateStatus(ctx) : "single";
    const status = table[statusKey];
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const standard = constant(status.standardDeduction);
    const personal = count(g4?.allowances ?? 0).times(constant(status.personalAllowance));
    const dependents = count((g4?.dependents ?? 0) + (g4?.additionalAllowances ?? 0)).times(
      constant(table.dependentAllowance),
    );
    const taxable = atLeastZero(annual.minus(standard).minus(personal).minus(dependents));
    const { tax: annualTax, rate } = graduatedTax(taxable, status.schedule);
    const extra = new Decimal(g4?.extraWithholding ?? 0);
    // Rounding point: once, half-up to cents.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const basis = g4 ? STATUS_WORDS[statusKey] : "no G-4 on file, so single with no allowances";
    const personalWords = isPositive(personal) ? ` − ${usd(personal)} personal allowances` : "";
    const dependentWords = isPositive(dependents) ? ` − ${usd(dependents)} dependent allowances` : "";
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    return {
      wages,
      tax,
      explanation: `Georgia income tax (${basis}): annualized wages ${usd(annual)} − ${usd(standard)} standard deduction${personalWords}${dependentWords} = ${usd(taxable)}; tax ${usd(annualTax)} (top rate ${percent(rate)}) ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

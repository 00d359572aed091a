import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { LOUISIANA } from "../../../tables/states/la";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, isPositive, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * Louisiana (R-1306 computer formula), on annual figures ÷ pay periods, plus L-4 extra withholding.
 * Through 2024 (exemptions method): L-4 line 6A personal exemptions (`allowances`, 0–2) pick the
 * formula (2 → married, else single, whatever the marital status) and with line 6B dependents
 * (`dependents`) make a credit taxed at the formula's own rates, taken from the tax on wages. From
 * 2025 (flat method): the flat rate on wages less the standard deduction of the L-4 filing status
 * (married and head of household take the joint one). With no L-4 on file: single with no
 * exemptions. Louisiana wages follow federal income-tax wages. The 2025 L-4's choice of no standard
 * deduction has no field here.
 *
 * @see La. R.S. 47:32, 47:112, 47:294
 */
export const louisiana: StateWithholdingModule = {
  code: "LA",
  name: "Louisiana",
  compute(ctx) {
    const table = stateTable(ctx, LOUISIANA, "LA");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Louisiana income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const extra = new Decimal(ctx.stateW4?.extraWithholding ?? 0);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    const { annualTax, words } =
      table.method === "flat" ? flat(ctx, table, annual) : exemptions(ctx, table, annual);
    // Rounding point: once, half-up to cents, after the annual tax is spread over the pay periods.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    return {
      wages,
      tax,
      explanation: `Louisiana income tax: annualized wages ${usd(annual)}${words} = ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

type Method<M> = Extract<(typeof LOUISIANA)[number]["value"], { method: M }>;

function flat(ctx: StateWithholdingContext, table: Method<"flat">, annual: Decimal) {
  const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
  const joint = status === "married" || status === "head_of_household";
  const deduction = constant(joint ? table.standardDeductionJoint : table.standardDeductionSingle);
  const rate = constant(table.rate);
  const taxable = atLeastZero(annual.minus(deduction));
  return {
    annualTax: taxable.times(rate),
    words: ` − ${usd(deduction)} standard deduction = ${usd(taxable)}; × ${percent(rate)}`,
  };
}

function exemptions(ctx: StateWithholdingContext, table: Method<"exemptions">, annual: Decimal) {
  const personal = ctx.stateW4?.allowances ?? 0;
  const dependents = ctx.stateW4?.dependents ?? 0;
  const formula = personal >= 2 ? table.married : table.single;
  const exemptionAmount = new Decimal(personal)
    .times(constant(table.personalExemption))
    .plus(new Decimal(dependents).times(constant(table.dependent)));
  const onWages = graduatedTax(annual, formula.wages).tax;
  const credit = graduatedTax(exemptionAmount, formula.credit).tax;
  return {
    annualTax: atLeastZero(onWages.minus(credit)),
    words: `: ${personal >= 2 ? "married" : "single"} formula ${usd(onWages)} − ${usd(credit)} credit for ${usd(exemptionAmount)} of exemptions (${num(new Decimal(personal))} personal, ${num(new Decimal(dependents))} dependents)`,
  };
}

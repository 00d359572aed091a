import { Decimal } from "../../../money/decimal";
import { MARYLAND } from "../../../tables/states/md";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, max, min, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * Maryland (Employer Withholding Guide, percentage method), state part: annual wages − standard
 * deduction (a share of wages between a minimum and maximum, or a flat amount) − MW507 line 1
 * exemptions (`allowances`) × the exemption amount, taxed by the single/MFS or joint/HOH schedule,
 * ÷ pay periods, plus MW507 line 2 extra. `filingStatus` is the MW507 status (married_separately
 * and single take the single schedule; married and head of household the joint one). With no MW507
 * on file: single with no exemptions, as the Comptroller directs. Maryland wages follow federal
 * income-tax wages. The county tax Maryland withholds with its own (MW507 county) is a local tax
 * (`local-taxes.ts`), computed when the request gives `localities`; otherwise the explanation says it
 * is not included.
 *
 * @see Md. Code, Tax–General §§10-105, 10-906, 10-908
 */
export const maryland: StateWithholdingModule = {
  code: "MD",
  name: "Maryland",
  compute(ctx) {
    const table = stateTable(ctx, MARYLAND, "MD");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Maryland income tax: none, you are exempt." };
    const { annual, standard, exemptions, exemptionAmount, taxable, joint } = marylandTaxableIncome(ctx);
    const periods = count(ctx.periodsPerYear);
    const { tax: annualTax, rate } = graduatedTax(taxable, joint ? table.joint : table.single);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    // Maryland withholds the county (or nonresident) income tax with its own. Without the request's
    // localities no county rates are applied, so the line says so rather than let the state part pass
    // for the whole; with them, the county tax is its own local-tax line.
    const where = ctx.stateW4?.locality ? ` (${ctx.stateW4.locality})` : "";
    const county = ctx.localTaxesFollow
      ? " County income tax follows on its own line."
      : ` County income tax${where} is not included: no county rates are loaded.`;
    return {
      wages,
      tax,
      explanation: `Maryland income tax: annualized wages ${usd(annual)} − ${usd(standard)} standard deduction − ${usd(exemptionAmount)} for ${num(exemptions)} exemptions = ${usd(taxable)}; ${joint ? "joint" : "single"} rates (top ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.${county}`,
    };
  },
};

/**
 * Maryland taxable income for the year at this check's rate of pay: annual wages − the standard
 * deduction − MW507 exemptions. The county income tax applies its rate to the same amount.
 */
export function marylandTaxableIncome(ctx: StateWithholdingContext) {
  const table = stateTable(ctx, MARYLAND, "MD");
  const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
  const joint = status === "married" || status === "head_of_household";
  const annual = ctx.wages.federal.times(count(ctx.periodsPerYear));
  const sd = table.standardDeduction;
  const standard = min(max(annual.times(constant(sd.rate)), constant(sd.minimum)), constant(sd.maximum));
  const exemptions = new Decimal(ctx.stateW4?.allowances ?? 0);
  const exemptionAmount = exemptions.times(constant(table.exemption));
  const taxable = atLeastZero(annual.minus(standard).minus(exemptionAmount));
  return { annual, standard, exemptions, exemptionAmount, taxable, joint };
}

import { Decimal } from "../../../money/decimal";
import { NEW_JERSEY } from "../../../tables/states/nj";
import { constant, dollars, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * New Jersey (NJ-WT percentage method): wages × pay periods − allowances × the allowance amount, tax
 * from the rate table (A–E), ÷ pay periods, plus extra withholding. NJ-W4 fields: `rateTable` = line 3
 * (the letter from the Wage Chart); without one, the table of the line 1 status (Single or Married/CU
 * partner separate → A; Married/CU couple joint, head of household, qualifying widow(er) → B; a
 * status not marked is taken from the federal W-4); allowances = line 4; extraWithholding = line 5.
 * With no NJ-W4 on file New Jersey withholds at rate table A with no allowances. New Jersey taxes HSA
 * contributions, so its wages are federal income-tax wages plus any HSA through Section 125.
 *
 * @see N.J.S.A. 54A:7-1; NJ-WT; Form NJ-W4
 */
export const newJersey: StateWithholdingModule = {
  code: "NJ",
  name: "New Jersey",
  compute(ctx) {
    const table = stateTable(ctx, NEW_JERSEY, "NJ");
    const wages = ctx.wages.federal.plus(ctx.wages.hsa);
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "New Jersey income tax: none, you are exempt." };
    const letter = rateTable(ctx);
    const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const exemptions = allowances.times(constant(table.allowance));
    const taxable = atLeastZero(annual.minus(exemptions));
    const { tax: annualTax, rate, over } = graduatedTax(taxable, table.rateTables[letter]);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const basis = ctx.stateW4 ? "" : " (no NJ-W4 on file, so rate table A with 0 allowances)";
    return {
      wages,
      tax,
      explanation: `New Jersey income tax${basis}: annualized wages ${usd(annual)} − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; rate table ${letter}, ${percent(rate)} over ${dollars(over)}: ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/** The NJ-W4 rate table: line 3's letter, else the one of the line 1 status (NJ-W4 instructions). */
function rateTable(ctx: StateWithholdingContext): "A" | "B" | "C" | "D" | "E" {
  if (!ctx.stateW4) return "A";
  if (ctx.stateW4.rateTable) return ctx.stateW4.rateTable;
  const status = certificateStatus(ctx);
  return status === "single" || status === "married_separately" ? "A" : "B";
}

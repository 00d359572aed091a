import { Decimal } from "../../../money/decimal";
import { MONTANA } from "../../../tables/states/mt";
import { constant, num, percent, usd } from "../../format";
import { atLeastZero, count, ZERO } from "../../math";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * Montana (Employer and Information Agent Guide, annual formula), ÷ pay periods, rounded to the
 * nearest dollar, plus the MW-4 extra. Allowances method (2021): annual wages − MW-4 allowances
 * (`allowances`) × the allowance amount, by one schedule. Status method (2026): annual wages − the
 * federal standard deduction of the MW-4 filing status, by that status's schedule; married filing
 * jointly with both spouses working (`married_two_incomes`) and married filing separately take the
 * single figures. With no MW-4 on file: no allowances, or single. Montana wages follow federal
 * income-tax wages.
 *
 * @see MCA 15-30-2103, 15-30-2502; ARM 42.17.101, 42.17.105
 */
export const montana: StateWithholdingModule = {
  code: "MT",
  name: "Montana",
  compute(ctx) {
    const table = stateTable(ctx, MONTANA, "MT");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "Montana income tax: none, you are exempt." };
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const { taxable, less, schedule } =
      table.method === "status" ? byStatus(ctx, table, annual) : byAllowances(ctx, table, annual);
    const { tax: annualTax, rate } = graduatedTax(taxable, schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods, "whole dollars");
    return {
      wages,
      tax,
      explanation: `Montana income tax: annualized wages ${usd(annual)}${less} = ${usd(taxable)}; tax (top rate ${percent(rate)}) ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}, to the nearest dollar${extraWords} = ${usd(tax)}.`,
    };
  },
};

type Method<M> = Extract<(typeof MONTANA)[number]["value"], { method: M }>;

function byStatus(ctx: StateWithholdingContext, table: Method<"status">, annual: Decimal) {
  const status = ctx.stateW4?.filingStatus ?? "single";
  const figures =
    status === "married"
      ? table.married
      : status === "head_of_household"
        ? table.headOfHousehold
        : table.single;
  const deduction = constant(figures.standardDeduction);
  return {
    taxable: atLeastZero(annual.minus(deduction)),
    less: ` − ${usd(deduction)} standard deduction`,
    schedule: figures.schedule,
  };
}

function byAllowances(ctx: StateWithholdingContext, table: Method<"allowances">, annual: Decimal) {
  const allowances = new Decimal(ctx.stateW4?.allowances ?? 0);
  const amount = allowances.times(constant(table.allowance));
  return {
    taxable: atLeastZero(annual.minus(amount)),
    less: ` − ${usd(amount)} for ${num(allowances)} allowances`,
    schedule: table.schedule,
  };
}

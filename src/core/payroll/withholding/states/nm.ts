import { NEW_MEXICO } from "../../../tables/states/nm";
import { dollars, percent, usd } from "../../format";
import { count, ZERO } from "../../math";
import { certificateStatus } from "./certificate-status";
import { periodShare, stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingContext, StateWithholdingModule } from "./state-module";

/**
 * New Mexico (FYI-104 percentage method): wages × pay periods, tax from the annual table of the
 * status, ÷ pay periods, plus extra withholding. New Mexico has no certificate of its own: the federal
 * W-4's status picks the table (married filing jointly; head of household; single, married filing
 * separately and a pre-2020 "Married, but withhold at higher Single rate" → single), unless the
 * state certificate marks one; allowances do not count. New Mexico wages follow federal income-tax wages.
 *
 * @see NMSA 1978, §7-3-3; New Mexico FYI-104
 */
export const newMexico: StateWithholdingModule = {
  code: "NM",
  name: "New Mexico",
  compute(ctx) {
    const table = stateTable(ctx, NEW_MEXICO, "NM");
    const wages = ctx.wages.federal;
    if (ctx.stateW4?.exempt)
      return { wages, tax: ZERO, explanation: "New Mexico income tax: none, you are exempt." };
    const status = tableFor(ctx);
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const schedule =
      status === "married"
        ? table.marriedJointly
        : status === "head_of_household"
          ? table.headOfHousehold
          : table.single;
    const { tax: annualTax, rate, over } = graduatedTax(annual, schedule);
    const { tax, extraWords } = periodShare(ctx, annualTax, periods);
    const words =
      status === "married"
        ? "married filing jointly"
        : status === "head_of_household"
          ? "head of household"
          : "single";
    return {
      wages,
      tax,
      explanation: `New Mexico income tax: annualized wages ${usd(annual)} on the ${words} table, ${percent(rate)} over ${dollars(over)}: ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

function tableFor(ctx: StateWithholdingContext): "single" | "married" | "head_of_household" {
  const status = certificateStatus(ctx);
  if (status === "married" || status === "married_two_incomes") return "married";
  return status === "head_of_household" ? "head_of_household" : "single";
}

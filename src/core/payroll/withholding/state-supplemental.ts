import type { Decimal } from "../../money/decimal";
import { RoundingRule, roundCents } from "../../money/rounding";
import { STATE_SUPPLEMENTAL_RATES } from "../../tables/states/supplemental-rates";
import { constant, percent, usd } from "../format";
import { isPositive, min, ZERO } from "../math";
import type {
  StateWithholdingContext,
  StateWithholdingModule,
  StateWithholdingResult,
} from "./states/state-module";

/**
 * State income tax with the state's published flat supplemental rate on the supplemental pay withheld
 * flat (`ctx.supplementalFlat`): the regular wages by the state's own method, the supplemental part
 * at the flat rate (rounded once, half up), the two added. A state with no flat rate in the table, an
 * exempt certificate, or no supplemental part is computed by its module as it is.
 */
export function withStateSupplementalRate(
  module: StateWithholdingModule,
  ctx: StateWithholdingContext,
): StateWithholdingResult {
  const entries = STATE_SUPPLEMENTAL_RATES[module.code];
  const flatPart = ctx.supplementalFlat ?? ZERO;
  if (!entries || !isPositive(flatPart) || ctx.stateW4?.exempt) return module.compute(ctx);
  const whole = module.compute({ ...ctx, supplementalFlat: ZERO });
  const bonus = min(flatPart, whole.wages);
  if (!isPositive(bonus)) return whole;
  const rate = constant(
    ctx.tables.pick(`state.${module.code}.supplemental`, entries, ctx.payDate, `${module.code} supplemental`)
      .flatRate,
  );
  const less = (d: Decimal) => d.minus(min(bonus, d));
  const regular = module.compute({
    ...ctx,
    wages: {
      ...ctx.wages,
      gross: less(ctx.wages.gross),
      federal: less(ctx.wages.federal),
      fica: less(ctx.wages.fica),
    },
    supplementalFlat: ZERO,
  });
  // Rounding point: the supplemental pay's tax, half-up to cents, added to the regular wages' tax.
  const bonusTax = roundCents(bonus.times(rate), RoundingRule.HalfUp);
  const tax = regular.tax.plus(bonusTax);
  const line = `${module.name} income tax on supplemental pay: ${percent(rate)} of ${usd(bonus)} = ${usd(bonusTax)}`;
  return {
    wages: whole.wages,
    tax,
    explanation: isPositive(regular.wages)
      ? `${regular.explanation} ${line}; in all ${usd(tax)}.`
      : `${line}.`,
  };
}

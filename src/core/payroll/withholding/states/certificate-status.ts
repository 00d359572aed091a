import type { StateFilingStatus } from "../../paycheck-input";
import type { StateWithholdingContext } from "./state-module";

/**
 * The status marked on the state certificate, or, when none is marked (or no certificate is on file),
 * the federal W-4's: married (jointly) → married, head of household, married filing separately, else single.
 */
export function certificateStatus(ctx: StateWithholdingContext): StateFilingStatus {
  const marked = ctx.stateW4?.filingStatus;
  if (marked) return marked;
  const federal = ctx.federalW4;
  if (federal.version === 2019) return federal.filingStatus === "married" ? "married" : "single";
  if (federal.filingStatus === "married_jointly") return "married";
  return federal.filingStatus;
}

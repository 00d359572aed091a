import type { Dated } from "../dated";
import { BENEFIT_LIMITS } from "./benefit-limits";
import { FEDERAL_INCOME_TAX } from "./federal-income-tax";
import { FICA } from "./fica";
import { FUTA } from "./futa";
import { ROTH_CATCH_UP } from "./roth-catch-up";
import { SUPPLEMENTAL } from "./supplemental";

/** The built-in federal tables by the names the engine and `aso tables import` use. */
export const FEDERAL_TABLES: Readonly<Record<string, readonly Dated<unknown>[]>> = {
  "federal.income_tax": FEDERAL_INCOME_TAX,
  "federal.fica": FICA,
  "federal.futa": FUTA,
  "federal.benefit_limits": BENEFIT_LIMITS,
  "federal.supplemental": SUPPLEMENTAL,
  "federal.roth_catch_up": ROTH_CATCH_UP,
};

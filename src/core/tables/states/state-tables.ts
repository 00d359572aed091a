import type { Dated } from "../dated";
import { CALIFORNIA, CALIFORNIA_SUPPLEMENTAL } from "./ca";
import { COLORADO } from "./co";
import { EMPLOYEE_PROGRAMS } from "./employee-programs";
import { ILLINOIS } from "./il";
import { PENNSYLVANIA } from "./pa";

/** Every built-in state table by the name the engine reads it under (for listing and audit). */
export const STATE_TABLES: Readonly<Record<string, readonly Dated<unknown>[]>> = {
  "state.CA.withholding": CALIFORNIA,
  "state.CA.supplemental": CALIFORNIA_SUPPLEMENTAL,
  "state.CO.withholding": COLORADO,
  "state.IL.withholding": ILLINOIS,
  "state.PA.withholding": PENNSYLVANIA,
  ...Object.fromEntries(
    Object.values(EMPLOYEE_PROGRAMS)
      .flat()
      .map((p) => [p.table, p.years]),
  ),
};

import { NO_WAGE_TAX_STATES } from "../../../tables/states/no-tax";
import { ZERO } from "../../math";
import type { StateWithholdingModule } from "./state-module";

const NAMES: Record<string, string> = {
  AK: "Alaska",
  FL: "Florida",
  NV: "Nevada",
  NH: "New Hampshire",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  WA: "Washington",
  WY: "Wyoming",
};

/** Modules for the nine states with no income tax on wages: no state taxable wages, tax zero. */
export const noTaxStateModules: StateWithholdingModule[] = NO_WAGE_TAX_STATES.value.map((code) => ({
  code,
  name: NAMES[code] ?? code,
  compute: () => ({
    wages: ZERO,
    tax: ZERO,
    explanation: `State income tax: none, ${NAMES[code] ?? code} has no income tax on wages.`,
  }),
}));

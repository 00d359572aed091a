import { DomainError } from "../../../../errors/domain-error";
import { california } from "./ca";
import { colorado } from "./co";
import { illinois } from "./il";
import { noTaxStateModules } from "./no-tax";
import { pennsylvania } from "./pa";
import type { StateWithholdingModule } from "./state-module";

/** Every supported work state, by two-letter code. Add a state here (one module + one table file). */
export const STATE_WITHHOLDING: Readonly<Record<string, StateWithholdingModule>> = Object.fromEntries(
  [...noTaxStateModules, pennsylvania, illinois, colorado, california].map((m) => [m.code, m]),
);

/**
 * The withholding module for a work state. An unsupported state is an explicit
 * `payroll.unsupported_state` error, never a silent zero.
 */
export function stateWithholdingFor(state: string): StateWithholdingModule {
  const module = STATE_WITHHOLDING[state];
  if (!module)
    throw new DomainError("payroll.unsupported_state", `unsupported state withholding: ${state}`, {
      details: { state },
    });
  return module;
}

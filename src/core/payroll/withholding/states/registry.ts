import { DomainError } from "../../../../errors/domain-error";
import { alabama } from "./al";
import { arkansas } from "./ar";
import { arizona } from "./az";
import { california } from "./ca";
import { colorado } from "./co";
import { connecticut } from "./ct";
import { districtOfColumbia } from "./dc";
import { delaware } from "./de";
import { georgia } from "./ga";
import { hawaii } from "./hi";
import { iowa } from "./ia";
import { idaho } from "./id";
import { illinois } from "./il";
import { indiana } from "./in";
import { kansas } from "./ks";
import { kentucky } from "./ky";
import { louisiana } from "./la";
import { massachusetts } from "./ma";
import { maryland } from "./md";
import { maine } from "./me";
import { michigan } from "./mi";
import { minnesota } from "./mn";
import { missouri } from "./mo";
import { mississippi } from "./ms";
import { montana } from "./mt";
import { northCarolina } from "./nc";
import { northDakota } from "./nd";
import { nebraska } from "./ne";
import { newJersey } from "./nj";
import { newMexico } from "./nm";
import { noTaxStateModules } from "./no-tax";
import { newYork } from "./ny";
import { ohio } from "./oh";
import { oklahoma } from "./ok";
import { oregon } from "./or";
import { pennsylvania } from "./pa";
import { rhodeIsland } from "./ri";
import { southCarolina } from "./sc";
import type { StateWithholdingModule } from "./state-module";
import { utah } from "./ut";
import { virginia } from "./va";
import { vermont } from "./vt";
import { wisconsin } from "./wi";
import { westVirginia } from "./wv";

/** Every supported work state, by two-letter code. Add a state here (one module + one table file). */
export const STATE_WITHHOLDING: Readonly<Record<string, StateWithholdingModule>> = Object.fromEntries(
  [
    ...noTaxStateModules,
    wisconsin,
    westVirginia,
    rhodeIsland,
    oklahoma,
    virginia,
    ohio,
    vermont,
    northDakota,
    utah,
    northCarolina,
    southCarolina,
    newMexico,
    georgia,
    alabama,
    arizona,
    arkansas,
    delaware,
    hawaii,
    idaho,
    indiana,
    iowa,
    kansas,
    nebraska,
    oregon,
    newJersey,
    districtOfColumbia,
    newYork,
    connecticut,
    pennsylvania,
    illinois,
    colorado,
    california,
    maryland,
    kentucky,
    louisiana,
    maine,
    massachusetts,
    michigan,
    minnesota,
    mississippi,
    missouri,
    montana,
  ].map((m) => [m.code, m]),
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

import type { Dated } from "../dated";
import { ALABAMA } from "./al";
import { ARKANSAS } from "./ar";
import { ARIZONA } from "./az";
import { CALIFORNIA, CALIFORNIA_SUPPLEMENTAL } from "./ca";
import { COLORADO } from "./co";
import { CONNECTICUT } from "./ct";
import { DISTRICT_OF_COLUMBIA } from "./dc";
import { DELAWARE } from "./de";
import { EMPLOYEE_PROGRAMS } from "./employee-programs";
import { GEORGIA } from "./ga";
import { HAWAII } from "./hi";
import { IOWA } from "./ia";
import { IDAHO } from "./id";
import { ILLINOIS } from "./il";
import { INDIANA } from "./in";
import { KANSAS } from "./ks";
import { KENTUCKY } from "./ky";
import { LOUISIANA } from "./la";
import { MASSACHUSETTS } from "./ma";
import { MARYLAND } from "./md";
import { MAINE } from "./me";
import { MICHIGAN } from "./mi";
import { MINNESOTA } from "./mn";
import { MISSOURI } from "./mo";
import { MISSISSIPPI } from "./ms";
import { MONTANA } from "./mt";
import { NORTH_CAROLINA } from "./nc";
import { NORTH_DAKOTA } from "./nd";
import { NEBRASKA } from "./ne";
import { NEW_JERSEY } from "./nj";
import { NEW_MEXICO } from "./nm";
import { NEW_YORK } from "./ny";
import { OHIO } from "./oh";
import { OKLAHOMA } from "./ok";
import { OREGON } from "./or";
import { PENNSYLVANIA } from "./pa";
import { RHODE_ISLAND } from "./ri";
import { SOUTH_CAROLINA } from "./sc";
import { STATE_SUPPLEMENTAL_RATES } from "./supplemental-rates";
import { UTAH } from "./ut";
import { VIRGINIA } from "./va";
import { VERMONT } from "./vt";
import { WISCONSIN } from "./wi";
import { WEST_VIRGINIA } from "./wv";

/** Every built-in state table by the name the engine reads it under (for listing and audit). */
export const STATE_TABLES: Readonly<Record<string, readonly Dated<unknown>[]>> = {
  "state.CA.withholding": CALIFORNIA,
  "state.CA.supplemental": CALIFORNIA_SUPPLEMENTAL,
  "state.CO.withholding": COLORADO,
  "state.CT.withholding": CONNECTICUT,
  "state.DC.withholding": DISTRICT_OF_COLUMBIA,
  "state.AL.withholding": ALABAMA,
  "state.AR.withholding": ARKANSAS,
  "state.AZ.withholding": ARIZONA,
  "state.DE.withholding": DELAWARE,
  "state.HI.withholding": HAWAII,
  "state.ID.withholding": IDAHO,
  "state.IN.withholding": INDIANA,
  "state.IA.withholding": IOWA,
  "state.KS.withholding": KANSAS,
  "state.GA.withholding": GEORGIA,
  "state.IL.withholding": ILLINOIS,
  "state.MD.withholding": MARYLAND,
  "state.KY.withholding": KENTUCKY,
  "state.LA.withholding": LOUISIANA,
  "state.ME.withholding": MAINE,
  "state.MA.withholding": MASSACHUSETTS,
  "state.MI.withholding": MICHIGAN,
  "state.MN.withholding": MINNESOTA,
  "state.MS.withholding": MISSISSIPPI,
  "state.MO.withholding": MISSOURI,
  "state.MT.withholding": MONTANA,
  "state.NC.withholding": NORTH_CAROLINA,
  "state.ND.withholding": NORTH_DAKOTA,
  "state.NE.withholding": NEBRASKA,
  "state.NJ.withholding": NEW_JERSEY,
  "state.NM.withholding": NEW_MEXICO,
  "state.NY.withholding": NEW_YORK,
  "state.OH.withholding": OHIO,
  "state.OK.withholding": OKLAHOMA,
  "state.OR.withholding": OREGON,
  "state.PA.withholding": PENNSYLVANIA,
  "state.RI.withholding": RHODE_ISLAND,
  "state.SC.withholding": SOUTH_CAROLINA,
  "state.UT.withholding": UTAH,
  "state.VA.withholding": VIRGINIA,
  "state.VT.withholding": VERMONT,
  "state.WI.withholding": WISCONSIN,
  "state.WV.withholding": WEST_VIRGINIA,
  ...Object.fromEntries(
    Object.entries(STATE_SUPPLEMENTAL_RATES).map(([state, years]) => [`state.${state}.supplemental`, years]),
  ),
  ...Object.fromEntries(
    Object.values(EMPLOYEE_PROGRAMS)
      .flat()
      .map((p) => [p.table, p.years]),
  ),
};

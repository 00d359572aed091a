import type { Dated } from "../dated";
import { CITY_INCOME_TAXES } from "./city-income-taxes";
import { INDIANA_COUNTIES } from "./in-counties";
import { MARYLAND_COUNTIES, MARYLAND_NONRESIDENT } from "./md-counties";
import { NEW_YORK_CITY, YONKERS } from "./ny-cities";
import { METRO_SHS, MULTNOMAH_PFA } from "./or-local";
import { OREGON_TRANSIT_DISTRICTS } from "./or-transit";
import { PA_LOCAL_SERVICES_TAX_RULE, PA_PSD_CODES, PHILADELPHIA_WAGE_TAX } from "./pa-local";

/** The stable names the engine reads local tables under (`TableLookup.pick`, `unverifiedTables`). */
export const LocalTableNames = {
  psd: (psd: string) => `local.PA.${psd}.eit`,
  philadelphia: "local.PA.philadelphia.wage_tax",
  localServicesTaxRule: "local.PA.lst_rule",
  newYorkCity: "local.NY.nyc.withholding",
  yonkers: "local.NY.yonkers.withholding",
  city: (code: string) => `local.${code.replace(":", ".")}.tax`,
  marylandNonresident: "local.MD.nonresident.tax",
  metroShs: "local.OR.metro_shs.tax",
  multnomahPfa: "local.OR.multnomah_pfa.tax",
  transitDistrict: (code: string) => `local.${code.replace(":", ".")}.employer_tax`,
} as const;

/** Every built-in local table by name (for `aso tables list`). */
export const LOCAL_TABLES: Readonly<Record<string, readonly Dated<unknown>[]>> = {
  ...Object.fromEntries(Object.entries(PA_PSD_CODES).map(([psd, e]) => [LocalTableNames.psd(psd), e.years])),
  [LocalTableNames.philadelphia]: PHILADELPHIA_WAGE_TAX,
  [LocalTableNames.localServicesTaxRule]: PA_LOCAL_SERVICES_TAX_RULE,
  [LocalTableNames.newYorkCity]: NEW_YORK_CITY,
  [LocalTableNames.yonkers]: YONKERS,
  ...Object.fromEntries(
    Object.entries(CITY_INCOME_TAXES).map(([code, e]) => [LocalTableNames.city(code), e.years]),
  ),
  ...Object.fromEntries(
    Object.entries(MARYLAND_COUNTIES).map(([code, e]) => [LocalTableNames.city(code), e.years]),
  ),
  [LocalTableNames.marylandNonresident]: MARYLAND_NONRESIDENT,
  [LocalTableNames.metroShs]: METRO_SHS,
  [LocalTableNames.multnomahPfa]: MULTNOMAH_PFA,
  ...Object.fromEntries(
    Object.entries(OREGON_TRANSIT_DISTRICTS).map(([code, e]) => [
      LocalTableNames.transitDistrict(code),
      e.years,
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(INDIANA_COUNTIES).map(([code, e]) => [LocalTableNames.city(code), e.years]),
  ),
};

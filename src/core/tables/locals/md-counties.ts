import type { Dated } from "../dated";

/** A Maryland county's (or Baltimore City's) income tax rate on Maryland taxable income, flat. */
export type MarylandCountyYear = { readonly rate: string };

const GUIDE =
  "Comptroller of Maryland, Employer Withholding, Percentage Method page (marylandtaxes.gov/business/income/withholding/percentage-method.php), local tax area rates for the 2024 tax year";

function county(name: string, rate: string): { name: string; years: readonly Dated<MarylandCountyYear>[] } {
  return {
    name,
    years: [
      {
        effective: "2024-01-01",
        through: "2024-12-31",
        value: { rate },
        source: `${GUIDE}: ${name} ${rate.slice(1)}. The 2025 and 2026 rates were not read here: load them, or carry 2024 forward as unverified`,
      },
    ],
  };
}

/**
 * Maryland's local income taxes by locality code (`MD:<COUNTY>`), the county (or Baltimore City)
 * where the employee lives on the MW507. Anne Arundel and Frederick tax by brackets whose limits the
 * page read does not print; they are not loaded and are refused rather than guessed.
 */
export const MARYLAND_COUNTIES: Readonly<
  Record<string, { name: string; years: readonly Dated<MarylandCountyYear>[] }>
> = {
  "MD:ALLEGANY": county("Allegany County", "0.0303"),
  "MD:BALTIMORE_CITY": county("Baltimore City", "0.0320"),
  "MD:BALTIMORE_COUNTY": county("Baltimore County", "0.0320"),
  "MD:CALVERT": county("Calvert County", "0.0300"),
  "MD:CAROLINE": county("Caroline County", "0.0320"),
  "MD:CARROLL": county("Carroll County", "0.0303"),
  "MD:CECIL": county("Cecil County", "0.0275"),
  "MD:CHARLES": county("Charles County", "0.0303"),
  "MD:DORCHESTER": county("Dorchester County", "0.0320"),
  "MD:GARRETT": county("Garrett County", "0.0265"),
  "MD:HARFORD": county("Harford County", "0.0306"),
  "MD:HOWARD": county("Howard County", "0.0320"),
  "MD:KENT": county("Kent County", "0.0320"),
  "MD:MONTGOMERY": county("Montgomery County", "0.0320"),
  "MD:PRINCE_GEORGES": county("Prince George's County", "0.0320"),
  "MD:QUEEN_ANNES": county("Queen Anne's County", "0.0320"),
  "MD:ST_MARYS": county("St. Mary's County", "0.0300"),
  "MD:SOMERSET": county("Somerset County", "0.0320"),
  "MD:TALBOT": county("Talbot County", "0.0240"),
  "MD:WASHINGTON": county("Washington County", "0.0295"),
  "MD:WICOMICO": county("Wicomico County", "0.0320"),
  "MD:WORCESTER": county("Worcester County", "0.0225"),
};

/** The special tax on Maryland wages of people who live outside Maryland: the lowest county rate. */
export const MARYLAND_NONRESIDENT: readonly Dated<MarylandCountyYear>[] = [
  {
    effective: "2024-01-01",
    through: "2024-12-31",
    value: { rate: "0.0225" },
    source: `${GUIDE}: nonresidents pay the special nonresident tax at the lowest local rate in effect for the tax year, .0225 (Worcester County) in 2024; Md. Code, Tax–General §10-106.1`,
  },
];

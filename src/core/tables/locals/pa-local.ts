import type { Dated } from "../dated";

/**
 * One Pennsylvania political subdivision's earned-income tax (Act 32) and local services tax, as
 * the DCED register prints them for a PSD code (municipality + school district). `resident` is the
 * total resident rate (municipality + school district), charged where the employee lives;
 * `work` is what the PSD charges people who work there: the non-resident rate and the local
 * services tax (LST, a yearly amount). A PSD with only its resident rate loaded has no `work`.
 */
export type PsdYear = {
  readonly residentRate: string;
  readonly work?: {
    readonly nonresidentRate: string;
    /** Yearly LST of the place of work (municipality + school district), dollars; "0" when none is levied. */
    readonly localServicesTax: string;
  };
};

export type PsdEntry = {
  readonly municipality: string;
  readonly county: string;
  readonly schoolDistrict: string;
  readonly years: readonly Dated<PsdYear>[];
};

const ADAMS_REGISTER =
  "PA DCED Act 32 EIT register (PSD code, county, municipality, school district, total resident EIT), as mirrored at vdocuments.mx; the register's year is not printed in the copy read, and its non-resident rates and LST are not in it";

/**
 * The PSD codes loaded. Philadelphia (880000) levies the city wage tax instead of an Act 32 EIT
 * (`PHILADELPHIA_WAGE_TAX`). None of these figures could be read from the current DCED register
 * here, so every year is unverified: the Adams County rows' resident rates are from a copy of the
 * register, Pittsburgh's are the City's own description of its tax.
 */
export const PA_PSD_CODES: Readonly<Record<string, PsdEntry>> = {
  "700102": {
    municipality: "Pittsburgh City",
    county: "Allegheny",
    schoolDistrict: "Pittsburgh SD",
    years: [
      {
        effective: "2021-01-01",
        unverified: true,
        value: { residentRate: "0.03", work: { nonresidentRate: "0.01", localServicesTax: "52" } },
        source:
          "City of Pittsburgh Finance Department, Earned Income Tax and Local Services Tax pages: residents 3% (1% City + 2% School District), non-residents working in the City 1%; LST $52 a year. Not re-read against the 2026 DCED register",
      },
    ],
  },
  "880000": {
    municipality: "Philadelphia City",
    county: "Philadelphia",
    schoolDistrict: "Philadelphia City SD",
    // Philadelphia taxes wages by its own wage tax, not Act 32; it levies no LST.
    years: [
      {
        effective: "2011-01-01",
        value: { residentRate: "0", work: { nonresidentRate: "0", localServicesTax: "0" } },
        source:
          "Act 32 of 2008 excludes cities of the first class: Philadelphia's wage tax (PHILADELPHIA_WAGE_TAX) applies instead, and the City levies no local services tax",
      },
    ],
  },
  "010201": adamsResident("Abbottstown Boro", "Conewago Valley SD", "0.015", "1.50%"),
  "010202": adamsResident("Berwick Twp", "Conewago Valley SD", "0.015", "1.50%"),
  "010401": adamsResident("Cumberland Twp", "Gettysburg Area SD", "0.017", "1.70%"),
  "010404": adamsResident("Gettysburg Boro", "Gettysburg Area SD", "0.017", "1.70%"),
  "010503": adamsResident("Littlestown Boro", "Littlestown Area SD", "0.01", "1.00%"),
  "010601": adamsResident("Arendtsville Boro", "Upper Adams SD", "0.016", "1.60%"),
};

function adamsResident(
  municipality: string,
  schoolDistrict: string,
  residentRate: string,
  printed: string,
): PsdEntry {
  return {
    municipality,
    county: "Adams",
    schoolDistrict,
    years: [
      {
        effective: "2021-01-01",
        unverified: true,
        value: { residentRate },
        source: `${ADAMS_REGISTER}: ${municipality} / ${schoolDistrict} total resident EIT ${printed}`,
      },
    ],
  };
}

/** Philadelphia's wage tax: residents on all their wages, non-residents on wages for work in the City. */
export type PhiladelphiaYear = { readonly resident: string; readonly nonresident: string };

export const PHILADELPHIA_WAGE_TAX: readonly Dated<PhiladelphiaYear>[] = [
  {
    effective: "2024-07-01",
    through: "2025-06-30",
    unverified: true,
    value: { resident: "0.0375", nonresident: "0.0344" },
    source:
      "City of Philadelphia Department of Revenue, wage tax rates for pay dates after 30 June 2024: residents 3.75%, non-residents 3.44%, as restated by secondary summaries of the 1 July 2025 change; the City's notice itself was not read here",
  },
  {
    effective: "2025-07-01",
    through: "2026-06-30",
    unverified: true,
    value: { resident: "0.0374", nonresident: "0.0343" },
    source:
      "City of Philadelphia Department of Revenue, wage tax rates for pay dates after 30 June 2025: residents 3.74% (.0374), non-residents 3.43% (.0343), from secondary summaries (legalclarity.org, accountinginsights.org); the City's notice was not read here. The rates from 1 July 2026 were not found: such pay dates are refused until they are loaded",
  },
] as const satisfies readonly Dated<PhiladelphiaYear>[];

/**
 * The LST's statutory frame: at most $52 a year (more only where the Local Tax Enabling Act allows a
 * distressed municipality up to $156), withheld per payroll period as the yearly amount ÷ the
 * employer's payroll periods, rounded down to the cent.
 */
export const PA_LOCAL_SERVICES_TAX_RULE: readonly Dated<{ readonly maximum: string }>[] = [
  {
    effective: "2008-01-01",
    value: { maximum: "156" },
    source:
      "Local Tax Enabling Act, 53 P.S. §6924.301.1(f) (LST at most $52 a year, $156 for municipalities under Act 47 as amended by Act 199 of 2014); pro rata share = rate ÷ payroll periods, rounded down to the nearest cent, as restated in municipal LST ordinances (e.g. North Braddock Borough code)",
  },
] as const satisfies readonly Dated<{ readonly maximum: string }>[];

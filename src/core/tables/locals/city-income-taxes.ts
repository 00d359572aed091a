import type { Dated } from "../dated";

/**
 * A city's (or merged city-county's) tax on wages, withheld by employers:
 * - `income`: residents on all their wages, non-residents on wages for work there (Ohio
 *   municipalities, Michigan cities, Kansas City and St. Louis earnings taxes);
 * - `occupational`: only wages for work there, at a rate that depends on where the employee lives
 *   (Kentucky occupational license taxes).
 */
export type CityTaxYear = {
  readonly residentRate: string;
  readonly nonresidentRate: string;
  /**
   * For residents working in another taxing city: the home city credits that city's tax up to this
   * share of wages (the simplified rule in `local-taxes.ts`); absent → no credit.
   */
  readonly creditLimitRate?: string;
  /** Michigan cities: yearly exemption per allowance on the city's withholding certificate. */
  readonly exemption?: string;
};

export type CityTaxEntry = {
  readonly name: string;
  readonly kind: "income" | "occupational";
  readonly years: readonly Dated<CityTaxYear>[];
};

const NOT_READ =
  "the city's own 2025/2026 notice could not be read here; rate as published by the city's tax office in earlier years and repeated by payroll vendors' local rate lists";

function year(value: CityTaxYear, source: string): Dated<CityTaxYear> {
  return { effective: "2021-01-01", unverified: true, value, source: `${source}; ${NOT_READ}` };
}

/** Keyed by locality code (`<state>:<CITY>`). Every rate here is unverified. */
export const CITY_INCOME_TAXES: Readonly<Record<string, CityTaxEntry>> = {
  "OH:COLUMBUS": {
    name: "Columbus",
    kind: "income",
    years: [
      year(
        { residentRate: "0.025", nonresidentRate: "0.025", creditLimitRate: "0.025" },
        "Columbus Income Tax Division: 2.5% on residents and on non-residents working in Columbus; residents credited for tax paid to another municipality up to 2.5%",
      ),
    ],
  },
  "OH:CLEVELAND": {
    name: "Cleveland",
    kind: "income",
    years: [
      year(
        { residentRate: "0.025", nonresidentRate: "0.025", creditLimitRate: "0.02" },
        "Cleveland Central Collection Agency: 2.5%; residents credited for tax paid to another municipality up to 2%",
      ),
    ],
  },
  "OH:CINCINNATI": {
    name: "Cincinnati",
    kind: "income",
    years: [
      year(
        { residentRate: "0.018", nonresidentRate: "0.018", creditLimitRate: "0.018" },
        "Cincinnati Income Tax Division: 1.8% from 1 October 2020; residents credited up to 1.8%",
      ),
    ],
  },
  "OH:TOLEDO": {
    name: "Toledo",
    kind: "income",
    years: [
      year(
        { residentRate: "0.025", nonresidentRate: "0.025", creditLimitRate: "0.0225" },
        "Toledo Division of Taxation: 2.5%; residents credited for tax paid elsewhere up to 2.25%",
      ),
    ],
  },
  "MI:DETROIT": {
    name: "Detroit",
    kind: "income",
    years: [
      year(
        { residentRate: "0.024", nonresidentRate: "0.012", creditLimitRate: "0.012", exemption: "600" },
        "City of Detroit Income Tax: residents 2.4%, non-residents 1.2%, $600 per exemption (Form 5118 / D-4); residents credited for another Michigan city's tax up to the non-resident rate",
      ),
    ],
  },
  "MI:GRAND_RAPIDS": {
    name: "Grand Rapids",
    kind: "income",
    years: [
      year(
        { residentRate: "0.015", nonresidentRate: "0.0075", creditLimitRate: "0.0075", exemption: "600" },
        "City of Grand Rapids Income Tax: residents 1.5%, non-residents 0.75%, $600 per exemption",
      ),
    ],
  },
  "MI:LANSING": {
    name: "Lansing",
    kind: "income",
    years: [
      year(
        { residentRate: "0.01", nonresidentRate: "0.005", creditLimitRate: "0.005", exemption: "600" },
        "City of Lansing Income Tax: residents 1%, non-residents 0.5%, $600 per exemption",
      ),
    ],
  },
  "KY:LOUISVILLE": {
    name: "Louisville Metro",
    kind: "occupational",
    years: [
      year(
        { residentRate: "0.022", nonresidentRate: "0.0145" },
        "Louisville Metro Revenue Commission occupational license tax on wages for work in Jefferson County: residents 2.2% (including the school and TARC shares), non-residents 1.45%",
      ),
    ],
  },
  "KY:LEXINGTON": {
    name: "Lexington-Fayette",
    kind: "occupational",
    years: [
      year(
        { residentRate: "0.0225", nonresidentRate: "0.0225" },
        "Lexington-Fayette Urban County Government employee license fee: 2.25% of wages for work in Fayette County, residents and non-residents alike",
      ),
    ],
  },
  "MO:KANSAS_CITY": {
    name: "Kansas City",
    kind: "income",
    years: [
      year(
        { residentRate: "0.01", nonresidentRate: "0.01" },
        "Kansas City, Missouri earnings tax: 1% on residents' earnings and non-residents' earnings for work in the city",
      ),
    ],
  },
  "MO:ST_LOUIS": {
    name: "St. Louis",
    kind: "income",
    years: [
      year(
        { residentRate: "0.01", nonresidentRate: "0.01" },
        "City of St. Louis earnings tax: 1% on residents' earnings and non-residents' earnings for work in the city",
      ),
    ],
  },
};

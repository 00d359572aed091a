import type { Dated } from "../dated";

/**
 * An Indiana county's local income tax rate (IC 6-3.6), flat, on the same annual wages less WH-4
 * exemptions as the State tax. Since the 2017 local income tax a county charges residents and
 * non-residents whose principal place of work is there one rate, so one figure is kept.
 */
export type IndianaCountyYear = { readonly rate: string };

const LIST =
  "Indiana local income tax rates effective January 1, 2019 (resident and nonresident columns equal), as reprinted at irstaxapp.com from the Department of Revenue's Departmental Notice #1; Departmental Notice #1 itself could not be read here";

function county(name: string, rate: string): { name: string; years: readonly Dated<IndianaCountyYear>[] } {
  return {
    name,
    years: [
      {
        effective: "2019-01-01",
        through: "2019-12-31",
        unverified: true,
        value: { rate },
        source: `${LIST}: ${name} ${rate}. Later years were not read: load them from Departmental Notice #1, or carry 2019 forward as unverified`,
      },
    ],
  };
}

/**
 * Indiana's county income taxes by locality code (`IN:<COUNTY>`), the county on the WH-4: where the
 * employee lived on January 1, or for someone living outside Indiana that day, the county of their
 * principal place of work. A small set of counties is loaded; any other county is refused, not zero.
 * Counties that changed their rate during 2019 (Clay, Clinton, Greene, Hancock, Hendricks, Johnson,
 * Putnam and others, from October 1) are left out rather than loaded with a half-year figure.
 */
export const INDIANA_COUNTIES: Readonly<
  Record<string, { name: string; years: readonly Dated<IndianaCountyYear>[] }>
> = {
  "IN:ADAMS": county("Adams County", "0.0162"),
  "IN:ALLEN": county("Allen County", "0.0148"),
  "IN:BARTHOLOMEW": county("Bartholomew County", "0.0175"),
  "IN:BOONE": county("Boone County", "0.0150"),
  "IN:DELAWARE": county("Delaware County", "0.0150"),
  "IN:ELKHART": county("Elkhart County", "0.0200"),
  "IN:HAMILTON": county("Hamilton County", "0.0100"),
  "IN:LAKE": county("Lake County", "0.0150"),
  "IN:MADISON": county("Madison County", "0.0175"),
  "IN:MARION": county("Marion County", "0.0202"),
  "IN:MONROE": county("Monroe County", "0.0135"),
};

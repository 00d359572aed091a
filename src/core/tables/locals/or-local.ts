import type { Dated } from "../dated";

/**
 * One band of a Portland-area personal income tax as employers withhold it: `rate` on the wages a
 * calendar year pays past `over`, added to the bands below it (3% past $400,000 is 1.5% + 1.5%). The taxes' own thresholds for the return are $125,000 (single) and
 * $200,000 (joint); employers withhold from wages past the $200,000 at which withholding becomes
 * mandatory, so the joint filer's bands are the withholding bands.
 */
export type OregonLocalBand = { readonly over: string; readonly rate: string };
export type OregonLocalTaxYear = { readonly bands: readonly OregonLocalBand[] };

const WITHHOLDING_RULE =
  "employer withholding mandatory from 2022 for employees who work in the district and earn $200,000 or more in the calendar year, unless the employee opts out on the Metro/Multnomah OPT form, which may also opt in or designate another amount (Portland Revenue Division, portland.gov/revenue/withholding; Metro Code 7.06.120 as quoted in the Division's 2021 sample employee letter). Whether withholding starts on year-to-date wages past $200,000 or on annualized wages could not be read from an official page; year-to-date is used here";

/**
 * Metro Supportive Housing Services personal income tax (Metro Code ch. 7.06): 1% of taxable income
 * above $125,000 single / $200,000 joint, from 1 Jan 2021. Metro's 2025 ordinance indexing the
 * thresholds to inflation was reported as proposed (June 2025), not as adopted with figures: not loaded.
 */
export const METRO_SHS: readonly Dated<OregonLocalTaxYear>[] = [
  {
    effective: "2022-01-01",
    unverified: true,
    value: { bands: [{ over: "200000", rate: "0.01" }] },
    source: `Portland Revenue Division, Personal Income Tax Withholding Information for Employers (portland.gov/revenue/withholding): 1% on taxable income above $125,000 individual / $200,000 joint; ${WITHHOLDING_RULE}`,
  },
];

/**
 * Multnomah County Preschool for All personal income tax (Multnomah County Code ch. 11, §§500–560):
 * 1.5% of taxable income over $125,000 single / $200,000 joint and a further 1.5% over $250,000 /
 * $400,000, from 1 Jan 2021. The 0.8-point increase first set for 2026 was put off to 1 Jan 2027 by
 * the Board (Willamette Week, 5 Sep 2024): the 2027 rates are not loaded.
 */
export const MULTNOMAH_PFA: readonly Dated<OregonLocalTaxYear>[] = [
  {
    effective: "2022-01-01",
    unverified: true,
    value: {
      bands: [
        { over: "200000", rate: "0.015" },
        { over: "400000", rate: "0.015" },
      ],
    },
    source: `Multnomah County, Preschool for All Personal Income Tax (multco.us/finance): 1.5% over $125,000 individual / $200,000 joint and 3% over $250,000 / $400,000; "employers should automatically withhold for employees making over $200,000 per year"; ${WITHHOLDING_RULE}`,
  },
];

/**
 * Portland-area places as locality codes. A place inside Metro's boundary owes the SHS tax; one in
 * Multnomah County owes the PFA tax. Most of Multnomah County lies inside Metro, not all of it, and
 * Metro's Washington and Clackamas County parts are outside Multnomah: three codes, an address being
 * placed with Metro's address look-up.
 */
export const OREGON_LOCAL_AREAS: Readonly<
  Record<string, { readonly name: string; readonly metro: boolean; readonly multnomah: boolean }>
> = {
  "OR:METRO": { name: "Metro district (outside Multnomah County)", metro: true, multnomah: false },
  "OR:METRO_MULTNOMAH": { name: "Multnomah County inside the Metro district", metro: true, multnomah: true },
  "OR:MULTNOMAH": { name: "Multnomah County outside the Metro district", metro: false, multnomah: true },
};

import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/**
 * New Mexico withholding (FYI-104, percentage method, annual tables): the federal W-4's status picks
 * the table; the tables' zero-rate first band stands for the standard deduction, and there are no
 * allowances for a 2020 or later W-4.
 */
export type NewMexicoYear = {
  /** Single, and married filing separately. */
  readonly single: RateSchedule;
  readonly marriedJointly: RateSchedule;
  readonly headOfHousehold: RateSchedule;
};

export const NEW_MEXICO: readonly Dated<NewMexicoYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      single: [
        ["0", "0"],
        ["6275", "0.017"],
        ["11775", "0.032"],
        ["17275", "0.047"],
        ["22275", "0.049"],
        ["216275", "0.059"],
      ],
      marriedJointly: [
        ["0", "0"],
        ["12550", "0.017"],
        ["20550", "0.032"],
        ["28550", "0.047"],
        ["36550", "0.049"],
        ["327550", "0.059"],
      ],
      headOfHousehold: [
        ["0", "0"],
        ["9400", "0.017"],
        ["17400", "0.032"],
        ["25400", "0.047"],
        ["33400", "0.049"],
        ["324400", "0.059"],
      ],
    },
    source:
      "New Mexico FYI-104 (effective 1 January 2021), annual percentage method tables for single, married filing jointly and head of household (no allowance adjustment); cross-checked against the peer vectors",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: {
      single: [
        ["0", "0"],
        ["8050", "0.015"],
        ["13550", "0.032"],
        ["24550", "0.043"],
        ["41550", "0.047"],
        ["74550", "0.049"],
        ["218050", "0.059"],
      ],
      marriedJointly: [
        ["0", "0"],
        ["16100", "0.015"],
        ["24100", "0.032"],
        ["41100", "0.043"],
        ["66100", "0.047"],
        ["116100", "0.049"],
        ["331100", "0.059"],
      ],
      headOfHousehold: [
        ["0", "0"],
        ["12075", "0.015"],
        ["20075", "0.032"],
        ["37075", "0.043"],
        ["62075", "0.047"],
        ["112075", "0.049"],
        ["327075", "0.059"],
      ],
    },
    unverified: true,
    source:
      "New Mexico FYI-104 (effective 1 January 2026) annual percentage method tables as transcribed by a third-party payroll publisher (suburbancomputer.com; its add-on amounts agree with these bands), not read from FYI-104 here; re-check the thresholds against FYI-104",
  },
] as const satisfies readonly Dated<NewMexicoYear>[];

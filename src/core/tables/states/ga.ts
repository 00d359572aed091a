import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** One G-4 marital status's figures (annual amounts). */
export type GeorgiaStatus = {
  readonly standardDeduction: string;
  /** Each personal allowance claimed on G-4 line 4 (none since the 2024 flat tax). */
  readonly personalAllowance: string;
  readonly schedule: RateSchedule;
};

/** Georgia withholding (Employer's Tax Guide, percentage method), by G-4 line 3 marital status. */
export type GeorgiaYear = {
  readonly single: GeorgiaStatus;
  /** Married filing jointly, both spouses working. */
  readonly married_two_incomes: GeorgiaStatus;
  /** Married filing jointly, one spouse working. */
  readonly married: GeorgiaStatus;
  readonly married_separately: GeorgiaStatus;
  readonly head_of_household: GeorgiaStatus;
  /** Each dependent (G-4 line 5) and each additional allowance (line 6), annual. */
  readonly dependentAllowance: string;
};

const SINGLE_2021: RateSchedule = [
  ["0", "0.01"],
  ["750", "0.02"],
  ["2250", "0.03"],
  ["3750", "0.04"],
  ["5250", "0.05"],
  ["7000", "0.0575"],
];
const MARRIED_SEPARATE_2021: RateSchedule = [
  ["0", "0.01"],
  ["500", "0.02"],
  ["1500", "0.03"],
  ["2500", "0.04"],
  ["3500", "0.05"],
  ["5000", "0.0575"],
];
const JOINT_2021: RateSchedule = [
  ["0", "0.01"],
  ["1000", "0.02"],
  ["3000", "0.03"],
  ["5000", "0.04"],
  ["7000", "0.05"],
  ["10000", "0.0575"],
];
const FLAT_5_19: RateSchedule = [["0", "0.0519"]];
const FLAT_4_99: RateSchedule = [["0", "0.0499"]];

export const GEORGIA: readonly Dated<GeorgiaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      single: { standardDeduction: "4600", personalAllowance: "2700", schedule: SINGLE_2021 },
      married_two_incomes: {
        standardDeduction: "3000",
        personalAllowance: "3700",
        schedule: MARRIED_SEPARATE_2021,
      },
      married: { standardDeduction: "6000", personalAllowance: "3700", schedule: JOINT_2021 },
      married_separately: {
        standardDeduction: "3000",
        personalAllowance: "3700",
        schedule: MARRIED_SEPARATE_2021,
      },
      head_of_household: { standardDeduction: "4600", personalAllowance: "2700", schedule: JOINT_2021 },
      dependentAllowance: "3000",
    },
    source:
      "Georgia Department of Revenue, Employer's Tax Guide (2021), percentage method: standard deduction $4,600 single/HoH, $3,000 married separate or joint both working, $6,000 joint one working; personal allowance $2,700 single/HoH, $3,700 each married; dependent allowance $3,000; annual rate tables topping at 5.75%",
  },
  {
    effective: "2026-01-01",
    through: "2026-06-30",
    unverified: true,
    value: {
      single: { standardDeduction: "12000", personalAllowance: "0", schedule: FLAT_5_19 },
      married_two_incomes: { standardDeduction: "12000", personalAllowance: "0", schedule: FLAT_5_19 },
      married: { standardDeduction: "24000", personalAllowance: "0", schedule: FLAT_5_19 },
      married_separately: { standardDeduction: "12000", personalAllowance: "0", schedule: FLAT_5_19 },
      head_of_household: { standardDeduction: "12000", personalAllowance: "0", schedule: FLAT_5_19 },
      dependentAllowance: "4000",
    },
    source:
      "Georgia DOR withholding in force from June 2025 and unchanged into 2026 (the conditional 2026 rate cut of O.C.G.A. 48-7-20(a.1) did not take effect): flat 5.19%; standard deduction $12,000 (single, HoH, separate, joint both working), $24,000 joint one working; no personal allowance; $4,000 per dependent or additional allowance. Read in Microsoft's Dynamics GP U.S. payroll tax update notes (June 2025 round; Georgia absent from the January–April 2026 rounds), not in the DOR's Employer's Tax Guide: re-check there",
  },
  {
    effective: "2026-07-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      single: { standardDeduction: "15000", personalAllowance: "0", schedule: FLAT_4_99 },
      married_two_incomes: { standardDeduction: "15000", personalAllowance: "0", schedule: FLAT_4_99 },
      married: { standardDeduction: "30000", personalAllowance: "0", schedule: FLAT_4_99 },
      married_separately: { standardDeduction: "15000", personalAllowance: "0", schedule: FLAT_4_99 },
      head_of_household: { standardDeduction: "15000", personalAllowance: "0", schedule: FLAT_4_99 },
      dependentAllowance: "5000",
    },
    source:
      "Georgia HB 463 (2026) for tax year 2026: 4.99%; standard deduction $15,000 ($30,000 joint); $5,000 per dependent; as summarized from the bill by PolicyEngine, with revised withholding tables issued mid-2026 (Dynamics GP July 2026 round). Neither the DOR's revised tables nor their effective date (taken here as 1 July 2026) were read: re-check all figures, the joint-both-working deduction and the date",
  },
] as const satisfies readonly Dated<GeorgiaYear>[];

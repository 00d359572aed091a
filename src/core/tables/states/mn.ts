import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** Minnesota withholding (Minnesota Withholding Tax Instructions and Tables, computer formula). */
export type MinnesotaYear = {
  /** Annual amount per W-4MN allowance. */
  readonly allowance: string;
  /** Single (and married withholding at the higher single rate): the first row's 0% is the built-in deduction. */
  readonly single: RateSchedule;
  readonly married: RateSchedule;
};

export const MINNESOTA: readonly Dated<MinnesotaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: {
      allowance: "4350",
      single: [
        ["0", "0"],
        ["3825", "0.0535"],
        ["31055", "0.068"],
        ["93265", "0.0785"],
        ["169865", "0.0985"],
      ],
      married: [
        ["0", "0"],
        ["12000", "0.0535"],
        ["51810", "0.068"],
        ["170140", "0.0785"],
        ["288200", "0.0985"],
      ],
    },
    source:
      "Minnesota Department of Revenue, 2021 Minnesota Withholding Tax Instructions and Tables, computer formula: allowance $4,350; single 0% to $3,825, 5.35% to $31,055, 6.80% to $93,265, 7.85% to $169,865, 9.85% above; married 0% to $12,000, 5.35% to $51,810, 6.80% to $170,140, 7.85% to $288,200, 9.85% above",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    unverified: true,
    value: {
      allowance: "5300",
      single: [
        ["0", "0"],
        ["4700", "0.0535"],
        ["38010", "0.068"],
        ["114130", "0.0785"],
        ["207850", "0.0985"],
      ],
      married: [
        ["0", "0"],
        ["14700", "0.0535"],
        ["63400", "0.068"],
        ["208180", "0.0785"],
        ["352630", "0.0985"],
      ],
    },
    source:
      "2026 Minnesota withholding computer formula as transcribed by a payroll vendor (suburbancomputer.com, effective 1 Jan 2026; its printed constants agree with these bands): allowance $5,300; single 0% to $4,700, 5.35% to $38,010, 6.80% to $114,130, 7.85% to $207,850, 9.85% above; married 0% to $14,700, 5.35% to $63,400, 6.80% to $208,180, 7.85% to $352,630, 9.85% above. Not read in the Department of Revenue's 2026 Minnesota Withholding Tax Instructions and Tables: re-check",
  },
] as const satisfies readonly Dated<MinnesotaYear>[];

import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** New Jersey withholding (NJ-WT, percentage method): rate tables A–E on annual wages less exemptions. */
export type NewJerseyYear = {
  /** Annual amount per NJ-W4 allowance (line 4). */
  readonly allowance: string;
  readonly rateTables: {
    readonly A: RateSchedule;
    readonly B: RateSchedule;
    readonly C: RateSchedule;
    readonly D: RateSchedule;
    readonly E: RateSchedule;
  };
};

/** The NJ-WT rate tables in force since 1 January 2020 (the 10.75% bracket over $1 million). */
const RATE_TABLES_2020: NewJerseyYear["rateTables"] = {
  A: [
    ["0", "0.015"],
    ["20000", "0.02"],
    ["35000", "0.039"],
    ["40000", "0.061"],
    ["75000", "0.07"],
    ["500000", "0.099"],
    ["1000000", "0.118"],
  ],
  B: [
    ["0", "0.015"],
    ["20000", "0.02"],
    ["50000", "0.027"],
    ["70000", "0.039"],
    ["80000", "0.061"],
    ["150000", "0.07"],
    ["500000", "0.099"],
    ["1000000", "0.118"],
  ],
  C: [
    ["0", "0.015"],
    ["20000", "0.023"],
    ["40000", "0.028"],
    ["50000", "0.035"],
    ["60000", "0.056"],
    ["150000", "0.066"],
    ["500000", "0.099"],
    ["1000000", "0.118"],
  ],
  D: [
    ["0", "0.015"],
    ["20000", "0.027"],
    ["40000", "0.034"],
    ["50000", "0.043"],
    ["60000", "0.056"],
    ["150000", "0.065"],
    ["500000", "0.099"],
    ["1000000", "0.118"],
  ],
  E: [
    ["0", "0.015"],
    ["20000", "0.02"],
    ["35000", "0.058"],
    ["100000", "0.065"],
    ["500000", "0.099"],
    ["1000000", "0.118"],
  ],
};

export const NEW_JERSEY: readonly Dated<NewJerseyYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { allowance: "1000", rateTables: RATE_TABLES_2020 },
    source:
      "NJ-WT (rev. 2020), percentage method withholding rate tables A–E (effective 1 January 2020), $1,000 per allowance; cross-checked against the peer vectors",
  },
  {
    // New Jersey's rates and brackets are set by N.J.S.A. 54A:2-1 and are not indexed.
    effective: "2026-01-01",
    value: { allowance: "1000", rateTables: RATE_TABLES_2020 },
    unverified: true,
    source:
      "NJ-WT percentage method rate tables A–E as in force since 1 January 2020 and $1,000 per allowance, carried forward (no change known); re-check against the current NJ-WT's rate tables",
  },
] as const satisfies readonly Dated<NewJerseyYear>[];

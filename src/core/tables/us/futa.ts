import type { Dated } from "../dated";

/** FUTA figures: 6.0% gross less the maximum 5.4% state credit. */
export type FutaYear = {
  /** Net FUTA rate after the full 5.4% credit (credit reductions come from the employer's input). */
  readonly netRate: string;
  /** FUTA wage base per employee per calendar year. */
  readonly wageBase: string;
};

/** FUTA figures keyed by pay date. Unchanged since 2011; one open-ended entry. */
export const FUTA: readonly Dated<FutaYear>[] = [
  {
    effective: "2011-07-01",
    source: "IRS Pub 15 (2025) pp. 42–43: 6.0% on the first $7,000, up to 5.4% credit → 0.6%",
    value: { netRate: "0.006", wageBase: "7000" },
  },
] as const satisfies readonly Dated<FutaYear>[];

/**
 * A figure with the date it takes effect and where it comes from. Tables are data: the statutory
 * logic in `src/core/payroll` reads them by pay date and never hard-codes a yearly figure.
 */
export type Dated<T> = {
  /** First pay date (ISO) the figure applies to. */
  readonly effective: string;
  /** Last pay date (ISO) the figure applies to; open-ended when absent. */
  readonly through?: string;
  readonly value: T;
  readonly source: string;
  /**
   * True when the figure could not be checked against its official publication (or was carried
   * forward past its year); every paycheck computed with it lists the table in `unverifiedTables`.
   */
  readonly unverified?: boolean;
};

/**
 * The entry in force on `payDate` (ISO dates compare as strings), or undefined when no entry covers it.
 * Entries may come in any order; the latest `effective` not after `payDate` wins.
 */
export function pickDated<T>(entries: readonly Dated<T>[], payDate: string): Dated<T> | undefined {
  let best: Dated<T> | undefined;
  for (const e of entries) {
    if (e.effective > payDate) continue;
    if (e.through !== undefined && e.through < payDate) continue;
    if (!best || e.effective > best.effective) best = e;
  }
  return best;
}

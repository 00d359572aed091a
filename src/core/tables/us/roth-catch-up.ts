import type { Dated } from "../dated";

/**
 * The prior-year FICA wages (from the same employer) above which an employee's 401(k) catch-up
 * contributions must be Roth; null while the rule is not enforced.
 */
export type RothCatchUpYear = { readonly priorYearFicaWagesOver: string | null };

/** Keyed by pay date. */
export const ROTH_CATCH_UP: readonly Dated<RothCatchUpYear>[] = [
  {
    effective: "2000-01-01",
    through: "2025-12-31",
    source:
      "IRC §414(v)(7) applies from 2024; Notice 2023-62 treats pre-tax catch-up contributions as satisfying it through 2025",
    value: { priorYearFicaWagesOver: null },
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    source:
      "IRC §414(v)(7)(A) ($145,000 indexed); Notice 2025-67 ($150,000 for 2026, on 2025 FICA wages); Treas. Reg. §1.414(v)-2 (T.D. 10033). Read from secondary summaries, not the notice itself",
    unverified: true,
    value: { priorYearFicaWagesOver: "150000" },
  },
] as const satisfies readonly Dated<RothCatchUpYear>[];

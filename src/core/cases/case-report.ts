import type { BusinessCalendar } from "./business-calendar";
import type { CaseCategory, CasePriority } from "./case-kinds";
import type { CaseState } from "./case-state";
import { evaluateSlaClock, type SlaClock, type SlaKind } from "./sla";

/** One case as the per-client report needs it. */
export type CaseReportInput = {
  category: CaseCategory;
  priority: CasePriority;
  state: CaseState;
  clocks: readonly SlaClock[];
};

export type CaseReport = {
  total: number;
  byCategory: Partial<Record<CaseCategory, number>>;
  byPriority: Partial<Record<CasePriority, number>>;
  byState: Partial<Record<CaseState, number>>;
  /** Median business minutes to the first specialist reply (first opening only); null when none replied. */
  medianFirstResponseBusinessMinutes: number | null;
  /** Cases whose first response came, counted in the median. */
  responded: number;
  /** Breached SLA clocks (a case can breach both, and again after reopening). */
  slaBreaches: Record<SlaKind | "total", number>;
  /** Cases with at least one breached clock. */
  casesWithBreach: number;
};

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  // One decimal of a minute is the report's precision.
  return Math.round(m * 10) / 10;
}

function bump<K extends string>(map: Partial<Record<K, number>>, key: K): void {
  map[key] = (map[key] ?? 0) + 1;
}

/**
 * The per-client case report: counts by category, priority and state, the median first-response
 * time in business minutes, and SLA breaches as they stand at `asOf` (a running clock past its due
 * time counts as breached).
 */
export function buildCaseReport(
  calendar: BusinessCalendar,
  cases: readonly CaseReportInput[],
  asOf: Date,
): CaseReport {
  const report: CaseReport = {
    total: cases.length,
    byCategory: {},
    byPriority: {},
    byState: {},
    medianFirstResponseBusinessMinutes: null,
    responded: 0,
    slaBreaches: { first_response: 0, resolution: 0, total: 0 },
    casesWithBreach: 0,
  };
  const firstResponses: number[] = [];
  for (const c of cases) {
    bump(report.byCategory, c.category);
    bump(report.byPriority, c.priority);
    bump(report.byState, c.state);
    let breached = false;
    for (const clock of c.clocks) {
      const snapshot = evaluateSlaClock(calendar, clock, asOf);
      if (snapshot.breached) {
        report.slaBreaches[clock.kind] += 1;
        report.slaBreaches.total += 1;
        breached = true;
      }
      if (clock.kind === "first_response" && clock.cycle === 0 && clock.stoppedAt !== undefined)
        firstResponses.push(snapshot.elapsedMillis / 60_000);
    }
    if (breached) report.casesWithBreach += 1;
  }
  report.responded = firstResponses.length;
  report.medianFirstResponseBusinessMinutes = median(firstResponses);
  return report;
}

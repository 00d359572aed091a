import type { DeductionCode } from "../../core/payroll/paycheck-input";
import type { TableSources } from "../../core/tables/table-lookup";
import type { PayableHours } from "../../core/timesheets/payable-hours";
import type { PayrollClient, PayrollEmployee } from "../../db/payroll-inputs-repository";
import type { PayRunRecord, YtdDelta } from "../../db/payroll-run-repository";
import type { PayrollSettings } from "./payroll-settings";

/** Everything a run's paycheck jobs share, loaded once per run per process. */
export type RunContext = {
  run: PayRunRecord;
  client: PayrollClient;
  settings: PayrollSettings;
  employees: Map<string, PayrollEmployee>;
  hours: ReadonlyMap<string, PayableHours>;
  ytd: Map<string, YtdDelta>;
  /** Loaded tax tables and the client's carry-forward choice. */
  tables: TableSources;
  /** Overpaid wages still to recover, by employee id (regular runs). */
  recoveries: ReadonlyMap<string, string>;
  /**
   * Regular runs: the deduction arrears each employee's paycheck carries in (none: an empty list, so
   * a deduction net pay cannot cover is carried rather than refused). Absent for adjustment runs.
   */
  arrears?: ReadonlyMap<string, { code: DeductionCode; amount: string }[]>;
};

/** How many runs' contexts a process keeps; older ones are loaded again if a job still needs them. */
const KEPT_RUNS = 3;

/**
 * The run contexts of one payroll bundle, by run id, newest last. It lives in the bundle so the
 * process's workers, the pay-run start (which prefetches) and a recalculation (which forgets) share it.
 */
export class RunContextCache {
  readonly #byRun = new Map<string, Promise<RunContext>>();

  /** The context of `runId`, loaded with `load` when not kept; a failed load is not kept. */
  get(runId: string, load: () => Promise<RunContext>): Promise<RunContext> {
    let found = this.#byRun.get(runId);
    if (!found) {
      found = load();
      found.catch(() => this.#byRun.delete(runId));
      this.#byRun.set(runId, found);
      while (this.#byRun.size > KEPT_RUNS) this.#byRun.delete(this.#byRun.keys().next().value as string);
    }
    return found;
  }

  forget(runId: string): void {
    this.#byRun.delete(runId);
  }
}

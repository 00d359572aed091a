import type { PayRunRecord } from "../../db/payroll-run-repository";
import type { PayrollDeps } from "./payroll-deps";

export type RunProgress = { done: number; total: number; errors: number; status: string };

/**
 * Waits until a run leaves `calculating`, reporting progress ("312/400 paychecks calculated") as the
 * paychecks are stored. Progress is read from the database, so it is right whichever worker computes.
 */
export async function watchPayRun(
  deps: PayrollDeps,
  runId: string,
  onProgress: (p: RunProgress) => void,
  options: { pollMs?: number; signal?: AbortSignal } = {},
): Promise<PayRunRecord> {
  const pollMs = options.pollMs ?? 200;
  for (;;) {
    const run = await deps.runs.findById(runId);
    if (!run) throw new Error(`pay run ${runId} not found`);
    const p = await deps.runs.progress(runId);
    onProgress({
      done: p.calculated + p.errors + p.skipped,
      total: run.employeeCount,
      errors: p.errors,
      status: run.status,
    });
    if (run.status !== "calculating" || options.signal?.aborted) return run;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** "312/400 paychecks calculated", the chat and CLI wording of progress. */
export function progressText(p: RunProgress): string {
  return `${p.done}/${p.total} paychecks calculated${p.errors ? ` (${p.errors} with errors)` : ""}`;
}

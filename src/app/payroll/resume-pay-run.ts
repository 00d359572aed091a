import type { Logger } from "../../log/logger";
import { payrollRunJob } from "../../queue/payroll-run.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { enqueueCalculation, roundTag } from "./enqueue-calculation";
import { finishCalculation, missingEmployees } from "./finish-calculation";
import type { PayrollDeps } from "./payroll-deps";

/** A round younger than this is left alone: its flow may still be being enqueued. */
export const ROUND_GRACE_SECONDS = 10;

/** Parent job states in which the round is still going (its chunks will run or are running). */
const ALIVE = new Set(["waiting", "waiting-children", "active", "delayed", "prioritized", "paused"]);

export type ResumeOutcome = "not_calculating" | "finished" | "starting" | "running" | "resumed" | "raced";

/**
 * The watchdog for one run; the database is the source of truth. A run still `calculating`:
 * - with every employee paid → closed (`calculated`);
 * - whose current round's parent job is still in the queue → left to it;
 * - otherwise (the queue lost it: Redis flushed or restarted without persistence, or the round ended
 *   with employees missing) → the next round starts, compare-and-set on the round number so that of
 *   concurrent watchdogs one wins, and its flow is enqueued for the missing employees only, under job
 *   ids named by the round. A crash between the two leaves a round without a parent: the next check
 *   starts another. Paychecks are idempotent per employee, so a lost round redone writes nothing twice.
 *
 * `force` skips the grace period and the queue check: the caller knows the round is over (its parent
 * just finished with employees missing) or is resuming explicitly.
 */
export async function resumeCalculation(
  deps: PayrollDeps & { queue: QueueRuntime },
  runId: string,
  options: { force?: boolean; afterRound?: number } = {},
): Promise<ResumeOutcome> {
  const run = await deps.runs.findById(runId);
  if (!run || (run.status !== "calculating" && run.status !== "failed")) return "not_calculating";
  if (run.status === "calculating") {
    const missing = await missingEmployees(deps, run);
    if (missing.length === 0) {
      await finishCalculation(deps, runId);
      return "finished";
    }
    if (options.afterRound !== undefined && options.afterRound !== run.calculationRound) return "raced";
    if (!options.force) {
      if (await deps.runs.roundIsFresh(runId, ROUND_GRACE_SECONDS)) return "starting";
      const parentId = payrollRunJob.jobId({ runId, attempt: roundTag(run.calculationRound) });
      const parent = await deps.queue.queue(payrollRunJob.queue).getJob(parentId);
      const state = parent ? await parent.getState() : "missing";
      if (ALIVE.has(state)) return "running";
    }
  }
  const round = await deps.runs.beginRound(runId, ["calculating", "failed"], run.calculationRound);
  if (round === null) return "raced";
  const fresh = (await deps.runs.findById(runId)) ?? run;
  const missing = await missingEmployees(deps, fresh);
  if (missing.length === 0) {
    await finishCalculation(deps, runId);
    return "finished";
  }
  await enqueueCalculation(deps.queue, runId, missing, round);
  return "resumed";
}

/** Checks every run still `calculating` once; returns what it did per run. Errors are per run. */
export async function checkPayRuns(
  deps: PayrollDeps & { queue: QueueRuntime },
  logger?: Logger,
): Promise<Record<string, ResumeOutcome | "error">> {
  const outcomes: Record<string, ResumeOutcome | "error"> = {};
  const ids = await deps.runs.calculatingRunIds(ROUND_GRACE_SECONDS);
  for (const id of ids) {
    try {
      outcomes[id] = await resumeCalculation(deps, id);
      if (outcomes[id] === "resumed" || outcomes[id] === "finished")
        logger?.info({ runId: id, outcome: outcomes[id] }, "pay run watchdog");
    } catch (error) {
      outcomes[id] = "error";
      logger?.warn(
        { runId: id, reason: (error as Error).message?.slice(0, 200) },
        "pay run watchdog: check failed",
      );
    }
  }
  return outcomes;
}

export type PayRunWatchdog = {
  /** One check now (also what the timer does); never rejects. */
  tick(): Promise<void>;
  stop(): void;
};

/**
 * Starts the pay-run watchdog of a worker process: a check at once, then every `intervalMs` (default
 * 15 s). It lives in the process, not in the queue, so it survives the queue losing everything; with
 * several workers each checks, and the round's compare-and-set keeps the re-enqueue single.
 */
export function startPayRunWatchdog(
  deps: PayrollDeps & { queue: QueueRuntime },
  options: { intervalMs?: number; logger?: Logger } = {},
): PayRunWatchdog {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve();
    running ??= checkPayRuns(deps, options.logger)
      .then(() => undefined)
      .catch((error) =>
        options.logger?.warn(
          { reason: (error as Error).message?.slice(0, 200) },
          "pay run watchdog: check failed",
        ),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 15_000);
  timer.unref();
  void tick();
  return {
    tick,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

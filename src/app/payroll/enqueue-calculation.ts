import type { FlowJob } from "bullmq";
import { payrollRunJob } from "../../queue/payroll-run.job";
import { payrollRunChunkJob } from "../../queue/payroll-run-chunk.job";
import type { QueueRuntime } from "../../queue/queue-runtime";

/** Employees per chunk job: large enough that the queue's cost per paycheck is small, small enough to redo. */
export const PAYCHECKS_PER_CHUNK = 250;

/** The round's suffix of its job ids: none for the first calculation, `r<n>` after. */
export function roundTag(round: number): string | undefined {
  return round > 0 ? `r${round}` : undefined;
}

/**
 * Enqueues the calculation flow of a run's round: the `payroll.run` parent and one `payroll.run-chunk`
 * child per 250 employees. Job ids are business keys (run, round, chunk): enqueueing the same round
 * again adds nothing. A chunk failing never fails the parent; the parent then finds the employees still
 * missing and starts the next round for them.
 */
export async function enqueueCalculation(
  queue: QueueRuntime,
  runId: string,
  employeeIds: readonly string[],
  round = 0,
): Promise<void> {
  const keep = { failParentOnFailure: false, ignoreDependencyOnFailure: true };
  const tag = roundTag(round);
  const attempt = tag ? { attempt: tag } : {};
  const chunks: FlowJob[] = [];
  for (let i = 0; i * PAYCHECKS_PER_CHUNK < employeeIds.length; i++) {
    const ids = employeeIds.slice(i * PAYCHECKS_PER_CHUNK, (i + 1) * PAYCHECKS_PER_CHUNK);
    chunks.push(
      payrollRunChunkJob.flowNode(queue, { runId, chunk: i, employeeIds: ids, ...attempt }, { opts: keep }),
    );
  }
  await queue.flowProducer().add(payrollRunJob.flowNode(queue, { runId, ...attempt }, { children: chunks }));
}

import type { WorkerGroup } from "../src/queue/queue-runtime";

/**
 * What one process did in a payroll bench: the employees of the chunk jobs its workers completed and
 * its peak resident memory (sampled every 200 ms), for the per-worker figures.
 */
export function processTally(group: WorkerGroup | undefined) {
  let paychecks = 0;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  for (const worker of group?.workers ?? []) {
    worker.on("completed", (job) => {
      const ids = (job.data?.payload as { employeeIds?: unknown } | undefined)?.employeeIds;
      if (Array.isArray(ids)) paychecks += ids.length;
    });
  }
  return {
    snapshot: () => ({
      paychecks,
      peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1_048_576),
    }),
    stop: () => clearInterval(timer),
  };
}

export type ProcessFigures = ReturnType<ReturnType<typeof processTally>["snapshot"]>;

import type { NewPaycheck, PayrollRunRepository } from "../../db/payroll-run-repository";

/**
 * Collects the paychecks that concurrent calculation jobs of this process produce and writes them in
 * batches (one multi-row insert, duplicates skipped by the unique key). Each `write` resolves only
 * after its row is committed, so a job never completes before its paycheck is stored.
 */
export class PaycheckWriter {
  private pending: { row: NewPaycheck; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly runs: Pick<PayrollRunRepository, "insertPaychecks">,
    private readonly maxBatch = 250,
    private readonly maxDelayMs = 15,
  ) {}

  write(row: NewPaycheck): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.flushing = this.flushing.then(async () => {
      try {
        await this.runs.insertPaychecks(batch.map((b) => b.row));
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    });
  }
}

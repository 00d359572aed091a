import { systemClock } from "../../app/clock";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { startPayRun } from "../../app/payroll/start-pay-run";
import { progressText, type RunProgress, watchPayRun } from "../../app/payroll/watch-pay-run";
import { loadEnv } from "../../config/env";
import { Money } from "../../core/money/money";
import { payRunTotals } from "../../db/payroll-run-repository";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso payroll run --client EIN --period-end YYYY-MM-DD [--pay-date YYYY-MM-DD] [--json]";

function progressBar(p: RunProgress, width = 30): string {
  const ratio = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
  const filled = Math.round(ratio * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progressText(p)}`;
}

/**
 * `aso payroll run`: calculates a client's payroll for one pay period through the job queue (workers run
 * in this process too), showing a progress bar on stderr, then prints a summary. The run is left
 * `calculated`; a second run for the same period is refused (exit 1).
 */
export const payrollRunCommand: CliCommand = {
  summary: "calculate a client's payroll for a pay period (through the job queue)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        "period-end": { type: "string" },
        "pay-date": { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const periodEnd = requireOption(values["period-end"], "--period-end", usage);
    const env = loadEnv(io.env);
    const session = await openPayrollSession(env, { clock: systemClock, queue: true });
    try {
      const { deps } = session;
      const started = Date.now();
      const run = await startPayRun(
        { ...deps, queue: session.queue! },
        { kind: "system", name: "cli" },
        {
          clientEin,
          periodEnd,
          ...(values["pay-date"] ? { payDate: values["pay-date"] } : {}),
        },
      );
      const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
      let lastDecile = -1;
      const finished = await watchPayRun(deps, run.id, (p) => {
        if (tty) io.stderr.write(`\r${progressBar(p)}`);
        else {
          const decile = p.total ? Math.floor((p.done / p.total) * 10) : 10;
          if (decile !== lastDecile) {
            lastDecile = decile;
            io.stderr.write(`${progressText(p)}\n`);
          }
        }
      });
      if (tty) io.stderr.write("\n");
      const progress = await deps.runs.progress(run.id);
      const totals = await payRunTotals(session.db, run.id);
      const errors = await deps.runs.errors(run.id);
      const names = await deps.inputs.employeeNames(errors.map((e) => e.employeeId));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const summary = {
        client: clientEin,
        runId: run.id,
        periodStart: run.periodStart,
        periodEnd: run.periodEnd,
        payDate: run.payDate,
        status: finished.status,
        employees: run.employeeCount,
        calculated: progress.calculated,
        skipped: progress.skipped,
        errors: errors.map((e) => ({
          employee: names.get(e.employeeId)?.externalId ?? e.employeeId,
          code: e.errorCode,
          reason: e.error,
        })),
        gross: totals.gross,
        net: totals.net,
        seconds: Number(seconds),
      };
      if (values.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        const lines = [
          `Pay run ${run.periodStart} to ${run.periodEnd} (pay date ${run.payDate}) for ${clientEin}: ${finished.status}${errors.length ? " with errors" : ""}`,
          `  ${progress.calculated} paychecks calculated, ${progress.skipped} with nothing to pay, ${errors.length} errors (${run.employeeCount} employees, ${seconds} s)`,
          `  gross ${Money.of(totals.gross).format()}, net ${Money.of(totals.net).format()}`,
          ...summary.errors.map((e) => `  error ${e.employee}: ${e.reason} (${e.code})`),
          errors.length
            ? "  Fix these or exclude the employees before approving."
            : `  Next: aso payroll approve --client ${clientEin} --period-end ${run.periodEnd}`,
        ];
        io.stdout.write(`${lines.join("\n")}\n`);
      }
      return finished.status === "calculated" ? 0 : 1;
    } finally {
      await session.close();
    }
  },
};

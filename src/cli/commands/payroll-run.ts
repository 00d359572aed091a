import { systemClock } from "../../app/clock";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { startPayRun } from "../../app/payroll/start-pay-run";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR, printRunSummary, watchWithProgress } from "./payroll-shared";

const usage = "aso payroll run --client EIN --period-end YYYY-MM-DD [--pay-date YYYY-MM-DD] [--json]";

/**
 * `aso payroll run`: calculates a client's payroll for one pay period through the job queue (workers run
 * in this process too), showing a progress bar on stderr, then prints a summary. The run is left
 * `calculated`; a second run for the same period is refused (exit 1). A queue that does not answer is
 * refused at once, in one line, with nothing created (exit 1); a run of the period whose calculation
 * never finished (the queue was lost) is resumed rather than refused.
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
      const run = await startPayRun({ ...deps, queue: session.queue! }, CLI_ACTOR, {
        clientEin,
        periodEnd,
        resume: true,
        onResume: (r) =>
          io.stderr.write(`Resuming the unfinished pay run for the period ending ${r.periodEnd}\n`),
        ...(values["pay-date"] ? { payDate: values["pay-date"] } : {}),
      });
      const finished = await watchWithProgress(deps, io, run.id);
      await printRunSummary(io, session.db, deps, clientEin, finished, {
        json: values.json,
        seconds: (Date.now() - started) / 1000,
      });
      return finished.status === "calculated" ? 0 : 1;
    } finally {
      await session.close();
    }
  },
};

import { systemClock } from "../../app/clock";
import { approvePayRun } from "../../app/payroll/approve-pay-run";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { Money } from "../../core/money/money";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR, RUN_OPTIONS, runRefOf } from "./payroll-shared";

const usage = "aso payroll approve --client EIN --period-end YYYY-MM-DD [--sequence N] [--json]";

/**
 * `aso payroll approve`: approves the calculated run and posts it to the ledger (acting as the system,
 * with ASO admin rights). Approving a posted run again changes nothing and exits 0; every refusal (a
 * run still calculating, paycheck errors not fixed or excluded) is one line on stderr and exit 1.
 */
export const payrollApproveCommand: CliCommand = {
  summary: "approve a calculated pay run and post it to the ledger",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, RUN_OPTIONS, usage);
    const ref = runRefOf(values, usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const result = await approvePayRun(session.deps, CLI_ACTOR, ref);
      const { run } = result;
      if (values.json) {
        io.stdout.write(
          `${JSON.stringify({ client: ref.clientEin, runId: run.id, status: run.status, changed: result.changed, totals: result.totals })}\n`,
        );
      } else if (result.changed && result.totals) {
        io.stdout.write(
          `Pay run ${run.periodStart} to ${run.periodEnd} for ${ref.clientEin} approved and posted: debits ${Money.of(result.totals.debit).format()} = credits ${Money.of(result.totals.credit).format()}\n`,
        );
      } else {
        io.stdout.write(
          `Pay run ${run.periodStart} to ${run.periodEnd} for ${ref.clientEin} is already ${run.status}; nothing changed\n`,
        );
      }
      return 0;
    } finally {
      await session.close();
    }
  },
};

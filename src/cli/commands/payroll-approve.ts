import { systemClock } from "../../app/clock";
import { approvePayRun } from "../../app/payroll/approve-pay-run";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { Money } from "../../core/money/money";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso payroll approve --client EIN --period-end YYYY-MM-DD [--sequence N] [--json]";

/**
 * `aso payroll approve`: approves the calculated run and posts it to the ledger (acting as the system,
 * with ASO admin rights). Approving a posted run again changes nothing and exits 0.
 */
export const payrollApproveCommand: CliCommand = {
  summary: "approve a calculated pay run and post it to the ledger",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        "period-end": { type: "string" },
        sequence: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const periodEnd = requireOption(values["period-end"], "--period-end", usage);
    const sequence = values.sequence === undefined ? 0 : Number(values.sequence);
    if (!Number.isInteger(sequence) || sequence < 0)
      throw new DomainError("cli.usage", `--sequence must be a whole number\nusage: ${usage}`);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const result = await approvePayRun(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, periodEnd, sequence },
      );
      const { run } = result;
      if (values.json) {
        io.stdout.write(
          `${JSON.stringify({ client: clientEin, runId: run.id, status: run.status, changed: result.changed, totals: result.totals })}\n`,
        );
      } else if (result.changed && result.totals) {
        io.stdout.write(
          `Pay run ${run.periodStart} to ${run.periodEnd} for ${clientEin} approved and posted: debits ${Money.of(result.totals.debit).format()} = credits ${Money.of(result.totals.credit).format()}\n`,
        );
      } else {
        io.stdout.write(
          `Pay run ${run.periodStart} to ${run.periodEnd} for ${clientEin} is already ${run.status}; nothing changed\n`,
        );
      }
      return 0;
    } finally {
      await session.close();
    }
  },
};

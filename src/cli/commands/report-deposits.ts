import { systemClock } from "../../app/clock";
import { getDepositCalendar } from "../../app/deposits/deposit-calendar";
import { createDepositDeps } from "../../app/deposits/deposit-deps";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { depositCalendarCsv } from "../../core/ledger/deposit-calendar";
import { formatOption, parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR } from "./payroll-shared";

const usage = "aso report deposits --client EIN --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]";

/**
 * `aso report deposits`: the client's deposit calendar, every deposit due between the dates with its
 * payee, amount, due date and status (due, overdue, paid with its confirmation), and the liabilities
 * no known rule can date (`unscheduled`, also one line each on stderr).
 */
export const reportDepositsCommand: CliCommand = {
  summary: "the client's deposit calendar: what to pay, to whom, by when (json|csv)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const from = requireOption(values.from, "--from", usage);
    const to = requireOption(values.to, "--to", usage);
    const format = formatOption(values.format, usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const deps = createDepositDeps(session.db, { clock: systemClock, payroll: session.deps });
      const calendar = await getDepositCalendar(deps, CLI_ACTOR, { clientEin, from, to });
      for (const u of calendar.unscheduled)
        io.stderr.write(
          `warning: ${u.amount} of ${u.account} (${u.memo ?? "-"}) has no due date: ${u.reason}\n`,
        );
      io.stdout.write(format === "csv" ? depositCalendarCsv(calendar) : `${JSON.stringify(calendar)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

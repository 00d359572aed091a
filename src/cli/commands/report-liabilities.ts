import { systemClock } from "../../app/clock";
import { liabilitiesReport } from "../../app/payroll/payroll-reports";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { liabilitiesReportCsv } from "../../core/ledger/liabilities-report";
import { formatOption, parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report liabilities --client EIN --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]";

/** `aso report liabilities`: the client's posted ledger for the dates, by account and due date. */
export const reportLiabilitiesCommand: CliCommand = {
  summary: "the client's posted payroll liabilities by account and due date (JSON or CSV)",
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
      const report = await liabilitiesReport(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, from, to },
      );
      io.stdout.write(format === "csv" ? liabilitiesReportCsv(report) : `${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

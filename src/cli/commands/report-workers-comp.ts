import { systemClock } from "../../app/clock";
import { workersCompAuditReport } from "../../app/filings/workers-comp-audit-report";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { workersCompAuditCsv } from "../../core/ledger/workers-comp-audit";
import { formatOption, parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report workers-comp --client EIN --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]";

/** `aso report workers-comp`: the workers' compensation premium audit by state and class code. */
export const reportWorkersCompCommand: CliCommand = {
  summary: "workers' compensation premium audit by state and class code (json|csv)",
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
      const report = await workersCompAuditReport(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, from, to },
      );
      io.stdout.write(
        format === "csv" ? workersCompAuditCsv(report.client, report) : `${JSON.stringify(report)}\n`,
      );
      return 0;
    } finally {
      await session.close();
    }
  },
};

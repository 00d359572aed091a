import { systemClock } from "../../app/clock";
import { arrearsReport } from "../../app/payroll/payroll-reports";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { csvField } from "../../core/ledger/liabilities-report";
import type { ArrearsReport } from "../../core/payroll/deduction-arrears";
import { formatOption, parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report arrears --client EIN [--format json|csv]";

function csv(report: ArrearsReport): string {
  const rows = [
    ["client", "employee", "name", "code", "owed", "deduction", "pre_tax"],
    ...report.employees.map((e) => [
      report.client,
      e.externalId,
      e.name,
      e.code,
      e.owed,
      e.deduction,
      e.preTax ? "yes" : "no",
    ]),
    [report.client, "TOTAL", "", "", report.total, "", ""],
  ];
  return `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}

/** `aso report arrears`: deduction arrears each employee still owes, from posted runs. */
export const reportArrearsCommand: CliCommand = {
  summary: "deduction arrears each employee still owes, from posted pay runs (JSON or CSV)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, format: { type: "string" } },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const format = formatOption(values.format, usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const report = await arrearsReport(session.deps, { kind: "system", name: "cli" }, { clientEin });
      io.stdout.write(format === "csv" ? csv(report) : `${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

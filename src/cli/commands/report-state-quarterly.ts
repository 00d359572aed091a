import { systemClock } from "../../app/clock";
import { stateQuarterlyReport } from "../../app/filings/state-quarterly-report";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { stateQuarterlyCsv } from "../../core/ledger/state-quarterly";
import { formatOption, parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report state-quarterly --client EIN --quarter YYYYQn [--state XX] [--format json|csv]";

/** `aso report state-quarterly`: each state's quarterly withholding and unemployment wage report. */
export const reportStateQuarterlyCommand: CliCommand = {
  summary: "state quarterly withholding and unemployment wage reports (json|csv)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        quarter: { type: "string" },
        state: { type: "string" },
        format: { type: "string" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const quarter = requireOption(values.quarter, "--quarter", usage);
    const format = formatOption(values.format, usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const report = await stateQuarterlyReport(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, quarter, ...(values.state ? { state: values.state } : {}) },
      );
      io.stdout.write(
        format === "csv"
          ? stateQuarterlyCsv(report.client, report.states, (id) => report.employees[id]?.externalId ?? "")
          : `${JSON.stringify(report)}\n`,
      );
      return 0;
    } finally {
      await session.close();
    }
  },
};

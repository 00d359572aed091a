import { systemClock } from "../../app/clock";
import { form941Report } from "../../app/payroll/payroll-reports";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report 941 --client EIN --quarter YYYYQn";

/** `aso report 941`: Form 941 lines 1–10 (and the monthly liability of line 16) as JSON. */
export const report941Command: CliCommand = {
  summary: "Form 941 lines 1–10 for a client and quarter (JSON)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, quarter: { type: "string" } },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const quarter = requireOption(values.quarter, "--quarter", usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const report = await form941Report(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, quarter },
      );
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

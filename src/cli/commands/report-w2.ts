import { systemClock } from "../../app/clock";
import { w2Report } from "../../app/payroll/payroll-reports";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report w2 --client EIN --year YYYY";

/** `aso report w2`: W-2 boxes 1–6 and box 12 codes per employee for a year, as JSON. */
export const reportW2Command: CliCommand = {
  summary: "W-2 boxes 1–6 and box 12 codes per employee for a client and year (JSON)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, year: { type: "string" } },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const year = requireOption(values.year, "--year", usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const report = await w2Report(session.deps, { kind: "system", name: "cli" }, { clientEin, year });
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

import { systemClock } from "../../app/clock";
import { form940Report } from "../../app/filings/form-940-report";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report 940 --client EIN --year YYYY";

/** `aso report 940`: Form 940 lines 1–17 and Schedule A (FUTA wages and credit reduction by state) as JSON. */
export const report940Command: CliCommand = {
  summary: "Form 940 and Schedule A for a client and year (JSON)",
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
      const report = await form940Report(session.deps, { kind: "system", name: "cli" }, { clientEin, year });
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

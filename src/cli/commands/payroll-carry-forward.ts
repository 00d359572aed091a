import { systemClock } from "../../app/clock";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { setTableCarryForward } from "../../app/tables/carry-forward";
import { loadEnv } from "../../config/env";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso payroll carry-forward --client EIN --on|--off";

/**
 * `aso payroll carry-forward`: a client's explicit choice to pay on the latest tax tables when none
 * covers the pay date yet (e.g. the first January run before the year's tables are loaded). Every
 * paycheck computed that way lists its tables as unverified. Audited.
 */
export const payrollCarryForwardCommand: CliCommand = {
  summary: "turn a client's carry-forward of tax tables (marked unverified) on or off",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, on: { type: "boolean" }, off: { type: "boolean" } },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    if (Boolean(values.on) === Boolean(values.off))
      throw new DomainError("cli.usage", `give exactly one of --on and --off\nusage: ${usage}`);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const on = Boolean(values.on);
      const { changed } = await setTableCarryForward(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, on },
      );
      io.stdout.write(
        `Carry-forward of tax tables for ${clientEin} is ${on ? "on: paychecks on dates without tables use the latest ones, marked unverified" : "off"}${changed ? "" : " (unchanged)"}\n`,
      );
      return 0;
    } finally {
      await session.close();
    }
  },
};

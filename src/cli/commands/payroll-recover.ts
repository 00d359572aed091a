import { systemClock } from "../../app/clock";
import { resolveRunEmployees } from "../../app/payroll/manage-pay-run";
import { requireClient } from "../../app/payroll/payroll-deps";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { recordWageRecovery } from "../../app/payroll/wage-recovery";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR } from "./payroll-shared";

const usage = "aso payroll recover --client EIN --employee ID --amount AMOUNT --key KEY [--json]";

/**
 * `aso payroll recover`: records wages overpaid to an employee earlier in the year; their next
 * regular paychecks take it off their wages until it is recovered. The same `--key` records once.
 */
export const payrollRecoverCommand: CliCommand = {
  summary: "recover overpaid wages from an employee's next regular paychecks",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        employee: { type: "string" },
        amount: { type: "string" },
        key: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const employee = requireOption(values.employee, "--employee", usage);
    const amount = requireOption(values.amount, "--amount", usage);
    const requestKey = requireOption(values.key, "--key", usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const { deps } = session;
      const client = await requireClient(deps, clientEin);
      const [employeeId] = await resolveRunEmployees(deps, client.id, [employee]);
      const r = await recordWageRecovery(deps, CLI_ACTOR, {
        clientEin,
        employeeId: employeeId!,
        amount,
        requestKey,
      });
      if (values.json)
        io.stdout.write(
          `${JSON.stringify({ client: clientEin, employee, amount: r.amount, created: r.created })}\n`,
        );
      else
        io.stdout.write(
          `${r.created ? "Recorded" : "Already recorded"}: $${r.amount} to recover from ${employee}'s next regular paychecks\n`,
        );
      return 0;
    } finally {
      await session.close();
    }
  },
};

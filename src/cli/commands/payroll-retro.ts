import { systemClock } from "../../app/clock";
import { resolveRunEmployees } from "../../app/payroll/manage-pay-run";
import { requireClient } from "../../app/payroll/payroll-deps";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { payRetro } from "../../app/payroll/retro-pay";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR, printRunSummary, watchWithProgress } from "./payroll-shared";

const usage =
  "aso payroll retro --client EIN --employee ID --rate NEW_RATE --effective YYYY-MM-DD --period-end YYYY-MM-DD [--pay-date YYYY-MM-DD] --key KEY [--json]";

/**
 * `aso payroll retro`: retro pay for a raise effective in periods already paid, computed from the
 * hours of those periods' posted paychecks and calculated as an adjustment run for the employee (left
 * `calculated` for approval, like `aso payroll run`). The same `--key` never pays twice.
 */
export const payrollRetroCommand: CliCommand = {
  summary: "retro pay for a raise effective in periods already paid (an adjustment run)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        employee: { type: "string" },
        rate: { type: "string" },
        effective: { type: "string" },
        "period-end": { type: "string" },
        "pay-date": { type: "string" },
        key: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const employee = requireOption(values.employee, "--employee", usage);
    const newRate = requireOption(values.rate, "--rate", usage);
    const effectiveFrom = requireOption(values.effective, "--effective", usage);
    const periodEnd = requireOption(values["period-end"], "--period-end", usage);
    const requestKey = requireOption(values.key, "--key", usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock, queue: true });
    try {
      const { deps } = session;
      const client = await requireClient(deps, clientEin);
      const [employeeId] = await resolveRunEmployees(deps, client.id, [employee]);
      const retro = await payRetro({ ...deps, queue: session.queue! }, CLI_ACTOR, {
        clientEin,
        employeeId: employeeId!,
        newRate,
        effectiveFrom,
        periodEnd,
        requestKey,
        ...(values["pay-date"] ? { payDate: values["pay-date"] } : {}),
      });
      if (!values.json) for (const line of retro.explanation) io.stdout.write(`${line}\n`);
      const finished = await watchWithProgress(deps, io, retro.run.id);
      if (values.json) {
        io.stdout.write(
          `${JSON.stringify({ client: clientEin, employee, retroPay: retro.amount, runId: finished.id, sequence: finished.sequence, status: finished.status, explanation: retro.explanation })}\n`,
        );
      } else await printRunSummary(io, session.db, deps, clientEin, finished, { json: false });
      return finished.status === "calculated" || finished.status === "posted" ? 0 : 1;
    } finally {
      await session.close();
    }
  },
};

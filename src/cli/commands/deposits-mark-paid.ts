import { systemClock } from "../../app/clock";
import { createDepositDeps } from "../../app/deposits/deposit-deps";
import { markDepositPaid } from "../../app/deposits/mark-deposit-paid";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { Money } from "../../core/money/money";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR } from "./payroll-shared";

const usage =
  "aso deposits mark-paid --client EIN --deposit ID --confirmation TEXT --paid-on YYYY-MM-DD [--json]";

/**
 * `aso deposits mark-paid`: records a deposit of the calendar as made and posts the payment to the
 * client's ledger. Marking it again changes nothing and exits 0, saying when and how it was paid.
 */
export const depositsMarkPaidCommand: CliCommand = {
  summary: "record a deposit made (posts it to the client's ledger; idempotent)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        deposit: { type: "string" },
        confirmation: { type: "string" },
        "paid-on": { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const input = {
      clientEin: requireOption(values.client, "--client", usage),
      depositId: requireOption(values.deposit, "--deposit", usage),
      confirmation: requireOption(values.confirmation, "--confirmation", usage),
      paidOn: requireOption(values["paid-on"], "--paid-on", usage),
    };
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const deps = createDepositDeps(session.db, { clock: systemClock, payroll: session.deps });
      const { changed, payment, client } = await markDepositPaid(deps, CLI_ACTOR, input);
      if (values.json) io.stdout.write(`${JSON.stringify({ client, changed, ...payment })}\n`);
      else if (changed)
        io.stdout.write(
          `Deposit ${payment.depositId} for ${client} recorded: ${Money.of(payment.amount).format()} paid ${payment.paidOn}, confirmation ${payment.confirmation}; posted to the client's ledger\n`,
        );
      else
        io.stdout.write(
          `Deposit ${payment.depositId} for ${client} was already recorded as paid ${payment.paidOn} (confirmation ${payment.confirmation}); nothing changed\n`,
        );
      return 0;
    } finally {
      await session.close();
    }
  },
};

import { buildFeedbackReport } from "../../app/feedback/feedback-report";
import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report feedback --client EIN --from YYYY-MM-DD --to YYYY-MM-DD";

/** `aso report feedback`: employees' verdicts on the assistant's answers in the dates, as JSON. */
export const reportFeedbackCommand: CliCommand = {
  summary: "employees' verdicts on the assistant's answers, with question and answer (JSON)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
      usage,
    );
    const ein = requireOption(values.client, "--client", usage);
    const from = requireOption(values.from, "--from", usage);
    const to = requireOption(values.to, "--to", usage);
    const db = await openDatabase(loadEnv(io.env));
    try {
      io.stdout.write(`${JSON.stringify(await buildFeedbackReport(db, { ein, from, to }))}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};

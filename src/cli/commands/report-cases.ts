import { buildClientCaseReport } from "../../app/cases/case-report";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { createCaseRepository } from "../../db/case-repository";
import { openDatabase } from "../../db/database";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report cases --client EIN --from YYYY-MM-DD --to YYYY-MM-DD";

/**
 * `aso report cases`: the client's escalation cases opened in the dates (inclusive, ASO calendar
 * zone) as JSON: counts by category, priority and state, median first response in business minutes,
 * SLA breaches (as they stand now).
 */
export const reportCasesCommand: CliCommand = {
  summary: "the client's HR cases: counts by category, median first response, SLA breaches (JSON)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const from = requireOption(values.from, "--from", usage);
    const to = requireOption(values.to, "--to", usage);
    const db = await openDatabase(loadEnv(io.env));
    try {
      const report = await buildClientCaseReport(
        // Reading only: nothing is enqueued.
        {
          cases: createCaseRepository(db.prisma),
          clock: systemClock,
          jobs: { enqueue: async () => undefined },
        },
        { actor: { kind: "system", name: "cli" }, clientEin, from, to },
      );
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};

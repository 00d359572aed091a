import { readFile, writeFile } from "node:fs/promises";
import { systemClock } from "../../app/clock";
import { efw2File } from "../../app/filings/efw2-file";
import { parseSsnFile } from "../../app/filings/ssn-file";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso report efw2 --client EIN --year YYYY [--out FILE] [--ssns FILE]";

/**
 * `aso report efw2`: the SSA's EFW2 file for a client and year. With `--out` the file is written there
 * and a one-line JSON summary goes to stdout; without it the file itself goes to stdout. What the file
 * could not carry is written to stderr either way. `--ssns` names a CSV of `external_id,ssn` read for
 * this file only (the product stores no SSNs); without it the SSN fields are zero-filled.
 */
export const reportEfw2Command: CliCommand = {
  summary: "the SSA EFW2 (electronic W-2) file for a client and year",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        year: { type: "string" },
        out: { type: "string" },
        ssns: { type: "string" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const year = requireOption(values.year, "--year", usage);
    const env = loadEnv(io.env);
    const session = await openPayrollSession(env, { clock: systemClock });
    try {
      const ssns = values.ssns ? parseSsnFile(await readFile(values.ssns, "utf8")) : undefined;
      const file = await efw2File(
        session.deps,
        { kind: "system", name: "cli" },
        { clientEin, year, submitter: env, ...(ssns ? { ssns } : {}) },
      );
      for (const note of file.notes) io.stderr.write(`note: ${note}\n`);
      if (values.out) {
        await writeFile(values.out, file.text, "latin1");
        io.stdout.write(
          `${JSON.stringify({ client: file.client, year: file.year, out: values.out, records: file.counts })}\n`,
        );
      } else io.stdout.write(file.text);
      return 0;
    } finally {
      await session.close();
    }
  },
};

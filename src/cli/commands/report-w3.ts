import { writeFile } from "node:fs/promises";
import { systemClock } from "../../app/clock";
import { w2AndW3, w2W3Pdfs } from "../../app/filings/w2-forms";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { isoDay } from "../../core/calendar/iso-date";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage =
  "aso report w3 --client EIN --year YYYY [--w2-pdf FILE] [--w3-pdf FILE] [--employee EXTERNAL_ID] [--issued YYYY-MM-DD]";

/**
 * `aso report w3`: the printed W-2s (boxes a–f, 1–20) and the W-3 totalling them, as JSON; with
 * `--w2-pdf`/`--w3-pdf` also as PDFs dated `--issued` (default today), so the same date gives the
 * same bytes.
 */
export const reportW3Command: CliCommand = {
  summary: "Forms W-2 (boxes a–20) and the W-3 for a client and year (JSON, optional PDFs)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        client: { type: "string" },
        year: { type: "string" },
        "w2-pdf": { type: "string" },
        "w3-pdf": { type: "string" },
        employee: { type: "string" },
        issued: { type: "string" },
      },
      usage,
    );
    const clientEin = requireOption(values.client, "--client", usage);
    const year = requireOption(values.year, "--year", usage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    const actor = { kind: "system", name: "cli" } as const;
    try {
      const report = await w2AndW3(session.deps, actor, { clientEin, year });
      if (values["w2-pdf"] || values["w3-pdf"]) {
        const pdfs = await w2W3Pdfs(session.deps, actor, {
          clientEin,
          year,
          issuedOn: values.issued ?? isoDay(systemClock.now()),
          ...(values.employee ? { employeeExternalId: values.employee } : {}),
        });
        if (values["w2-pdf"]) await writeFile(values["w2-pdf"], pdfs.w2);
        if (values["w3-pdf"]) await writeFile(values["w3-pdf"], pdfs.w3);
      }
      const { w2, ...rest } = report;
      const forms = values.employee ? w2.filter((f) => f.controlNumber === values.employee) : w2;
      io.stdout.write(`${JSON.stringify({ ...rest, w2: forms.map(({ employeeId: _, ...f }) => f) })}\n`);
      return 0;
    } finally {
      await session.close();
    }
  },
};

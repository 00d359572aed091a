import { writeFile } from "node:fs/promises";
import { buildAchFile } from "../../app/banking/build-ach-file";
import { odfiProfileOf } from "../../app/banking/odfi-profile";
import { systemClock } from "../../app/clock";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { loadEnv } from "../../config/env";
import { isIsoDate } from "../../core/calendar/iso-date";
import { loadKeyring } from "../../db/data-encryption-key";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR, RUN_OPTIONS, runRefOf } from "./payroll-shared";

const usage =
  "aso payroll ach --client EIN --period-end YYYY-MM-DD [--out FILE] [--effective-date YYYY-MM-DD] " +
  "[--created-at YYYY-MM-DDTHH:MM] [--file-id-modifier A] [--sequence N] [--json]";

function validDate(value: string, flag: string): string {
  if (!isIsoDate(value)) throw new DomainError("input.invalid", `${flag}: must be a date YYYY-MM-DD`);
  return value;
}

/**
 * `aso payroll ach`: the NACHA PPD direct-deposit file of a posted pay run. The file goes to --out
 * (created readable by its owner only: it holds account numbers) or to stdout; the summary, with
 * everyone paid by check and why, goes to stdout with --out and to stderr otherwise. The file header's
 * date and time default to now (UTC); giving --created-at and --file-id-modifier rebuilds a file byte
 * for byte.
 */
export const payrollAchCommand: CliCommand = {
  summary: "the NACHA direct-deposit file (PPD) of a posted pay run",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        ...RUN_OPTIONS,
        out: { type: "string" },
        "effective-date": { type: "string" },
        "created-at": { type: "string" },
        "file-id-modifier": { type: "string" },
      },
      usage,
    );
    const ref = runRefOf(values, usage);
    validDate(ref.periodEnd, "--period-end");
    const effectiveDate =
      values["effective-date"] === undefined
        ? undefined
        : validDate(values["effective-date"], "--effective-date");
    const createdAt = values["created-at"] ?? systemClock.now().toISOString().slice(0, 16);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(createdAt))
      throw new DomainError("input.invalid", "--created-at: must be YYYY-MM-DDTHH:MM");
    validDate(createdAt.slice(0, 10), "--created-at");
    const modifier = values["file-id-modifier"] ?? "A";
    if (!/^[A-Z0-9]$/.test(modifier))
      throw new DomainError("input.invalid", "--file-id-modifier: must be one capital letter or digit");

    const env = loadEnv(io.env);
    const odfi = odfiProfileOf(env);
    const keyring = await loadKeyring(env);
    const session = await openPayrollSession(env, { clock: systemClock });
    try {
      const result = await buildAchFile(session.deps, keyring, odfi, CLI_ACTOR, {
        ...ref,
        ...(effectiveDate ? { effectiveDate } : {}),
        fileCreationDate: createdAt.slice(0, 10),
        fileCreationTime: createdAt.slice(11, 16),
        fileIdModifier: modifier,
      });
      const { text, ...summary } = result;
      const report = io.stdout;
      if (values.out) await writeFile(values.out, text, { mode: 0o600 });
      else io.stdout.write(text);
      const summaryOut = values.out ? report : io.stderr;
      if (values.json) summaryOut.write(`${JSON.stringify({ client: ref.clientEin, ...summary })}\n`);
      else {
        summaryOut.write(
          `ACH file for ${ref.clientEin}, effective ${summary.effectiveDate}: ${summary.entryCount} entries, credits ${summary.totalCredit}, debit ${summary.totalDebit}, entry hash ${summary.entryHash}, ${summary.prenotes} prenotes\n`,
        );
        for (const c of summary.paidByCheck)
          summaryOut.write(
            `  paid by check: ${c.employee} ${c.name} ${c.amount} (${c.reason.replace(/_/g, " ")})\n`,
          );
      }
      return 0;
    } finally {
      await session.close();
    }
  },
};

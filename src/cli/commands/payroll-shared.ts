import type { PayrollDeps } from "../../app/payroll/payroll-deps";
import { progressText, type RunProgress, watchPayRun } from "../../app/payroll/watch-pay-run";
import { Money } from "../../core/money/money";
import type { Database } from "../../db/database";
import { type PayRunRecord, payRunTotals } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import { requireOption } from "../args";
import type { CommandIo } from "../command";

/** The options every command on one pay run takes. */
export const RUN_OPTIONS = {
  client: { type: "string" },
  "period-end": { type: "string" },
  sequence: { type: "string" },
  json: { type: "boolean" },
} as const;

export type RunRefValues = { client?: string; "period-end"?: string; sequence?: string };

/** `--client`, `--period-end` and `--sequence` as a run reference (usage errors exit 2). */
export function runRefOf(values: RunRefValues, usage: string) {
  const clientEin = requireOption(values.client, "--client", usage);
  const periodEnd = requireOption(values["period-end"], "--period-end", usage);
  const sequence = values.sequence === undefined ? 0 : Number(values.sequence);
  if (!Number.isInteger(sequence) || sequence < 0)
    throw new DomainError("cli.usage", `--sequence must be a whole number\nusage: ${usage}`);
  return { clientEin, periodEnd, sequence };
}

/** The CLI as an actor: the system, with the rights payroll policy gives it (src/core/ledger/payroll-policy.ts). */
export const CLI_ACTOR = { kind: "system", name: "cli" } as const;

function progressBar(p: RunProgress, width = 30): string {
  const ratio = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
  const filled = Math.round(ratio * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progressText(p)}`;
}

/** Waits for the run to leave `calculating`, with a progress bar (TTY) or a line per tenth on stderr. */
export async function watchWithProgress(
  deps: PayrollDeps,
  io: CommandIo,
  runId: string,
): Promise<PayRunRecord> {
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  let lastDecile = -1;
  const finished = await watchPayRun(deps, runId, (p) => {
    if (tty) io.stderr.write(`\r${progressBar(p)}`);
    else {
      const decile = p.total ? Math.floor((p.done / p.total) * 10) : 10;
      if (decile !== lastDecile) {
        lastDecile = decile;
        io.stderr.write(`${progressText(p)}\n`);
      }
    }
  });
  if (tty) io.stderr.write("\n");
  return finished;
}

/** A run's summary: stdout lines (or one JSON line with `--json`). */
export async function printRunSummary(
  io: CommandIo,
  db: Database,
  deps: PayrollDeps,
  clientEin: string,
  run: PayRunRecord,
  options: { json?: boolean | undefined; seconds?: number; extra?: Record<string, unknown> } = {},
): Promise<void> {
  const progress = await deps.runs.progress(run.id);
  const totals = await payRunTotals(db, run.id, run.excludedEmployeeIds);
  const errors = await deps.runs.errors(run.id);
  const names = await deps.inputs.employeeNames([
    ...errors.map((e) => e.employeeId),
    ...run.excludedEmployeeIds,
  ]);
  const label = (id: string) => names.get(id)?.externalId ?? id;
  const excluded = new Set(run.excludedEmployeeIds);
  const open = errors.filter((e) => !excluded.has(e.employeeId));
  const summary = {
    client: clientEin,
    runId: run.id,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    payDate: run.payDate,
    status: run.status,
    employees: run.employeeCount,
    calculated: progress.calculated,
    skipped: progress.skipped,
    errors: errors.map((e) => ({ employee: label(e.employeeId), code: e.errorCode, reason: e.error })),
    ...(run.excludedEmployeeIds.length ? { excluded: run.excludedEmployeeIds.map(label) } : {}),
    gross: totals.gross,
    net: totals.net,
    ...(options.seconds !== undefined ? { seconds: Number(options.seconds.toFixed(1)) } : {}),
    ...options.extra,
  };
  if (options.json) {
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const done = progress.calculated + progress.skipped + errors.length;
  const lines = [
    `Pay run ${run.periodStart} to ${run.periodEnd} (pay date ${run.payDate}) for ${clientEin}: ${run.status}${open.length ? " with errors" : ""}`,
    `  ${progress.calculated} paychecks calculated, ${progress.skipped} with nothing to pay, ${errors.length} errors (${run.employeeCount} employees${options.seconds !== undefined ? `, ${options.seconds.toFixed(1)} s` : ""})`,
    ...(run.status === "calculating" ? [`  ${done}/${run.employeeCount} done so far`] : []),
    `  gross ${Money.of(totals.gross).format()}, net ${Money.of(totals.net).format()}`,
    ...summary.errors.map(
      (e, i) =>
        `  error ${e.employee}: ${e.reason} (${e.code})${excluded.has(errors[i]!.employeeId) ? " — excluded" : ""}`,
    ),
  ];
  const ref = `--client ${clientEin} --period-end ${run.periodEnd}${run.sequence ? ` --sequence ${run.sequence}` : ""}`;
  if (run.status === "calculated")
    lines.push(
      open.length
        ? `  Fix these, then: aso payroll recalculate ${ref}; or leave them out: aso payroll exclude ${ref} --employee ID`
        : `  Next: aso payroll approve ${ref}`,
    );
  io.stdout.write(`${lines.join("\n")}\n`);
}

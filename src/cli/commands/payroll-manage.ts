import { systemClock } from "../../app/clock";
import {
  excludeEmployees,
  recalculateErrors,
  resolveRunEmployees,
  voidPaycheck,
  voidPayRun,
} from "../../app/payroll/manage-pay-run";
import { requireClient } from "../../app/payroll/payroll-deps";
import { openPayrollSession } from "../../app/payroll/payroll-session";
import { resumeCalculation } from "../../app/payroll/resume-pay-run";
import { loadEnv } from "../../config/env";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";
import { CLI_ACTOR, printRunSummary, RUN_OPTIONS, runRefOf, watchWithProgress } from "./payroll-shared";

const WITH_EMPLOYEES = { ...RUN_OPTIONS, employee: { type: "string", multiple: true } } as const;

/** `--employee` values, each possibly comma-separated. */
function employeeRefs(values: { employee?: string[] | undefined }): string[] {
  return (values.employee ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

const recalculateUsage =
  "aso payroll recalculate --client EIN --period-end YYYY-MM-DD [--sequence N] [--employee ID ...] [--json]";

/**
 * `aso payroll recalculate`: recalculates a calculated run's error paychecks (all, or the named
 * employees') after their cause was fixed, through the job queue, then prints the run's summary.
 */
export const payrollRecalculateCommand: CliCommand = {
  summary: "recalculate a calculated pay run's error paychecks",
  usage: recalculateUsage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, WITH_EMPLOYEES, recalculateUsage);
    const ref = runRefOf(values, recalculateUsage);
    const refs = employeeRefs(values);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock, queue: true });
    try {
      const { deps } = session;
      const client = await requireClient(deps, ref.clientEin);
      const employeeIds = refs.length ? await resolveRunEmployees(deps, client.id, refs) : undefined;
      const started = Date.now();
      const result = await recalculateErrors({ ...deps, queue: session.queue! }, CLI_ACTOR, {
        ...ref,
        ...(employeeIds ? { employeeIds } : {}),
      });
      if (result.employees === 0) {
        io.stderr.write("No paycheck errors to recalculate\n");
      }
      const finished = await watchWithProgress(deps, io, result.run.id);
      await printRunSummary(io, session.db, deps, ref.clientEin, finished, {
        json: values.json,
        seconds: (Date.now() - started) / 1000,
        extra: { recalculated: result.employees },
      });
      return finished.status === "calculated" ? 0 : 1;
    } finally {
      await session.close();
    }
  },
};

const excludeUsage =
  "aso payroll exclude --client EIN --period-end YYYY-MM-DD [--sequence N] --employee ID [--employee ID ...] [--json]";

/** `aso payroll exclude`: leaves employees out of a calculated run (their paychecks are not posted). */
export const payrollExcludeCommand: CliCommand = {
  summary: "leave employees out of a calculated pay run",
  usage: excludeUsage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, WITH_EMPLOYEES, excludeUsage);
    const ref = runRefOf(values, excludeUsage);
    const refs = employeeRefs(values);
    if (refs.length === 0) throw new DomainError("cli.usage", `missing --employee\nusage: ${excludeUsage}`);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const { deps } = session;
      const client = await requireClient(deps, ref.clientEin);
      const employeeIds = await resolveRunEmployees(deps, client.id, refs);
      const run = await excludeEmployees(deps, CLI_ACTOR, { ...ref, employeeIds });
      await printRunSummary(io, session.db, deps, ref.clientEin, run, { json: values.json });
      return 0;
    } finally {
      await session.close();
    }
  },
};

const voidUsage = "aso payroll void --client EIN --period-end YYYY-MM-DD [--sequence N] [--json]";

/** `aso payroll void`: voids a posted run (the reversing entry is posted; nothing is deleted). */
export const payrollVoidCommand: CliCommand = {
  summary: "void a posted pay run (posts the reversing entry)",
  usage: voidUsage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, RUN_OPTIONS, voidUsage);
    const ref = runRefOf(values, voidUsage);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const run = await voidPayRun(session.deps, CLI_ACTOR, ref);
      if (values.json)
        io.stdout.write(`${JSON.stringify({ client: ref.clientEin, runId: run.id, status: run.status })}\n`);
      else
        io.stdout.write(
          `Pay run ${run.periodStart} to ${run.periodEnd} for ${ref.clientEin} is ${run.status}; the reversing entry is posted\n`,
        );
      return 0;
    } finally {
      await session.close();
    }
  },
};

const voidPaycheckUsage =
  "aso payroll void-paycheck --client EIN --period-end YYYY-MM-DD [--sequence N] --employee ID [--json]";

/**
 * `aso payroll void-paycheck`: voids one employee's paycheck of a posted run (its reversing entry is
 * posted; the run's entry is left as posted). Running it again changes nothing.
 */
export const payrollVoidPaycheckCommand: CliCommand = {
  summary: "void one posted paycheck (posts its reversing entry)",
  usage: voidPaycheckUsage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, WITH_EMPLOYEES, voidPaycheckUsage);
    const ref = runRefOf(values, voidPaycheckUsage);
    const refs = employeeRefs(values);
    if (refs.length !== 1)
      throw new DomainError("cli.usage", `name exactly one --employee\nusage: ${voidPaycheckUsage}`);
    const session = await openPayrollSession(loadEnv(io.env), { clock: systemClock });
    try {
      const { deps } = session;
      const client = await requireClient(deps, ref.clientEin);
      const [employeeId] = await resolveRunEmployees(deps, client.id, refs);
      const result = await voidPaycheck(deps, CLI_ACTOR, { ...ref, employeeId: employeeId! });
      if (values.json)
        io.stdout.write(
          `${JSON.stringify({ client: ref.clientEin, runId: result.run.id, employee: refs[0], status: "voided", changed: result.changed })}\n`,
        );
      else
        io.stdout.write(
          `The paycheck of ${refs[0]} in the pay run ${result.run.periodStart} to ${result.run.periodEnd} for ${ref.clientEin} is voided${result.changed ? "; the reversing entry is posted" : " (it already was)"}\n`,
        );
      return 0;
    } finally {
      await session.close();
    }
  },
};

const statusUsage = "aso payroll status --client EIN --period-end YYYY-MM-DD [--sequence N] [--json]";

/**
 * `aso payroll status`: a run's state and progress. For a run still calculating, it also does the
 * watchdog's check (re-enqueues what the queue lost) when the queue answers.
 */
export const payrollStatusCommand: CliCommand = {
  summary: "a pay run's state and progress (resumes a run the queue lost)",
  usage: statusUsage,
  async run(io) {
    const { values } = parseCommandArgs(io.args, RUN_OPTIONS, statusUsage);
    const ref = runRefOf(values, statusUsage);
    const env = loadEnv(io.env);
    const plain = await openPayrollSession(env, { clock: systemClock });
    let run: Awaited<ReturnType<typeof plain.deps.runs.find>>;
    let check: string | undefined;
    try {
      const client = await requireClient(plain.deps, ref.clientEin);
      run = await plain.deps.runs.find(client.id, ref.periodEnd, ref.sequence);
      if (!run)
        throw new DomainError(
          "record.not_found",
          `no pay run for ${ref.clientEin} with period ending ${ref.periodEnd}`,
        );
      if (run.status === "calculating" && env.REDIS_URL) {
        // With a separate queue, check it; the embedded queue lives in this database and the process
        // that runs its workers (`aso serve`, or `aso payroll run` again) resumes the run.
        const session = await openPayrollSession(env, {
          clock: systemClock,
          queue: "producer",
          db: plain.db,
        }).catch((error: unknown) => {
          check = `queue unreachable: ${(error as Error).message}`;
          return undefined;
        });
        if (session) {
          try {
            check = await resumeCalculation({ ...session.deps, queue: session.queue! }, run.id);
          } finally {
            await session.close();
          }
        }
      }
      run = (await plain.deps.runs.findById(run.id)) ?? run;
      await printRunSummary(io, plain.db, plain.deps, ref.clientEin, run, {
        json: values.json,
        ...(check ? { extra: { check } } : {}),
      });
      if (!values.json && check) io.stdout.write(`  watchdog: ${check}\n`);
      return 0;
    } finally {
      await plain.close();
    }
  },
};

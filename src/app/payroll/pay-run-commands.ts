import { z } from "zod";
import { type CommandContext, defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { approvePayRun } from "./approve-pay-run";
import { excludeEmployees, recalculateErrors, voidPayRun } from "./manage-pay-run";
import { listPayRunDesk } from "./pay-run-desk";
import { confirmRunAction, PAY_RUN_COMMANDS, payRunDeskReply } from "./pay-run-replies";
import type { PayrollDeps } from "./payroll-deps";
import { requireClient, requirePayrollManager, requireRun } from "./payroll-deps";
import { startPayRun } from "./start-pay-run";

const RunArgs = z.object({
  clientEin: z.string().regex(/^\d{2}-\d{7}$/),
  periodEnd: z.iso.date(),
  sequence: z.coerce.number().int().min(0).max(999),
  confirmed: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
});
type RunArgs = z.output<typeof RunArgs>;

function status(text: string, tone: "success" | "warning" | "danger" | "info" = "success"): Reply {
  return { blocks: [{ kind: "status", text, tone }], personal: true };
}

/**
 * The pay-run buttons and forms for client admins and ASO staff, on every channel: the desk, start,
 * approve, recalculate failed paychecks, leave them out, void. Each goes through the same use case as
 * the CLI, which re-checks permission (a forged payload for another client is refused) and state (a
 * click on an old card finds the run changed and says so). Approve, leave-out and void ask first.
 */
export function createPayRunCommands(deps: Omit<PayrollDeps, "clock"> & { queue: QueueRuntime }) {
  const withClock = (ctx: CommandContext) => ({ ...deps, clock: ctx.clock });
  const desk = async (ctx: CommandContext) =>
    payRunDeskReply(await listPayRunDesk(withClock(ctx), ctx.actor));
  const runOf = async (ctx: CommandContext, args: RunArgs) => {
    const d = withClock(ctx);
    const client = await requireClient(d, args.clientEin);
    // The confirmation step shows the run, so it is authorized like the action itself.
    await requirePayrollManager(d, ctx.actor, client);
    return { client, run: await requireRun(d, client, args.periodEnd, args.sequence) };
  };
  const ref = (args: RunArgs) => ({
    clientEin: args.clientEin,
    periodEnd: args.periodEnd,
    sequence: args.sequence,
  });

  return [
    defineCommand({
      name: PAY_RUN_COMMANDS.desk,
      summary: "The pay runs of the clients you manage, with what each allows",
      args: z.object({}),
      async handle(ctx) {
        return [await desk(ctx)];
      },
    }),
    defineCommand({
      name: PAY_RUN_COMMANDS.start,
      summary: "Start calculating a client's pay run for a period",
      args: z.object({
        clientEin: z.string().regex(/^\d{2}-\d{7}$/),
        periodEnd: z.iso.date(),
        payDate: z.union([z.iso.date(), z.literal("")]).optional(),
      }),
      async handle(ctx, args) {
        const run = await startPayRun(withClock(ctx), ctx.actor, {
          clientEin: args.clientEin,
          periodEnd: args.periodEnd,
          ...(args.payDate ? { payDate: args.payDate } : {}),
        });
        return [
          status(
            `Pay run ${run.periodStart} – ${run.periodEnd} started: ${run.employeeCount} paychecks to calculate, paid ${run.payDate}.`,
            "info",
          ),
          await desk(ctx),
        ];
      },
    }),
    defineCommand({
      name: PAY_RUN_COMMANDS.approve,
      summary: "Approve a calculated pay run and post it to the client's ledger",
      args: RunArgs,
      async handle(ctx, args) {
        if (!args.confirmed) {
          const { client, run } = await runOf(ctx, args);
          const paid = run.employeeCount - run.excludedEmployeeIds.length;
          return [
            confirmRunAction(
              `Approve ${client.name}'s pay run ${run.periodStart} – ${run.periodEnd} (about ${paid} paychecks, paid ${run.payDate}) and post it to its ledger?`,
              {
                label: "Approve and post",
                style: "primary",
                command: { name: PAY_RUN_COMMANDS.approve, args: { ...ref(args), confirmed: true } },
              },
            ),
          ];
        }
        const result = await approvePayRun(withClock(ctx), ctx.actor, ref(args));
        return [
          status(
            result.changed
              ? `Pay run ${result.run.periodStart} – ${result.run.periodEnd} approved and posted.`
              : `That pay run was already ${result.run.status}; nothing changed.`,
            result.changed ? "success" : "info",
          ),
          await desk(ctx),
        ];
      },
    }),
    defineCommand({
      name: PAY_RUN_COMMANDS.recalculate,
      summary: "Recalculate the failed paychecks of a calculated pay run",
      args: RunArgs,
      async handle(ctx, args) {
        const { employees } = await recalculateErrors(withClock(ctx), ctx.actor, ref(args));
        return [
          status(
            employees > 0
              ? `Recalculating ${employees} paycheck${employees === 1 ? "" : "s"}.`
              : "No paychecks with errors are left to recalculate.",
            employees > 0 ? "info" : "success",
          ),
          await desk(ctx),
        ];
      },
    }),
    defineCommand({
      name: PAY_RUN_COMMANDS.excludeErrors,
      summary: "Leave the failed paychecks out of a calculated pay run",
      args: RunArgs,
      async handle(ctx, args) {
        const d = withClock(ctx);
        const { client, run } = await runOf(ctx, args);
        const failed = (await d.runs.errors(run.id))
          .map((e) => e.employeeId)
          .filter((id) => !run.excludedEmployeeIds.includes(id));
        if (failed.length === 0)
          return [status("No paychecks with errors are left in that pay run.", "info")];
        if (!args.confirmed) {
          const names = await d.inputs.employeeNames(failed);
          const list = failed.map((id) => names.get(id)?.name ?? "an employee").join(", ");
          return [
            confirmRunAction(
              `Leave ${list} out of ${client.name}'s pay run ${run.periodStart} – ${run.periodEnd}? They are not paid by this run; pay them in an adjustment run once fixed.`,
              {
                label: `Leave out ${failed.length}`,
                style: "danger",
                command: { name: PAY_RUN_COMMANDS.excludeErrors, args: { ...ref(args), confirmed: true } },
              },
            ),
          ];
        }
        await excludeEmployees(d, ctx.actor, { ...ref(args), employeeIds: failed });
        return [
          status(`${failed.length} paycheck${failed.length === 1 ? "" : "s"} left out of the pay run.`),
          await desk(ctx),
        ];
      },
    }),
    defineCommand({
      name: PAY_RUN_COMMANDS.void,
      summary: "Void a posted pay run (posts the reversing entry)",
      args: RunArgs,
      async handle(ctx, args) {
        if (!args.confirmed) {
          const { client, run } = await runOf(ctx, args);
          if (run.status === "voided") return [status("That pay run is already voided.", "info")];
          return [
            confirmRunAction(
              `Void ${client.name}'s posted pay run ${run.periodStart} – ${run.periodEnd}? This posts the reversing entry to its ledger and takes its paychecks out of year-to-date.`,
              {
                label: "Void pay run",
                style: "danger",
                command: { name: PAY_RUN_COMMANDS.void, args: { ...ref(args), confirmed: true } },
              },
            ),
          ];
        }
        const before = (await runOf(ctx, args)).run.status;
        const run = await voidPayRun(withClock(ctx), ctx.actor, ref(args));
        return [
          status(
            before === "voided"
              ? "That pay run was already voided; nothing changed."
              : `Pay run ${run.periodStart} – ${run.periodEnd} voided; the reversing entry is posted.`,
            before === "voided" ? "info" : "success",
          ),
          await desk(ctx),
        ];
      },
    }),
  ];
}

import { z } from "zod";
import { type CommandContext, defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import { formatShortDate } from "../../core/calendar/iso-date";
import { cancelPto } from "../pto/cancel-pto";
import { changePto } from "../pto/change-pto";
import { decidePto } from "../pto/decide-pto";
import { requestPto } from "../pto/request-pto";
import { approveTimesheet } from "./approve-timesheet";
import { bulkApproveTimesheets } from "./bulk-approve-timesheets";
import type { DecideTimesheetResult } from "./decide-timesheet";
import type { TimesheetDeps } from "./deps";
import { getMyTimesheet } from "./get-my-timesheet";
import { listPendingApprovals } from "./list-pending-approvals";
import { recordHours } from "./record-hours";
import { rejectTimesheet } from "./reject-timesheet";
import { approvalCard, TIMESHEET_COMMANDS } from "./replies";
import { submitTimesheet } from "./submit-timesheet";

const IsoDate = z.iso.date();
const Hours = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/);

function status(text: string, tone: "success" | "warning" | "danger" | "info", updateKey?: string): Reply {
  return { blocks: [{ kind: "status", text, tone }], ...(updateKey ? { updateKey } : {}) };
}

function decisionReply(result: DecideTimesheetResult): Reply {
  const tone = result.outcome === "already" ? "info" : result.outcome === "approved" ? "success" : "warning";
  return status(result.message, tone, `approval:timesheet:${result.timesheet.id}`);
}

/**
 * The typed commands behind the timesheet and PTO buttons. Each handler runs a use case, which checks
 * permission with src/core/policy against `ctx.actor` (a forged button gets `auth.forbidden`).
 * `deps.clock` is replaced by the turn's clock.
 */
export function createTimesheetCommands(deps: Omit<TimesheetDeps, "clock">) {
  const withClock = (ctx: CommandContext): TimesheetDeps => ({ ...deps, clock: ctx.clock });

  const recordHoursCommand = defineCommand({
    name: TIMESHEET_COMMANDS.recordHours,
    summary: "Record (or add) hours worked on one day",
    args: z.object({
      date: IsoDate,
      hours: Hours,
      add: z.boolean().optional(),
      note: z.string().max(500).optional(),
    }),
    async handle(ctx, args) {
      const result = await recordHours(withClock(ctx), ctx.actor, {
        days: [
          {
            date: args.date,
            ...(args.add ? { addHours: args.hours } : { hours: args.hours }),
            ...(args.note ? { note: args.note } : {}),
          },
        ],
      });
      const day = result.timesheet.days.find((d) => d.date === args.date);
      return [
        recordedReply(
          `Recorded ${day?.hours ?? args.hours} hours for ${formatShortDate(args.date)}. Week total: ${result.weekHours} hours.`,
          args.date,
        ),
      ];
    },
  });

  const recordWeekCommand = defineCommand({
    name: TIMESHEET_COMMANDS.recordWeek,
    summary: "Record the hours worked on each day of one workweek (the week form)",
    // Keyed by date, as the week form names its fields; every date must fall in one workweek.
    args: z.record(IsoDate, Hours).refine((days) => {
      const n = Object.keys(days).length;
      return n >= 1 && n <= 7;
    }, "between one and seven days"),
    async handle(ctx, args) {
      const dates = Object.keys(args).sort();
      const result = await recordHours(withClock(ctx), ctx.actor, {
        days: dates.map((date) => ({ date, hours: args[date]! })),
      });
      const worked = result.timesheet.days.filter((d) => d.hours !== "0");
      return [
        recordedReply(
          `Saved your week of ${formatShortDate(result.timesheet.weekStart)}: ${worked.length} ${worked.length === 1 ? "day" : "days"} worked. Week total: ${result.weekHours} hours.`,
          dates[0]!,
        ),
      ];
    },
  });

  const submitCommand = defineCommand({
    name: TIMESHEET_COMMANDS.submit,
    summary: "Submit a week's timesheet for approval",
    args: z.object({ date: IsoDate }),
    async handle(ctx, args) {
      const result = await submitTimesheet(withClock(ctx), ctx.actor, {
        date: args.date,
        requestId: `${ctx.conversationKey}:submit:${args.date}`,
      });
      const week = formatShortDate(result.timesheet.weekStart);
      return [
        result.outcome === "submitted"
          ? status(`Submitted ${result.totalHours} hours for the week of ${week} for approval.`, "success")
          : status(`Your timesheet for the week of ${week} is already ${result.timesheet.status}.`, "info"),
      ];
    },
  });

  const approveCommand = defineCommand({
    name: TIMESHEET_COMMANDS.approve,
    summary: "Approve a submitted timesheet",
    args: z.object({ timesheetId: z.uuid(), submission: z.number().int().min(1) }),
    async handle(ctx, args) {
      return [decisionReply(await approveTimesheet(withClock(ctx), ctx.actor, args))];
    },
  });

  const rejectCommand = defineCommand({
    name: TIMESHEET_COMMANDS.reject,
    summary: "Reject a submitted timesheet with a reason",
    args: z.object({
      timesheetId: z.uuid(),
      submission: z.number().int().min(1),
      reason: z.string().max(500).optional(),
    }),
    async handle(ctx, args) {
      if (!args.reason?.trim()) {
        return [
          {
            blocks: [
              {
                kind: "form",
                id: `reject-${args.timesheetId}`,
                title: "Reject timesheet",
                submitLabel: "Reject",
                fields: [
                  {
                    name: "reason",
                    label: "Reason (the employee sees it)",
                    type: "textarea",
                    required: true,
                  },
                ],
                command: {
                  name: TIMESHEET_COMMANDS.reject,
                  args: { timesheetId: args.timesheetId, submission: args.submission },
                },
              },
            ],
          },
        ];
      }
      return [
        decisionReply(
          await rejectTimesheet(withClock(ctx), ctx.actor, {
            timesheetId: args.timesheetId,
            submission: args.submission,
            reason: args.reason,
          }),
        ),
      ];
    },
  });

  const bulkApproveCommand = defineCommand({
    name: TIMESHEET_COMMANDS.bulkApprove,
    summary: "Approve the previewed timesheets of a week",
    /** `items`: "timesheetId:submission" joined by commas — exactly what the preview showed. */
    args: z.object({ items: z.string().regex(/^([0-9a-f-]{36}:\d+)(,[0-9a-f-]{36}:\d+)*$/) }),
    async handle(ctx, args) {
      const items = args.items.split(",").map((pair) => {
        const [timesheetId, submission] = pair.split(":");
        return { timesheetId: timesheetId!, submission: Number(submission) };
      });
      const result = await bulkApproveTimesheets(withClock(ctx), ctx.actor, { items });
      return [
        status(result.summary, result.failed.length ? "warning" : "success"),
        ...result.approved.map(decisionReply),
        ...result.already.map(decisionReply),
      ];
    },
  });

  const detailsCommand = defineCommand({
    name: TIMESHEET_COMMANDS.details,
    summary: "Show a timesheet day by day (the approval card's View details)",
    args: z.object({ timesheetId: z.uuid() }),
    async handle(ctx, args) {
      const sheet = await deps.timesheets.findTimesheetById(args.timesheetId);
      if (!sheet) return [status("That timesheet no longer exists.", "warning")];
      // getMyTimesheet checks that the actor may see this person's time (self, manager, delegate, admin).
      const week = await getMyTimesheet(withClock(ctx), ctx.actor, {
        date: sheet.weekStart,
        employeeId: sheet.employeeId,
      });
      return [
        {
          personal: true,
          keepsCard: true,
          blocks: [
            {
              kind: "facts",
              title: `${week.employeeName} — week of ${formatShortDate(week.weekStart)} (${week.status.replace("_", " ")})`,
              facts: [
                ...week.days.map((d) => {
                  const pto = Object.entries(d.pto ?? {}).filter(([, h]) => h && h !== "0");
                  const extra = [
                    ...pto.map(([type, h]) => `${h} h ${type}`),
                    ...(d.note ? [`“${d.note}”`] : []),
                  ];
                  return {
                    label: formatShortDate(d.date),
                    value: `${d.hours} h${extra.length ? ` · ${extra.join(" · ")}` : ""}`,
                  };
                }),
                { label: "Total", value: `${week.totalHours} h worked, ${week.ptoHours} h PTO` },
              ],
            },
          ],
        },
      ];
    },
  });

  const showPendingCommand = defineCommand({
    name: "pending_approvals.show",
    summary: "Show what waits for my approval",
    args: z.object({ weekStart: IsoDate.optional() }),
    async handle(ctx, args) {
      const pending = await listPendingApprovals(
        withClock(ctx),
        ctx.actor,
        args.weekStart ? { weekStart: args.weekStart } : {},
      );
      if (pending.timesheets.length === 0) return [status("Nothing waits for your approval.", "info")];
      return pending.timesheets.map((t) => approvalCard(t));
    },
  });

  const ptoRequestCommand = defineCommand({
    name: TIMESHEET_COMMANDS.ptoRequest,
    summary: "Request time off",
    args: z.object({
      type: z.enum(["vacation", "sick"]),
      startDate: IsoDate,
      endDate: IsoDate,
      hoursPerDay: Hours.optional(),
    }),
    async handle(ctx, args) {
      const result = await requestPto(withClock(ctx), ctx.actor, {
        ...args,
        requestKey: `${ctx.conversationKey}:${args.type}:${args.startDate}:${args.endDate}`,
      });
      const holidays = result.holidays.map(
        (h) => `${formatShortDate(h.date)} is a holiday (${h.name}), not charged.`,
      );
      return [
        status(
          result.outcome === "requested"
            ? [
                `Requested ${result.request.hours} hours of ${args.type}. Your manager has been asked to approve it.`,
                ...holidays,
              ].join(" ")
            : `You already requested this (${result.request.status}).`,
          "success",
        ),
      ];
    },
  });

  const ptoApproveCommand = defineCommand({
    name: TIMESHEET_COMMANDS.ptoApprove,
    summary: "Approve a PTO request",
    args: z.object({ requestId: z.uuid() }),
    async handle(ctx, args) {
      const result = await decidePto(withClock(ctx), ctx.actor, {
        requestId: args.requestId,
        decision: "approved",
      });
      return [
        status(
          result.message,
          result.outcome === "already" ? "info" : "success",
          `approval:pto:${args.requestId}`,
        ),
      ];
    },
  });

  const ptoRejectCommand = defineCommand({
    name: TIMESHEET_COMMANDS.ptoReject,
    summary: "Reject a PTO request with a reason",
    args: z.object({ requestId: z.uuid(), reason: z.string().max(500).optional() }),
    async handle(ctx, args) {
      if (!args.reason?.trim()) {
        return [
          {
            blocks: [
              {
                kind: "form",
                id: `reject-pto-${args.requestId}`,
                title: "Reject time off",
                submitLabel: "Reject",
                fields: [
                  {
                    name: "reason",
                    label: "Reason (the employee sees it)",
                    type: "textarea",
                    required: true,
                  },
                ],
                command: { name: TIMESHEET_COMMANDS.ptoReject, args: { requestId: args.requestId } },
              },
            ],
          },
        ];
      }
      const result = await decidePto(withClock(ctx), ctx.actor, {
        requestId: args.requestId,
        decision: "rejected",
        reason: args.reason,
      });
      return [
        status(
          result.message,
          result.outcome === "already" ? "info" : "warning",
          `approval:pto:${args.requestId}`,
        ),
      ];
    },
  });

  const ptoCancelCommand = defineCommand({
    name: TIMESHEET_COMMANDS.ptoCancel,
    summary: "Cancel my own upcoming time off",
    args: z.object({ requestId: z.uuid() }),
    async handle(ctx, args) {
      const result = await cancelPto(withClock(ctx), ctx.actor, {
        requestId: args.requestId,
        requestKey: `${ctx.conversationKey}:cancel:${args.requestId}`,
      });
      return [status(result.message, result.outcome === "already" ? "info" : "success")];
    },
  });

  const ptoChangeCommand = defineCommand({
    name: TIMESHEET_COMMANDS.ptoChange,
    summary: "Move my own upcoming time off to other dates",
    args: z.object({ requestId: z.uuid(), startDate: IsoDate, endDate: IsoDate }),
    async handle(ctx, args) {
      const result = await changePto(withClock(ctx), ctx.actor, {
        ...args,
        requestKey: `${args.startDate}:${args.endDate}`,
      });
      const holidays = result.holidays.map(
        (h) => `${formatShortDate(h.date)} is a holiday (${h.name}), not charged.`,
      );
      return [
        status(
          [result.message, ...(result.outcome === "changed" ? holidays : [])].join(" "),
          result.outcome === "already" ? "info" : "success",
        ),
      ];
    },
  });

  return {
    ptoCancel: ptoCancelCommand,
    ptoChange: ptoChangeCommand,
    recordHours: recordHoursCommand,
    recordWeek: recordWeekCommand,
    submit: submitCommand,
    approve: approveCommand,
    reject: rejectCommand,
    bulkApprove: bulkApproveCommand,
    showPending: showPendingCommand,
    details: detailsCommand,
    ptoRequest: ptoRequestCommand,
    ptoApprove: ptoApproveCommand,
    ptoReject: ptoRejectCommand,
  };
}

export type TimesheetCommands = ReturnType<typeof createTimesheetCommands>;

/** Every timesheet/PTO command, for `new CommandRegistry([...])`. */
export function timesheetCommandList(commands: TimesheetCommands) {
  return Object.values(commands);
}

/** Hours recorded: what was saved, and the button that submits that date's week for approval. */
function recordedReply(text: string, date: string): Reply {
  return {
    personal: true,
    blocks: [
      { kind: "status", tone: "success", text },
      {
        kind: "actions",
        buttons: [
          {
            label: "Submit week for approval",
            style: "primary",
            command: { name: TIMESHEET_COMMANDS.submit, args: { date } },
          },
        ],
      },
    ],
  };
}

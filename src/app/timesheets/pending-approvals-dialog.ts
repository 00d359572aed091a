import { type Dialog, defineDialog } from "../../conversation/dialog";
import type { Reply } from "../../conversation/reply";
import { formatShortDate } from "../../core/calendar/iso-date";
import { fixedClock } from "../../core/clock";
import { localDate } from "../../core/timesheets/cutoffs";
import { getTeamSummary } from "./get-team-summary";
import { listPendingApprovals } from "./list-pending-approvals";
import { approvalCard } from "./replies";
import type { TimesheetDialogServices } from "./timesheet-submit-dialog";

/**
 * "What's waiting for my approval?" / "approve all for my team this week": the pending timesheets and
 * PTO requests with totals and a card each; with more than one timesheet, a bulk approval confirmation
 * showing the count and total hours first.
 */
export function createPendingApprovalsDialog({ deps, commands }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "pending_approvals",
    async run(ctx) {
      if (ctx.actor.kind !== "employee") {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "Approvals are for managers." }] }],
        };
      }
      const d = { ...deps, clock: fixedClock(ctx.now) };
      const pending = await listPendingApprovals(d, ctx.actor);
      const today = localDate(ctx.now, ctx.timezone);
      const team = await getTeamSummary(d, ctx.actor, { date: ctx.slots.date ?? today });
      const { totals } = pending;
      if (totals.timesheets === 0 && totals.ptoRequests === 0) {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "status", tone: "info", text: "Nothing waits for your approval." }] }],
        };
      }
      const summary: Reply = {
        personal: true,
        blocks: [
          {
            kind: "text",
            text: `Waiting for you: ${totals.timesheets} timesheet${totals.timesheets === 1 ? "" : "s"} (${totals.hours} hours) and ${totals.ptoRequests} time-off request${totals.ptoRequests === 1 ? "" : "s"} (${totals.ptoHours} hours).`,
          },
          ...(team.members.length
            ? [
                {
                  kind: "facts" as const,
                  title: `Team, week of ${formatShortDate(team.weekStart)}`,
                  facts: team.members.map((m) => ({
                    label: m.name,
                    value: `${m.status.replace("_", " ")} · ${m.totalHours} h`,
                  })),
                },
              ]
            : []),
        ],
      };
      const cards = pending.timesheets.map((t) => approvalCard(t));
      const ptoCards: Reply[] = pending.ptoRequests.map((r) => ({
        personal: true,
        updateKey: `approval:pto:${r.requestId}`,
        blocks: [
          {
            kind: "text",
            text: `*${r.employeeName}* — ${r.hours} hours of ${r.type}, ${formatShortDate(r.startDate)} to ${formatShortDate(r.endDate)}`,
          },
          {
            kind: "actions",
            buttons: [
              {
                label: "Approve",
                style: "primary",
                command: commands.ptoApprove.ref({ requestId: r.requestId }),
              },
              {
                label: "Reject",
                style: "danger",
                command: commands.ptoReject.ref({ requestId: r.requestId }),
              },
            ],
          },
        ],
      }));
      if (pending.timesheets.length > 1) {
        return {
          kind: "confirm",
          text: `Approve all ${totals.timesheets} timesheets (${totals.hours} hours)?`,
          confirmLabel: "Approve all",
          cancelLabel: "Review one by one",
          command: commands.bulkApprove.ref({
            items: pending.timesheets.map((t) => `${t.timesheetId}:${t.submission}`).join(","),
          }),
          facts: pending.timesheets.map((t) => ({
            label: `${t.employeeName} (week of ${formatShortDate(t.weekStart)})`,
            value: `${t.totalHours} h`,
          })),
          personal: true,
        };
      }
      return { kind: "answer", replies: [summary, ...cards, ...ptoCards] };
    },
  });
}

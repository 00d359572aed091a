import { type Dialog, defineDialog } from "../../conversation/dialog";
import { formatShortDate } from "../../core/calendar/iso-date";
import { fixedClock } from "../../core/clock";
import { localDate } from "../../core/timesheets/cutoffs";
import { getMyTimesheet } from "./get-my-timesheet";
import { listMySubmissions } from "./list-my-submissions";
import type { TimesheetDialogServices } from "./timesheet-submit-dialog";

/** "Did my timesheet get approved?" / "show my hours for last week": the week, then recent submissions. */
export function createTimesheetStatusDialog({ deps }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "timesheet_status",
    async run(ctx) {
      const d = { ...deps, clock: fixedClock(ctx.now) };
      const date = ctx.slots.date ?? ctx.slots.dateRange?.start ?? localDate(ctx.now, ctx.timezone);
      const week = await getMyTimesheet(d, ctx.actor, { date });
      const recent = await listMySubmissions(d, ctx.actor, { limit: 4 });
      const decided = week.decision
        ? ` — ${week.decision.decision} by ${week.decision.deciderName}${week.decision.reason ? ` (“${week.decision.reason}”)` : ""}`
        : "";
      return {
        kind: "answer",
        replies: [
          {
            personal: true,
            blocks: [
              {
                kind: "text",
                text: `Week of ${formatShortDate(week.weekStart)}: *${week.status.replace("_", " ")}*${decided}. ${week.totalHours} hours worked, ${week.ptoHours} hours PTO.`,
              },
              {
                kind: "facts",
                facts: week.days.map((day) => ({
                  label: formatShortDate(day.date),
                  value: `${day.hours} h${
                    day.pto
                      ? ` + PTO ${Object.entries(day.pto)
                          .map(([t, h]) => `${h} h ${t}`)
                          .join(", ")}`
                      : ""
                  }`,
                })),
              },
              ...(recent.length
                ? [
                    {
                      kind: "facts" as const,
                      title: "Recent submissions",
                      facts: recent.map((r) => ({
                        label: `Week of ${formatShortDate(r.weekStart)}`,
                        value: `${r.status} (${r.totalHours} h)`,
                      })),
                    },
                  ]
                : []),
            ],
          },
        ],
      };
    },
  });
}

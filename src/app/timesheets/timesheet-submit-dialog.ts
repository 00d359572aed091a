import { type Dialog, defineDialog } from "../../conversation/dialog";
import { formatShortDate } from "../../core/calendar/iso-date";
import { fixedClock } from "../../core/clock";
import { localDate } from "../../core/timesheets/cutoffs";
import type { TimesheetCommands } from "./commands";
import type { TimesheetDeps } from "./deps";
import { getMyTimesheet } from "./get-my-timesheet";

export type TimesheetDialogServices = { deps: Omit<TimesheetDeps, "clock">; commands: TimesheetCommands };

/**
 * "I worked 9 hours yesterday" → "Record 9 hours for Tue Nov 24?" [Record] [Change];
 * "submit my timesheet" → "Submit your timesheet for the week of Sun Nov 22 (41 hours)?" [Submit] [Change].
 * Nothing changes before the button is clicked; the command re-checks permission.
 */
export function createTimesheetSubmitDialog({ deps, commands }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "timesheet_submit",
    slots: [
      { slot: "date", question: "Which day are these hours for?", when: (s) => s.hours !== undefined },
      { slot: "hours", question: "How many hours did you work that day?", when: (s) => s.date !== undefined },
    ],
    async run(ctx) {
      const { date, hours } = ctx.slots;
      if (date && hours) {
        return {
          kind: "confirm",
          text: `Submit ${hours} hours for ${formatShortDate(date)}?`,
          confirmLabel: "Submit",
          cancelLabel: "Change",
          command: commands.recordHours.ref({ date, hours }),
          personal: true,
        };
      }
      const today = localDate(ctx.now, ctx.timezone);
      const week = await getMyTimesheet({ ...deps, clock: fixedClock(ctx.now) }, ctx.actor, { date: today });
      if (week.status === "submitted" || week.status === "resubmitted" || week.status === "approved") {
        return {
          kind: "answer",
          replies: [
            {
              blocks: [
                {
                  kind: "status",
                  tone: "info",
                  text: `Your timesheet for the week of ${formatShortDate(week.weekStart)} is already ${week.status} (${week.totalHours} hours).`,
                },
              ],
            },
          ],
        };
      }
      return {
        kind: "confirm",
        text: `Submit your timesheet for the week of ${formatShortDate(week.weekStart)} (${week.totalHours} hours) for approval?`,
        confirmLabel: "Submit",
        cancelLabel: "Change",
        command: commands.submit.ref({ date: today }),
        facts: week.days
          .filter((d) => d.hours !== "0" || d.pto)
          .map((d) => ({ label: formatShortDate(d.date), value: `${d.hours} h` })),
        personal: true,
      };
    },
  });
}

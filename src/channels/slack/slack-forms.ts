import type { WeekView } from "../../app/timesheets/get-my-timesheet";
import { TIMESHEET_COMMANDS } from "../../app/timesheets/replies";
import type { ReplyBlock } from "../../conversation/reply";
import { formatShortDate } from "../../core/calendar/iso-date";

type FormBlock = Extract<ReplyBlock, { kind: "form" }>;

/**
 * The forms `/hr` and App Home open directly as modals. Each submits one typed command; the command's
 * zod schema validates what was typed.
 */
export function timesheetDayForm(today: string): FormBlock {
  return {
    kind: "form",
    id: "timesheet-day",
    title: "Log hours",
    submitLabel: "Save",
    fields: [
      { name: "date", label: "Day", type: "date", required: true, initial: today },
      { name: "hours", label: "Hours worked", type: "number", required: true, placeholder: "8" },
      { name: "note", label: "Note (optional)", type: "textarea" },
    ],
    command: { name: TIMESHEET_COMMANDS.recordHours, args: {} },
  };
}

/**
 * The whole workweek in one modal: one hours field per day (named by its date), filled with what is
 * recorded, so saving sets each day to what the form shows.
 */
export function timesheetWeekForm(week: Pick<WeekView, "weekStart" | "days">): FormBlock {
  return {
    kind: "form",
    id: `timesheet-week-${week.weekStart}`,
    title: "Log my week",
    submitLabel: "Save",
    fields: week.days.map((d) => ({
      name: d.date,
      label: formatShortDate(d.date),
      type: "number" as const,
      required: true,
      initial: d.hours,
    })),
    command: { name: TIMESHEET_COMMANDS.recordWeek, args: {} },
  };
}

export function ptoRequestForm(today: string): FormBlock {
  return {
    kind: "form",
    id: "pto-request",
    title: "Request time off",
    submitLabel: "Request",
    fields: [
      {
        name: "type",
        label: "Type",
        type: "select",
        required: true,
        initial: "vacation",
        options: [
          { value: "vacation", label: "Vacation" },
          { value: "sick", label: "Sick" },
        ],
      },
      { name: "startDate", label: "First day", type: "date", required: true, initial: today },
      { name: "endDate", label: "Last day", type: "date", required: true, initial: today },
      { name: "hoursPerDay", label: "Hours per day (optional)", type: "number", placeholder: "8" },
    ],
    command: { name: TIMESHEET_COMMANDS.ptoRequest, args: {} },
  };
}

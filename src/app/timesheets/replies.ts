import type { Reply } from "../../conversation/reply";
import { formatShortDate } from "../../core/calendar/iso-date";

/** Command names of the buttons these replies carry (handled in `commands.ts`). */
export const TIMESHEET_COMMANDS = {
  submit: "timesheet.submit",
  recordHours: "timesheet.record-hours",
  recordWeek: "timesheet.record-week",
  details: "timesheet.details",
  approve: "timesheet.approve",
  reject: "timesheet.reject",
  bulkApprove: "timesheet.bulk-approve",
  ptoRequest: "pto.request",
  ptoApprove: "pto.approve",
  ptoReject: "pto.reject",
  ptoCancel: "pto.cancel",
  ptoChange: "pto.change",
} as const;

/** Told to the employee when their week is approved (it goes to payroll). */
export function approvalNotice(input: { weekStart: string; deciderName: string; totalHours: string }): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "status",
        tone: "success",
        text: `Your timesheet for the week of ${formatShortDate(input.weekStart)} (${input.totalHours} hours) was approved by ${input.deciderName}. It goes to payroll.`,
      },
    ],
  };
}

/** Told to the employee when a manager rejects their week. */
export function rejectionNotice(input: { weekStart: string; deciderName: string; reason: string }): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "status",
        tone: "danger",
        text: `Your timesheet for the week of ${formatShortDate(input.weekStart)} was rejected by ${input.deciderName}.`,
      },
      { kind: "facts", facts: [{ label: "Reason", value: input.reason }] },
      { kind: "text", text: "Please correct it and submit it again." },
    ],
  };
}

/** A pending timesheet as an approver sees it, with Approve / Reject buttons. */
export function approvalCard(input: {
  timesheetId: string;
  submission: number;
  employeeName: string;
  weekStart: string;
  totalHours: string;
  ptoHours: string;
}): Reply {
  return {
    personal: true,
    updateKey: `approval:timesheet:${input.timesheetId}`,
    blocks: [
      { kind: "text", text: `*${input.employeeName}* — week of ${formatShortDate(input.weekStart)}` },
      {
        kind: "facts",
        facts: [
          { label: "Hours worked", value: input.totalHours },
          { label: "PTO hours", value: input.ptoHours },
        ],
      },
      {
        kind: "actions",
        buttons: [
          {
            label: "Approve",
            style: "primary",
            command: {
              name: TIMESHEET_COMMANDS.approve,
              args: { timesheetId: input.timesheetId, submission: input.submission },
            },
          },
          {
            label: "Reject",
            style: "danger",
            command: {
              name: TIMESHEET_COMMANDS.reject,
              args: { timesheetId: input.timesheetId, submission: input.submission },
            },
          },
          {
            label: "View details",
            command: { name: TIMESHEET_COMMANDS.details, args: { timesheetId: input.timesheetId } },
          },
        ],
      },
    ],
  };
}

/** Reminder to an employee whose week is not submitted. */
export function submissionReminder(input: { weekStart: string; cutoff: string; date: string }): Reply {
  return {
    personal: true,
    blocks: [
      {
        kind: "text",
        text: `Your timesheet for the week of ${formatShortDate(input.weekStart)} is not submitted yet. It is due by ${input.cutoff}.`,
      },
      {
        kind: "actions",
        buttons: [
          {
            label: "Submit timesheet",
            style: "primary",
            command: { name: TIMESHEET_COMMANDS.submit, args: { date: input.date } },
          },
        ],
      },
    ],
  };
}

/** Reminder to an approver of timesheets waiting for them. */
export function pendingApprovalsReminder(input: {
  weekStart: string;
  count: number;
  totalHours: string;
  cutoff: string;
  escalation?: { forManager: string };
}): Reply {
  const what = `${input.count} timesheet${input.count === 1 ? "" : "s"} (${input.totalHours} hours)`;
  const text = input.escalation
    ? `Escalation: ${what} for the week of ${formatShortDate(input.weekStart)} still wait for ${input.escalation.forManager}'s approval. Payroll cutoff is ${input.cutoff}.`
    : `${what} for the week of ${formatShortDate(input.weekStart)} wait for your approval. Payroll cutoff is ${input.cutoff}.`;
  return {
    personal: true,
    blocks: [
      { kind: "status", tone: input.escalation ? "warning" : "info", text },
      {
        kind: "actions",
        buttons: [
          {
            label: "Review approvals",
            style: "primary",
            command: { name: "pending_approvals.show", args: { weekStart: input.weekStart } },
          },
        ],
      },
    ],
  };
}

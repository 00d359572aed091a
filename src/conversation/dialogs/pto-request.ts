import { fixedClock } from "../../app/clock";
import { getPtoBalance } from "../../app/pto/get-pto-balance";
import { clientTimePolicies } from "../../app/timesheets/client-settings.schema";
import { loadEmployee } from "../../app/timesheets/deps";
import { checkPtoBalance } from "../../core/pto/balance";
import { expandPtoDays } from "../../core/pto/pto-days";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { formatShortDate } from "../../core/timesheets/iso-date";
import { type Dialog, defineDialog } from "../dialog";
import type { TimesheetDialogServices } from "./timesheet-submit";

/**
 * "I'd like Dec 7–8 off": asks the dates and the type, checks the balance up front (an over-balance
 * request is answered with the balance, no button), then confirms before requesting.
 */
export function createPtoRequestDialog({ deps, commands }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "pto_request",
    slots: [
      { slot: "dateRange", question: "Which days would you like off?", when: (s) => s.date === undefined },
      {
        slot: "ptoType",
        question: "Is this vacation or sick leave?",
        choices: [
          { value: "vacation", label: "Vacation" },
          { value: "sick", label: "Sick leave" },
        ],
      },
    ],
    async run(ctx) {
      if (ctx.actor.kind !== "employee") {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "Time off is for employees." }] }],
        };
      }
      const d = { ...deps, clock: fixedClock(ctx.now) };
      const start = ctx.slots.dateRange?.start ?? ctx.slots.date!;
      const end = ctx.slots.dateRange?.end ?? ctx.slots.date!;
      if (end < start)
        return { kind: "ask", slot: "dateRange", question: "The end is before the start. Which days?" };
      const type = ctx.slots.ptoType ?? "vacation";
      const employee = await loadEmployee(d, ctx.actor.employeeId);
      const policies = clientTimePolicies(employee.client.settings);
      const hoursPerDay = ctx.slots.hours ?? policies.timesheets.standardDayHours;
      const days = expandPtoDays(start, end, hoursPerDay);
      if (days.length === 0) {
        return {
          kind: "ask",
          slot: "dateRange",
          question: "Those are all weekend days. Which working days?",
        };
      }
      const requested = formatHours(sumHours(days.map((x) => x[1])));
      const balance = await getPtoBalance(d, ctx.actor);
      const check = checkPtoBalance({
        policy: policies.pto,
        type,
        available: balance.types[type].available,
        requested,
      });
      if (!check.ok) {
        return {
          kind: "answer",
          replies: [{ personal: true, blocks: [{ kind: "status", tone: "warning", text: check.message }] }],
        };
      }
      const range =
        start === end ? formatShortDate(start) : `${formatShortDate(start)} – ${formatShortDate(end)}`;
      return {
        kind: "confirm",
        text: `Request ${requested} hours of ${type} for ${range}?`,
        confirmLabel: "Request",
        cancelLabel: "Change",
        command: commands.ptoRequest.ref({ type, startDate: start, endDate: end, hoursPerDay }),
        facts: [
          { label: "Available now", value: `${balance.types[type].available} hours` },
          { label: "After this request", value: `${check.balanceAfter} hours` },
        ],
        personal: true,
      };
    },
  });
}

import { type Dialog, type DialogContext, type DialogOutcome, defineDialog } from "../../conversation/dialog";
import { holidaysBetween } from "../../core/calendar/holiday-calendar";
import { formatShortDate } from "../../core/calendar/iso-date";
import { fixedClock } from "../../core/clock";
import { checkPtoBalance } from "../../core/pto/balance";
import { planPtoDays } from "../../core/pto/pto-days";
import { localDate } from "../../core/timesheets/cutoffs";
import { formatHours, sumHours } from "../../core/timesheets/hours";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import { loadEmployee } from "../timesheets/deps";
import type { TimesheetDialogServices } from "../timesheets/timesheet-submit-dialog";
import { ptoRange } from "./cancel-pto";
import { getPtoBalance } from "./get-pto-balance";

/**
 * "I'd like Dec 7–8 off": asks the dates and the type, checks the balance up front (an over-balance
 * request is answered with the balance, no button), then confirms before requesting.
 */
export function createPtoRequestDialog({ deps, commands }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "pto_request",
    slots: [
      {
        slot: "dateRange",
        question: (ctx) =>
          ctx.slots.ptoAction === "change"
            ? "Which days would you like instead?"
            : "Which days would you like off?",
        when: (s) => s.date === undefined && s.ptoAction !== "cancel",
      },
      {
        slot: "ptoType",
        when: (s) => s.ptoAction === undefined,
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
      if (ctx.slots.ptoAction) return manageUpcomingPto(d, ctx, commands);
      const start = ctx.slots.dateRange?.start ?? ctx.slots.date!;
      const end = ctx.slots.dateRange?.end ?? ctx.slots.date!;
      if (end < start)
        return { kind: "ask", slot: "dateRange", question: "The end is before the start. Which days?" };
      const type = ctx.slots.ptoType ?? "vacation";
      const employee = await loadEmployee(d, ctx.actor.employeeId);
      const policies = clientTimePolicies(employee.client.settings);
      const hoursPerDay = ctx.slots.hours ?? policies.timesheets.standardDayHours;
      const plan = planPtoDays(start, end, hoursPerDay, holidaysBetween(policies.holidays, start, end));
      const days = plan.days;
      const holidayNotes = plan.holidays.map(
        (h) => `${formatShortDate(h.date)} is a holiday (${h.name}), so it is not charged.`,
      );
      if (days.length === 0) {
        return {
          kind: "ask",
          slot: "dateRange",
          question: [
            ...holidayNotes,
            plan.holidays.length ? "No working days are left in that range." : "Those are all weekend days.",
            "Which working days?",
          ].join(" "),
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
        text: [`Request ${requested} hours of ${type} for ${range}?`, ...holidayNotes].join(" "),
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

/**
 * "Cancel my vacation" / "move my PTO to Dec 14–15": the employee's own upcoming requests (pending or
 * approved; to cancel, any with a day after today, whose days after today are given back; to move,
 * first day after today), narrowed to the dates named when cancelling. One request is
 * confirmed directly; several get a button each. The command re-checks everything on the click.
 */
async function manageUpcomingPto(
  deps: TimesheetDialogServices["deps"] & { clock: ReturnType<typeof fixedClock> },
  ctx: DialogContext,
  commands: TimesheetDialogServices["commands"],
): Promise<DialogOutcome> {
  if (ctx.actor.kind !== "employee") throw new Error("manageUpcomingPto: employee actor expected");
  const employee = await loadEmployee(deps, ctx.actor.employeeId);
  const today = localDate(ctx.now, employee.timezone);
  const named =
    ctx.slots.dateRange ?? (ctx.slots.date ? { start: ctx.slots.date, end: ctx.slots.date } : undefined);
  const cancelling = ctx.slots.ptoAction === "cancel";
  const upcoming = (
    await deps.pto.listRequests({
      clientId: employee.clientId,
      employeeIds: [employee.id],
      statuses: ["pending", "approved"],
      ...(cancelling && named ? { overlapping: { from: named.start, to: named.end } } : {}),
    })
  )
    // A started request can still give back its days after today; only one not started can move.
    .filter(
      (r) =>
        (cancelling ? r.endDate > today : r.startDate > today) &&
        (!ctx.slots.ptoType || r.type === ctx.slots.ptoType),
    )
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (upcoming.length === 0) {
    return {
      kind: "answer",
      replies: [
        {
          personal: true,
          blocks: [
            {
              kind: "text",
              text:
                named && cancelling
                  ? "You have no upcoming time off on those dates to cancel. Days already past can only be changed by your manager or HR."
                  : "You have no upcoming time off to change. Days already started or past can only be changed by your manager or HR.",
            },
          ],
        },
      ],
    };
  }
  const describe = (r: (typeof upcoming)[number]) => {
    if (!cancelling || r.startDate > today)
      return `${r.type}, ${ptoRange(r)} (${r.hours} hours, ${r.status})`;
    const rest = r.days.filter(([date]) => date > today);
    const hours = formatHours(sumHours(rest.map(([, h]) => h)));
    return `${r.type} after today, ${ptoRange({ startDate: rest[0]?.[0] ?? r.endDate, endDate: r.endDate })} (${hours} hours, ${r.status}); the days up to today stay taken`;
  };
  const ref = (r: (typeof upcoming)[number]) =>
    cancelling
      ? commands.ptoCancel.ref({ requestId: r.id })
      : commands.ptoChange.ref({ requestId: r.id, startDate: named!.start, endDate: named!.end });
  const target = named ? ptoRange({ startDate: named.start, endDate: named.end }) : "";
  if (upcoming.length === 1) {
    const only = upcoming[0]!;
    return {
      kind: "confirm",
      text: cancelling ? `Cancel your ${describe(only)}?` : `Move your ${describe(only)} to ${target}?`,
      confirmLabel: cancelling ? "Cancel it" : "Move it",
      cancelLabel: "Keep it",
      command: ref(only),
      personal: true,
    };
  }
  return {
    kind: "answer",
    replies: [
      {
        personal: true,
        blocks: [
          {
            kind: "text",
            text: cancelling ? "Which time off should I cancel?" : `Which time off should move to ${target}?`,
          },
          {
            kind: "actions",
            buttons: upcoming.slice(0, 5).map((r) => ({
              label: `${cancelling ? "Cancel" : "Move"} ${r.type} ${ptoRange(r)}${cancelling && r.startDate <= today ? " (the rest)" : ""}`,
              command: ref(r),
            })),
          },
        ],
      },
    ],
  };
}

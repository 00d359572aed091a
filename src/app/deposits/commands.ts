import { z } from "zod";
import { type CommandContext, defineCommand } from "../../conversation/commands";
import type { Reply, ReplyBlock } from "../../conversation/reply";
import { addDays, dayOfWeek } from "../../core/calendar/iso-date";
import { canManageDeposits } from "../../core/policy/deposits";
import { localDate } from "../../core/timesheets/cutoffs";
import { DomainError } from "../../errors/domain-error";
import { requireClient } from "../payroll/payroll-deps";
import { computeDepositCalendar, getDepositCalendar } from "./deposit-calendar";
import type { DepositDeps } from "./deposit-deps";
import {
  clientCalendarReply,
  DEPOSIT_COMMANDS,
  markedReply,
  staffCalendarBlocks,
  staffCalendarReply,
} from "./deposit-replies";
import { markDepositPaid } from "./mark-deposit-paid";

const Ein = z.string().regex(/^\d{2}-\d{7}$/, "must be an EIN like 12-3456789");

/** Overdue deposits are looked for this far back (an unpaid deposit older than this is a case, not a list). */
const OVERDUE_LOOKBACK_DAYS = 120;

/** Monday–Sunday of the week holding `today`. */
function weekOf(today: string): { from: string; to: string } {
  const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
  return { from: monday, to: addDays(monday, 6) };
}

async function staffCalendar(deps: DepositDeps, ctx: CommandContext, clientEin?: string): Promise<Reply[]> {
  if (ctx.actor.kind !== "staff") throw new Error("staff only");
  const actor = ctx.actor;
  const today = localDate(deps.clock.now(), actor.timezone || "America/New_York");
  const week = weekOf(today);
  const all = clientEin ? [await requireClient(deps.payroll, clientEin)] : await deps.deposits.clients();
  const sections: ReplyBlock[][] = [];
  for (const c of all) {
    const scope = await deps.staffScope(actor.staffId, c.id);
    if (!canManageDeposits(actor, c.id, scope)) {
      // A client named in the button's arguments that they do not serve is refused, never shown.
      if (clientEin)
        throw new DomainError("auth.forbidden", `staff ${actor.staffId} does not serve ${c.ein}`);
      continue;
    }
    const client = await requireClient(deps.payroll, c.ein);
    const calendar = await computeDepositCalendar(deps, client, {
      from: addDays(today, -OVERDUE_LOOKBACK_DAYS),
      to: week.to,
      asOf: today,
    });
    const open = calendar.deposits.filter((d) => d.status !== "paid");
    if (open.length === 0 && !clientEin) continue;
    sections.push(staffCalendarBlocks(client, calendar.deposits, calendar.unscheduled.length, today));
  }
  return [staffCalendarReply(`Deposits overdue and due this week (${week.from} to ${week.to})`, sections)];
}

/**
 * The deposit calendar's chat commands: `deposits.calendar` (what is overdue and due this week, for the
 * clients a specialist serves, with a form per deposit; a client admin sees their own client's paid and
 * coming deposits), and `deposits.mark_paid` (the form's submission; idempotent). Both re-check the
 * actor, so a forged client EIN is refused.
 */
export function createDepositCommands(deps: DepositDeps) {
  const calendar = defineCommand({
    name: DEPOSIT_COMMANDS.calendar,
    summary: "The deposits due this week (staff) or the client's own deposits (client admin)",
    args: z.object({ clientEin: Ein.optional() }),
    async handle(ctx, args) {
      if (ctx.actor.kind === "staff") return staffCalendar(deps, ctx, args.clientEin);
      if (ctx.actor.kind !== "employee" || !ctx.actor.roles.includes("client_admin"))
        throw new DomainError("auth.forbidden", "only staff and client admins see deposits", {
          userMessage: "Deposits are handled by your company's admin and the HR service team.",
        });
      const own = await deps.payroll.inputs.clientById(ctx.actor.clientId);
      if (!own) throw new DomainError("record.not_found", "the admin's client is gone");
      // Another client's EIN in the arguments is refused whether or not that client exists.
      if (args.clientEin !== undefined && args.clientEin !== own.ein)
        throw new DomainError("auth.forbidden", `client admin of ${own.ein} asked for ${args.clientEin}`);
      const today = localDate(deps.clock.now(), own.timezone || "America/New_York");
      const view = await getDepositCalendar(deps, ctx.actor, {
        clientEin: own.ein,
        from: addDays(today, -90),
        to: addDays(today, 45),
      });
      return [clientCalendarReply(view, view.deposits)];
    },
  });
  const markPaid = defineCommand({
    name: DEPOSIT_COMMANDS.markPaid,
    summary: "Record a deposit as made, with the agency's confirmation number",
    args: z.object({
      clientEin: Ein,
      depositId: z.string().min(1).max(40),
      confirmation: z.string().max(64),
      paidOn: z.string().max(10),
    }),
    async handle(ctx, args) {
      const result = await markDepositPaid(deps, ctx.actor, {
        clientEin: args.clientEin,
        depositId: args.depositId,
        confirmation: args.confirmation,
        paidOn: args.paidOn,
        requestId: ctx.conversationKey,
      });
      return markedReply(result.changed, result.payment);
    },
  });
  return { calendar, markPaid, list: [calendar, markPaid] };
}

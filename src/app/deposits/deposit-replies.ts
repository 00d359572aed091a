import type { Reply, ReplyBlock } from "../../conversation/reply";
import type { DepositItem } from "../../core/ledger/deposit-calendar";
import { Money } from "../../core/money/money";

/** Command names of the deposit calendar's buttons and forms. */
export const DEPOSIT_COMMANDS = { calendar: "deposits.calendar", markPaid: "deposits.mark_paid" } as const;

const MAX_LISTED = 12;

function line(d: DepositItem): string {
  const owed = d.balance ? `; ${Money.of(d.balance).format()} still owed after a later change` : "";
  const state =
    d.status === "paid" ? `paid ${d.paid!.paidOn}, confirmation ${d.paid!.confirmation}${owed}` : d.status;
  return `${d.dueDate} · ${d.agency}${d.state ? ` (${d.state})` : ""} · ${Money.of(d.amount).format()} · ${state} · ${d.id}`;
}

/** One client's deposits for staff: overdue and due ones, each with a form to record it made. */
export function staffCalendarBlocks(
  client: { ein: string; name: string },
  deposits: readonly DepositItem[],
  unscheduled: number,
  today: string,
): ReplyBlock[] {
  const open = deposits.filter((d) => d.status !== "paid");
  const blocks: ReplyBlock[] = [{ kind: "text", text: `*${client.name}* (${client.ein})` }];
  if (open.length === 0) blocks.push({ kind: "text", text: "Nothing due or overdue." });
  for (const d of open.slice(0, MAX_LISTED)) {
    blocks.push({ kind: "text", text: `${d.status === "overdue" ? "OVERDUE · " : ""}${line(d)}` });
    blocks.push({
      kind: "form",
      id: `deposit-paid-${client.ein}-${d.id}`,
      title: `Record ${d.id} as paid`,
      submitLabel: "Mark paid",
      fields: [
        { name: "confirmation", label: "Confirmation number", type: "text", required: true },
        { name: "paidOn", label: "Paid on", type: "date", required: true, initial: today },
      ],
      command: { name: DEPOSIT_COMMANDS.markPaid, args: { clientEin: client.ein, depositId: d.id } },
    });
  }
  if (open.length > MAX_LISTED)
    blocks.push({
      kind: "text",
      text: `…and ${open.length - MAX_LISTED} more: \`aso report deposits\` lists them all.`,
    });
  if (unscheduled > 0)
    blocks.push({
      kind: "text",
      text: `${unscheduled} liabilit${unscheduled === 1 ? "y has" : "ies have"} no known deposit frequency: see \`aso report deposits\`.`,
    });
  return blocks;
}

/** The staff reply: the clients they serve, each with its deposits of the window. */
export function staffCalendarReply(title: string, sections: ReplyBlock[][]): Reply {
  const blocks: ReplyBlock[] = [{ kind: "text", text: title }];
  if (sections.length === 0)
    blocks.push({ kind: "text", text: "You serve no client with deposits in that window." });
  for (const s of sections) blocks.push(...s);
  return { blocks, personal: true };
}

/** A client admin's view of their own deposits: what was paid (with confirmations) and what is coming. */
export function clientCalendarReply(client: { name: string }, deposits: readonly DepositItem[]): Reply {
  const paid = deposits.filter((d) => d.status === "paid");
  const open = deposits.filter((d) => d.status !== "paid");
  const blocks: ReplyBlock[] = [
    { kind: "text", text: `Payroll tax and benefit deposits for ${client.name}` },
  ];
  blocks.push({ kind: "text", text: paid.length ? "*Paid*" : "*Paid*: none in this window." });
  for (const d of paid.slice(-MAX_LISTED)) blocks.push({ kind: "text", text: line(d) });
  blocks.push({
    kind: "text",
    text: open.length ? "*Coming up (the ASO pays these)*" : "*Coming up*: none.",
  });
  for (const d of open.slice(0, MAX_LISTED)) blocks.push({ kind: "text", text: line(d) });
  return { blocks, personal: true };
}

/** What a specialist reads after recording a deposit (or finding it already recorded). */
export function markedReply(
  changed: boolean,
  payment: { depositId: string; amount: string; paidOn: string; confirmation: string },
): Reply[] {
  const text = changed
    ? `Recorded ${payment.depositId}: ${Money.of(payment.amount).format()} paid ${payment.paidOn}, confirmation ${payment.confirmation}. Posted to the client's ledger.`
    : `${payment.depositId} was already recorded as paid ${payment.paidOn} (confirmation ${payment.confirmation}). Nothing changed.`;
  return [{ blocks: [{ kind: "status", text, tone: changed ? "success" : "info" }], personal: true }];
}

/** The specialists' channel reminder: no amounts (the channel is shared), the deposit and its date. */
export function reminderReply(
  client: { ein: string; name: string },
  deposit: Pick<DepositItem, "id" | "agency" | "state" | "dueDate">,
  kind: "before" | "due_day",
): Reply {
  const when = kind === "due_day" ? "is due TODAY and not recorded as paid" : `is due ${deposit.dueDate}`;
  return {
    blocks: [
      {
        kind: "text",
        text: `Deposit reminder: ${client.name} (${client.ein}) · ${deposit.agency}${deposit.state ? ` (${deposit.state})` : ""} · ${deposit.id} ${when}.`,
      },
      {
        kind: "actions",
        buttons: [
          {
            label: "Open deposits",
            command: { name: DEPOSIT_COMMANDS.calendar, args: { clientEin: client.ein } },
          },
        ],
      },
    ],
  };
}

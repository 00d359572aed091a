import { DateTime } from "luxon";
import type { Button, Reply, ReplyBlock } from "../../conversation/reply";
import type { CaseMessageRecord, CaseRecord } from "../../db/case-repository";

/** Typed commands the case buttons submit (Slack/Teams map clicks back to these). */
export const CASE_COMMANDS = {
  desk: "case.desk",
  claim: "case.claim",
  view: "case.view",
  reply: "case.reply",
  waitOnEmployee: "case.wait_on_employee",
  resolve: "case.resolve",
  transfer: "case.transfer",
  reopen: "case.reopen",
  rate: "case.rate",
} as const;

const CATEGORY_LABEL: Record<string, string> = {
  harassment: "Harassment report",
  discrimination: "Discrimination report",
  retaliation: "Retaliation report",
  threat: "Threat report",
  safety: "Safety report",
  abuse: "Abuse report",
  leave_of_absence: "Leave of absence",
  benefits: "Benefits",
  payroll: "Payroll",
  tax: "Tax withholding",
  direct_deposit: "Direct deposit",
  pto: "Time off",
  timesheets: "Timesheets",
  general: "General HR question",
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABEL[category] ?? category;
}

/** "Tue Mar 3, 10:00 AM EST" in the given zone. */
export function formatInstant(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("ccc LLL d, h:mm a ZZZZ");
}

/** The key channels use to update a case's card in place. */
export function caseCardKey(caseId: string): string {
  return `case:${caseId}`;
}

/**
 * The case card for specialists: reference, client, employee, category, priority, due time, the
 * summary (not for sensitive reports: reading those is a view of the case, which is audited), and
 * Claim / Open buttons while unclaimed, or the owner once claimed.
 */
export function caseCardReply(
  c: CaseRecord,
  options: { firstResponseDue?: Date | null | undefined; zone: string },
): Reply {
  const facts = [
    { label: "Case", value: c.reference },
    { label: "Client", value: c.clientName },
    { label: "Employee", value: c.employeeName },
    { label: "Category", value: categoryLabel(c.category) },
    { label: "Priority", value: c.priority },
  ];
  if (options.firstResponseDue)
    facts.push({ label: "First response due", value: formatInstant(options.firstResponseDue, options.zone) });
  const blocks: ReplyBlock[] = [
    {
      kind: "text",
      text: `*${c.priority === "urgent" ? "Urgent case" : "New case"} ${c.reference}*: ${categoryLabel(c.category)}`,
    },
    { kind: "facts", facts },
  ];
  if (!c.sensitive) blocks.push({ kind: "text", text: c.summary });
  else blocks.push({ kind: "text", text: "Sensitive report: open the case to read it (views are audited)." });
  const open: Button = { label: "Open", command: { name: CASE_COMMANDS.view, args: { caseId: c.id } } };
  if (c.state === "new" || c.state === "reopened") {
    blocks.push({
      kind: "actions",
      buttons: [
        { label: "Claim", style: "primary", command: { name: CASE_COMMANDS.claim, args: { caseId: c.id } } },
        open,
      ],
    });
  } else if (c.assigneeName) {
    blocks.push({
      kind: "status",
      text: `${stateLabel(c.state)}, owner ${c.assigneeName}`,
      tone: c.state === "resolved" || c.state === "closed" ? "success" : "info",
    });
    blocks.push({ kind: "actions", buttons: [open] });
  }
  return { blocks, personal: c.sensitive, updateKey: caseCardKey(c.id) };
}

export function stateLabel(state: string): string {
  return (
    (
      {
        new: "New",
        claimed: "Claimed",
        waiting_on_employee: "Waiting on the employee",
        waiting_on_specialist: "Waiting on a specialist",
        resolved: "Resolved",
        closed: "Closed",
        reopened: "Reopened",
      } as Record<string, string>
    )[state] ?? state
  );
}

/** A relayed message as delivered: "*Dana Lee (HR)*: text" to the employee, "*Alex Example*: text" in the thread. */
export function relayedMessageReply(c: CaseRecord, m: CaseMessageRecord): Reply {
  if (m.reply && typeof m.reply === "object") return m.reply as Reply;
  const who =
    m.authorKind === "staff" ? `${m.authorName} (HR)` : m.authorKind === "system" ? "HR" : m.authorName;
  return {
    blocks: [{ kind: "text", text: `*${who}* · ${c.reference}: ${m.body}` }],
    personal: m.audience === "employee" || c.sensitive,
  };
}

/** The satisfaction question sent with the resolution. */
export function satisfactionReply(c: CaseRecord, round: number, note: string): Reply {
  const buttons: Button[] = [1, 2, 3, 4, 5].map((score) => ({
    label: String(score),
    command: { name: CASE_COMMANDS.rate, args: { caseId: c.id, round, score } },
  }));
  return {
    blocks: [
      { kind: "text", text: `Your case ${c.reference} is resolved: ${note}` },
      { kind: "text", text: "How did we do? 1 = poor, 5 = excellent." },
      { kind: "actions", buttons },
      {
        kind: "actions",
        buttons: [
          {
            label: "It's not solved: reopen",
            command: { name: CASE_COMMANDS.reopen, args: { caseId: c.id } },
          },
        ],
      },
    ],
    personal: true,
    updateKey: `case-csat:${c.id}:${round}`,
  };
}

export function slaWarningReply(c: CaseRecord, kind: string, dueAt: Date, zone: string): Reply {
  const what = kind === "first_response" ? "First response" : "Resolution";
  return {
    blocks: [
      {
        kind: "status",
        tone: "warning",
        text: `${c.reference}: 75% of the ${what.toLowerCase()} target used; due ${formatInstant(dueAt, zone)}.`,
      },
      {
        kind: "actions",
        buttons: [{ label: "Open", command: { name: CASE_COMMANDS.view, args: { caseId: c.id } } }],
      },
    ],
    personal: c.sensitive,
  };
}

export function slaBreachReply(c: CaseRecord, kind: string, dueAt: Date, zone: string): Reply {
  const what = kind === "first_response" ? "first response" : "resolution";
  return {
    blocks: [
      {
        kind: "status",
        tone: "danger",
        text: `${c.reference} (${c.priority}, ${c.clientName}) breached its ${what} SLA, due ${formatInstant(dueAt, zone)}. Owner: ${c.assigneeName ?? "nobody (unclaimed)"}.`,
      },
      {
        kind: "actions",
        buttons: [{ label: "Open", command: { name: CASE_COMMANDS.view, args: { caseId: c.id } } }],
      },
    ],
    personal: c.sensitive,
  };
}

import type { Button, Reply, ReplyBlock } from "../../conversation/reply";
import type { Actor } from "../../core/policy/actor";
import type { CaseRecord } from "../../db/case-repository";
import { payRunDeskButton } from "../payroll/pay-run-replies";
import { CASE_COMMANDS, categoryLabel, formatInstant, stateLabel } from "./case-replies";
import type { CaseListItem } from "./list-cases";

const MAX_LISTED = 10;

/**
 * A specialist's desk as one message: their own open cases, then the unclaimed ones routed to them,
 * most urgent first, each with its due time in the reader's zone and Open (and Claim) buttons.
 */
export function deskReply(mine: CaseListItem[], team: CaseListItem[], zone: string): Reply {
  const blocks: ReplyBlock[] = [
    {
      kind: "text",
      text: "You're signed in as an HR specialist: I don't run employee requests for you. Here is your desk.",
    },
  ];
  const section = (title: string, items: CaseListItem[], claimable: boolean) => {
    if (items.length === 0) {
      blocks.push({ kind: "text", text: `*${title}*: none.` });
      return;
    }
    blocks.push({ kind: "text", text: `*${title}* (${items.length})` });
    for (const c of items.slice(0, MAX_LISTED)) {
      const due = c.firstResponseDueAt ?? c.resolutionDueAt;
      blocks.push({
        kind: "text",
        text: `${c.reference} · ${c.priority} · ${categoryLabel(c.category)} · ${c.clientName} · ${stateLabel(c.state)}${due ? ` · due ${formatInstant(due, zone)}` : ""}`,
      });
      const open: Button = {
        label: `Open ${c.reference}`,
        command: { name: CASE_COMMANDS.view, args: { caseId: c.id } },
      };
      const claim: Button = {
        label: `Claim ${c.reference}`,
        style: "primary",
        command: { name: CASE_COMMANDS.claim, args: { caseId: c.id } },
      };
      blocks.push({ kind: "actions", buttons: claimable ? [claim, open] : [open] });
    }
    if (items.length > MAX_LISTED)
      blocks.push({ kind: "text", text: `…and ${items.length - MAX_LISTED} more.` });
  };
  section("Your open cases", mine, false);
  section("Unclaimed cases for you", team, true);
  blocks.push({ kind: "actions", buttons: [payRunDeskButton] });
  return { blocks, personal: true };
}

/**
 * What a specialist can do on an open case, by its state: reply to the employee and add an internal
 * note (forms), wait on the employee, resolve with a note, transfer; reopen once resolved; claim while
 * unclaimed. The use cases re-check each action against the actor.
 */
export function caseActions(
  c: Pick<CaseRecord, "id" | "state" | "reference" | "employeeName">,
  actor: Actor,
  transferTo: readonly { id: string; name: string }[],
): ReplyBlock[] {
  if (actor.kind !== "staff") return [];
  const caseId = c.id;
  const note: ReplyBlock = {
    kind: "form",
    id: `case-note-${caseId}`,
    title: `Internal note on ${c.reference}`,
    submitLabel: "Add note",
    fields: [{ name: "text", label: "Note (staff only)", type: "textarea", required: true }],
    command: { name: CASE_COMMANDS.reply, args: { caseId, internal: true } },
  };
  if (c.state === "new" || c.state === "reopened")
    return [
      {
        kind: "actions",
        buttons: [
          { label: "Claim", style: "primary", command: { name: CASE_COMMANDS.claim, args: { caseId } } },
        ],
      },
      note,
    ];
  if (c.state === "resolved" || c.state === "closed")
    return [
      {
        kind: "actions",
        buttons: [{ label: "Reopen", command: { name: CASE_COMMANDS.reopen, args: { caseId } } }],
      },
    ];
  const blocks: ReplyBlock[] = [
    {
      kind: "form",
      id: `case-reply-${caseId}`,
      title: `Reply to ${c.employeeName}`,
      submitLabel: "Send",
      fields: [{ name: "text", label: "Message to the employee", type: "textarea", required: true }],
      command: { name: CASE_COMMANDS.reply, args: { caseId } },
    },
    note,
    {
      kind: "actions",
      buttons: [
        { label: "Waiting on employee", command: { name: CASE_COMMANDS.waitOnEmployee, args: { caseId } } },
      ],
    },
    {
      kind: "form",
      id: `case-resolve-${caseId}`,
      title: `Resolve ${c.reference}`,
      submitLabel: "Resolve",
      fields: [{ name: "note", label: "Resolution note", type: "textarea", required: true }],
      command: { name: CASE_COMMANDS.resolve, args: { caseId } },
    },
  ];
  if (transferTo.length > 0)
    blocks.push({
      kind: "form",
      id: `case-transfer-${caseId}`,
      title: `Transfer ${c.reference}`,
      submitLabel: "Transfer",
      fields: [
        {
          name: "toStaffId",
          label: "To",
          type: "select",
          required: true,
          options: transferTo.map((s) => ({ value: s.id, label: s.name })),
        },
        { name: "note", label: "Note for them (optional)", type: "textarea" },
      ],
      command: { name: CASE_COMMANDS.transfer, args: { caseId } },
    });
  return blocks;
}

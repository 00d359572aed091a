import type { Button, Reply, ReplyBlock } from "../../conversation/reply";
import type { DeskClient, DeskRun } from "./pay-run-desk";

export const PAY_RUN_COMMANDS = {
  desk: "payroll.desk",
  start: "payroll.start",
  approve: "payroll.approve",
  recalculate: "payroll.recalculate",
  excludeErrors: "payroll.exclude_errors",
  void: "payroll.void",
} as const;

/** What identifies a run on a button: the client, its period end and sequence (as the CLI names it). */
export type RunButtonArgs = { clientEin: string; periodEnd: string; sequence: number };

const STATUS_LABEL: Record<string, string> = {
  calculating: "Calculating",
  calculated: "Calculated, waiting for approval",
  approved: "Approved",
  posted: "Posted",
  voided: "Voided",
  failed: "Failed",
};

const ERRORS_SHOWN = 5;

export const payRunDeskButton: Button = {
  label: "Pay runs",
  command: { name: PAY_RUN_COMMANDS.desk, args: {} },
};

function runArgs(client: DeskClient, r: DeskRun): RunButtonArgs {
  return { clientEin: client.client.ein, periodEnd: r.run.periodEnd, sequence: r.run.sequence };
}

/** The buttons a run offers in its state; the use cases re-check state and permission on the click. */
function runButtons(client: DeskClient, r: DeskRun): Button[] {
  const args = runArgs(client, r);
  switch (r.run.status) {
    case "calculating":
      return [{ label: "Refresh", command: { name: PAY_RUN_COMMANDS.desk, args: {} } }];
    case "calculated":
      return r.errors.length > 0
        ? [
            {
              label: "Recalculate errors",
              style: "primary",
              command: { name: PAY_RUN_COMMANDS.recalculate, args },
            },
            {
              label: `Leave out ${r.errors.length} with errors`,
              style: "danger",
              command: { name: PAY_RUN_COMMANDS.excludeErrors, args },
            },
          ]
        : [
            {
              label: "Approve and post",
              style: "primary",
              command: { name: PAY_RUN_COMMANDS.approve, args },
            },
          ];
    case "posted":
      return [{ label: "Void", style: "danger", command: { name: PAY_RUN_COMMANDS.void, args } }];
    default:
      return [];
  }
}

function runLine(r: DeskRun): string {
  const { run } = r;
  const kind = run.kind === "adjustment" ? "Adjustment run" : "Pay run";
  const progress =
    run.status === "calculating" || run.status === "calculated"
      ? ` · ${r.done}/${run.employeeCount} paychecks${r.errors.length ? `, ${r.errors.length} with errors` : ""}`
      : "";
  const left = run.excludedEmployeeIds.length ? ` · ${run.excludedEmployeeIds.length} left out` : "";
  return `${kind} ${run.periodStart} – ${run.periodEnd}, paid ${run.payDate} · *${STATUS_LABEL[run.status] ?? run.status}*${progress}${left}`;
}

/**
 * The pay-run desk as one message: per client the actor manages, its latest runs with the actions
 * their state allows (recalculate or leave out failed paychecks, approve, void), and a form to start
 * the next run. Private: it shows the client's payroll.
 */
export function payRunDeskReply(clients: DeskClient[]): Reply {
  const blocks: ReplyBlock[] = [];
  if (clients.length === 0) blocks.push({ kind: "text", text: "There are no client payrolls you manage." });
  for (const c of clients) {
    blocks.push({ kind: "text", text: `*${c.client.name}* (${c.client.ein}) · ${c.client.payFrequency}` });
    if (c.runs.length === 0) blocks.push({ kind: "text", text: "No pay runs yet." });
    for (const r of c.runs) {
      blocks.push({ kind: "text", text: runLine(r) });
      if (r.errors.length > 0)
        blocks.push({
          kind: "text",
          text: [
            ...r.errors.slice(0, ERRORS_SHOWN).map((e) => `• ${e.name}: ${e.reason}`),
            ...(r.errors.length > ERRORS_SHOWN ? [`…and ${r.errors.length - ERRORS_SHOWN} more`] : []),
          ].join("\n"),
        });
      const buttons = runButtons(c, r);
      if (buttons.length) blocks.push({ kind: "actions", buttons });
    }
    blocks.push({
      kind: "form",
      id: `pay-run-start-${c.client.ein}`,
      title: `Start a pay run for ${c.client.name}`,
      submitLabel: "Start pay run",
      fields: [
        {
          name: "periodEnd",
          label: "Period end",
          type: "date",
          required: true,
          ...(c.nextPeriodEnd ? { initial: c.nextPeriodEnd } : {}),
        },
        { name: "payDate", label: "Pay date (optional)", type: "date" },
      ],
      command: { name: PAY_RUN_COMMANDS.start, args: { clientEin: c.client.ein } },
    });
  }
  return { blocks, personal: true, updateKey: "payroll:desk" };
}

/** Asks before an action that cannot be taken back by a click: what it does, and to whom. */
export function confirmRunAction(text: string, confirm: Button): Reply {
  return {
    blocks: [
      {
        kind: "confirm",
        text,
        confirm,
        cancel: { label: "Cancel", command: { name: PAY_RUN_COMMANDS.desk, args: {} } },
      },
    ],
    personal: true,
  };
}

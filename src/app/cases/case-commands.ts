import { createHash } from "node:crypto";
import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import type { Actor } from "../../core/policy/actor";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseActions, deskReply } from "./case-desk-replies";
import { CASE_COMMANDS, formatInstant, stateLabel } from "./case-replies";
import { claimCase } from "./claim-case";
import { closeCase } from "./close-case";
import { listMyQueue, listTeamQueue } from "./list-cases";
import { recordSatisfaction } from "./record-satisfaction";
import { reopenCase } from "./reopen-case";
import { resolveCase } from "./resolve-case";
import { sendSpecialistMessage } from "./send-specialist-message";
import { setCaseWaiting } from "./set-case-waiting";
import { transferCase } from "./transfer-case";
import { viewCase } from "./view-case";

const CaseIdArgs = z.object({ caseId: z.uuid() });
/** A whole number from a button (number) or a form field (digits). */
const WholeNumber = z.union([
  z.number().int().min(0),
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number),
]);

function status(text: string, tone: "success" | "info" | "warning" = "success", personal = false): Reply[] {
  return [{ blocks: [{ kind: "status", text, tone }], ...(personal ? { personal } : {}) }];
}

/** The specialists a case may be transferred to (senior specialists only for a sensitive report). */
async function transferTargets(
  deps: CaseDeskDeps,
  actor: Actor,
  sensitive: boolean,
): Promise<{ id: string; name: string }[]> {
  if (actor.kind !== "staff") return [];
  const roles = sensitive ? ["senior_specialist"] : ["specialist", "senior_specialist"];
  const staff = (await Promise.all(roles.map((r) => deps.cases.staffWithRole(r)))).flat();
  const others = new Map(staff.filter((s) => s.id !== actor.staffId).map((s) => [s.id, s]));
  return [...others.values()];
}

/**
 * The case buttons and forms as typed commands for the conversation's CommandRegistry (Slack and
 * Teams turn clicks into these). Every handler goes through a use case, which re-checks permission
 * against the actor: a forged payload gets the same answer as a real one.
 */
export function createCaseCommands(deps: CaseDeskDeps) {
  return [
    defineCommand({
      name: CASE_COMMANDS.desk,
      summary: "A specialist's desk: their open cases and the unclaimed ones routed to them",
      args: z.object({}),
      async handle(ctx) {
        if (ctx.actor.kind !== "staff") return status("The case desk is for HR specialists.", "info");
        const [mine, team] = await Promise.all([
          listMyQueue(deps, ctx.actor),
          listTeamQueue(deps, ctx.actor),
        ]);
        return [deskReply(mine, team, ctx.actor.timezone)];
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.reply,
      summary: "Write to the employee on a case, or add an internal note",
      args: z.object({
        caseId: z.uuid(),
        text: z.string().trim().min(1).max(4000),
        // A form's hidden field arrives as a string.
        internal: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
      }),
      async handle(ctx, args) {
        const { case: c } = await sendSpecialistMessage(deps, {
          actor: ctx.actor,
          caseId: args.caseId,
          text: args.text,
          internal: args.internal === true,
          // A double submit of the same words within the minute is one message.
          idempotencyKey: `${ctx.conversationKey}:${args.caseId}:${createHash("sha256").update(args.text).digest("hex").slice(0, 16)}:${ctx.clock.now().toISOString().slice(0, 16)}`,
        });
        return status(
          args.internal
            ? `${c.reference}: note added (staff only)`
            : `${c.reference}: sent to ${c.employeeName}`,
        );
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.claim,
      summary: "Claim a case from the queue",
      args: CaseIdArgs,
      async handle(ctx, args) {
        const c = await claimCase(deps, { actor: ctx.actor, caseId: args.caseId });
        return status(`${c.reference} claimed by ${c.assigneeName}`);
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.view,
      summary: "Open a case",
      args: CaseIdArgs,
      async handle(ctx, args) {
        const view = await viewCase(deps, { actor: ctx.actor, caseId: args.caseId });
        const c = view.case;
        const lines = view.messages.map(
          (m) => `${m.sequence}. ${m.audience === "internal" ? "[note] " : ""}${m.authorName}: ${m.body}`,
        );
        return [
          {
            blocks: [
              {
                kind: "facts",
                title: `${c.reference} · ${stateLabel(c.state)}`,
                facts: [
                  { label: "Client", value: c.clientName },
                  { label: "Employee", value: c.employeeName },
                  { label: "Priority", value: c.priority },
                  { label: "Owner", value: c.assigneeName ?? "unclaimed" },
                  ...view.sla
                    .filter((s) => s.status !== "met")
                    .map((s) => ({
                      label: `SLA ${s.kind.replace("_", " ")}`,
                      // In the reader's own time zone, as a person reads a clock.
                      value: `${s.status}${s.dueAt ? `, due ${formatInstant(s.dueAt, "timezone" in ctx.actor ? ctx.actor.timezone : "UTC")}` : ""}`,
                    })),
                ],
              },
              ...(c.summary ? [{ kind: "text" as const, text: c.summary }] : []),
              ...(lines.length ? [{ kind: "text" as const, text: lines.join("\n") }] : []),
              ...caseActions(c, ctx.actor, await transferTargets(deps, ctx.actor, c.sensitive)),
            ],
            personal: true,
          },
        ];
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.waitOnEmployee,
      summary: "Mark the case as waiting on the employee (pauses the SLA)",
      args: CaseIdArgs,
      async handle(ctx, args) {
        const c = await setCaseWaiting(deps, { actor: ctx.actor, caseId: args.caseId, on: "employee" });
        return status(`${c.reference}: waiting on the employee (SLA paused)`, "info");
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.resolve,
      summary: "Resolve a case with a resolution note",
      args: z.object({ caseId: z.uuid(), note: z.string().trim().min(1).max(2000) }),
      async handle(ctx, args) {
        const c = await resolveCase(deps, { actor: ctx.actor, caseId: args.caseId, note: args.note });
        return status(`${c.reference} resolved`);
      },
    }),
    defineCommand({
      name: "case.close",
      summary: "Close a resolved case",
      args: CaseIdArgs,
      async handle(ctx, args) {
        const c = await closeCase(deps, { actor: ctx.actor, caseId: args.caseId });
        return status(`${c.reference} closed`);
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.transfer,
      summary: "Transfer a case to another specialist",
      args: z.object({ caseId: z.uuid(), toStaffId: z.uuid(), note: z.string().trim().max(2000).optional() }),
      async handle(ctx, args) {
        const c = await transferCase(deps, {
          actor: ctx.actor,
          caseId: args.caseId,
          toStaffId: args.toStaffId,
          ...(args.note ? { note: args.note } : {}),
        });
        return status(`${c.reference} transferred to ${c.assigneeName}`);
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.reopen,
      summary: "Reopen a resolved or closed case",
      args: z.object({ caseId: z.uuid(), reason: z.string().trim().max(2000).optional() }),
      async handle(ctx, args) {
        const c = await reopenCase(deps, {
          actor: ctx.actor,
          caseId: args.caseId,
          ...(args.reason ? { reason: args.reason } : {}),
        });
        return status(
          `${c.reference} reopened: a specialist will pick it up.`,
          "info",
          ctx.actor.kind === "employee",
        );
      },
    }),
    defineCommand({
      name: CASE_COMMANDS.rate,
      summary: "Answer the satisfaction question (1–5)",
      // Buttons carry numbers; a form may carry strings.
      args: z.object({
        caseId: z.uuid(),
        round: WholeNumber,
        // Range 1–5 is checked by the use case (one clear message for every channel).
        score: WholeNumber,
      }),
      async handle(ctx, args) {
        const { recorded } = await recordSatisfaction(deps, {
          actor: ctx.actor,
          caseId: args.caseId,
          round: args.round,
          score: args.score,
        });
        return status(
          recorded ? "Thanks for your feedback!" : "You already answered. Thanks!",
          "success",
          true,
        );
      },
    }),
  ];
}

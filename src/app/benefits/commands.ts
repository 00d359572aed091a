import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import { COVERAGE_TIERS, LIFE_EVENT_TYPES, type LifeEventType, TIER_LABELS } from "../../core/benefits/plan";
import { isDomainError } from "../../errors/domain-error";
import type { BenefitsServices } from "./benefits-services";
import { reportLifeEvent } from "./report-life-event";
import {
  type BenefitsChangeRequest,
  confirmBenefitsChange,
  prepareBenefitsChange,
} from "./request-benefits-change";

/** Who a life event adds: a new spouse, or a newborn or adopted child; nobody for the others. */
const NEW_DEPENDENT_RELATION: Partial<Record<LifeEventType, "spouse" | "child" | "adopted_child">> = {
  marriage: "spouse",
  birth: "child",
  adoption: "adopted_child",
};

/** Form fields left empty arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

const ChangeArgs = z.object({
  lifeEventId: z.uuid().optional(),
  planCode: z.string().min(1).max(40),
  /** A coverage tier, or "waive". */
  tier: z.enum([...COVERAGE_TIERS, "waive"]),
  /** Comma-separated ids of dependents on file to cover. */
  dependentIds: z.preprocess(blankToUndefined, z.string().max(2000).optional()),
  dependentName: z.preprocess(blankToUndefined, z.string().trim().max(120).optional()),
  dependentRelationship: z.enum(["spouse", "child", "adopted_child"]).optional(),
  dependentDateOfBirth: z.preprocess(blankToUndefined, z.iso.date().optional()),
});
type ChangeArgs = z.infer<typeof ChangeArgs>;

function toRequest(args: ChangeArgs): BenefitsChangeRequest {
  return {
    planCode: args.planCode,
    tier: args.tier === "waive" ? null : args.tier,
    dependentIds: (args.dependentIds ?? "").split(",").filter(Boolean),
    lifeEventId: args.lifeEventId,
    newDependent:
      args.dependentName && args.dependentRelationship && args.dependentDateOfBirth
        ? {
            name: args.dependentName,
            relationship: args.dependentRelationship,
            dateOfBirth: args.dependentDateOfBirth,
          }
        : undefined,
  };
}

function refArgs(args: ChangeArgs): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >;
}

function rejection(error: unknown): Reply[] {
  if (
    isDomainError(error) &&
    (error.code === "benefits.election_rejected" ||
      error.code === "benefits.life_event_invalid" ||
      error.code === "record.not_found")
  ) {
    return [{ blocks: [{ kind: "status", text: error.userMessage, tone: "warning" }] }];
  }
  throw error;
}

/**
 * The benefits commands chat buttons and forms run. Every handler re-checks who acts (only the
 * employee, for themselves) inside the use case; nothing changes before the Confirm click.
 * - `benefits.report_life_event` {type, eventDate}: records the event and shows the change form.
 * - `benefits.request_change` (form): validates the change and shows the confirmation.
 * - `benefits.confirm_change`: stores the election (idempotent) and enqueues the job that applies it.
 */
export function createBenefitsCommands(deps: {
  services: BenefitsServices;
  enqueueApplyElection(electionId: string): Promise<void>;
}) {
  const requestChange = defineCommand({
    name: "benefits.request_change",
    summary: "Check a benefits change and ask for confirmation",
    args: ChangeArgs,
    async handle(ctx, args) {
      try {
        const prepared = await prepareBenefitsChange(ctx.actor, toRequest(args), {
          services: deps.services,
          clock: ctx.clock,
        });
        return [
          {
            personal: true,
            blocks: [
              { kind: "facts", title: "Your change", facts: prepared.facts },
              {
                kind: "confirm",
                text: prepared.summary,
                confirm: {
                  label: "Confirm change",
                  style: "primary",
                  command: confirmChange.ref(refArgs(args) as ChangeArgs),
                },
                cancel: { label: "Cancel", command: { name: "conversation.cancel", args: {} } },
              },
            ],
          },
        ];
      } catch (error) {
        return rejection(error);
      }
    },
  });

  const confirmChange = defineCommand({
    name: "benefits.confirm_change",
    summary: "Confirm a benefits change (applied by a job)",
    args: ChangeArgs,
    async handle(ctx, args) {
      try {
        const result = await confirmBenefitsChange(ctx.actor, toRequest(args), {
          services: deps.services,
          clock: ctx.clock,
          enqueueApplyElection: deps.enqueueApplyElection,
          requestId: `chat:${ctx.conversationKey}`,
        });
        return [
          {
            personal: true,
            updateKey: `benefits-election:${result.electionId}`,
            blocks: [
              {
                kind: "status",
                tone: "success",
                text: `Confirmed: ${result.prepared.summary.replace(/\?$/, "")}. I'll let you know when it's done; deductions change from the next payroll.`,
              },
            ],
          },
        ];
      } catch (error) {
        return rejection(error);
      }
    },
  });

  const reportEvent = defineCommand({
    name: "benefits.report_life_event",
    summary: "Report a qualifying life event",
    args: z.object({ type: z.enum(LIFE_EVENT_TYPES), eventDate: z.iso.date() }),
    async handle(ctx, args) {
      if (ctx.actor.kind !== "employee") {
        return [
          {
            blocks: [{ kind: "status", text: "Life events are reported by the employee.", tone: "warning" }],
          },
        ];
      }
      try {
        const reported = await reportLifeEvent(ctx.actor, args, {
          services: deps.services,
          clock: ctx.clock,
        });
        const plans = (
          await deps.services.repo.plansForClient(ctx.actor.clientId, Number(args.eventDate.slice(0, 4)))
        ).filter((p) => p.type === "medical" || p.type === "dental" || p.type === "vision");
        const relation = NEW_DEPENDENT_RELATION[args.type];
        return [
          {
            personal: true,
            blocks: [
              {
                kind: "status",
                tone: "info",
                text: `Your ${args.type.replaceAll("_", " ")} on ${args.eventDate} is recorded. You can change your benefits until ${reported.windowCloses} (${reported.daysLeft} days left).`,
              },
              {
                kind: "form",
                id: `benefits-change-${reported.lifeEventId}`,
                title: "Change your coverage",
                submitLabel: "Review change",
                command: requestChange.ref({
                  lifeEventId: reported.lifeEventId,
                  planCode: plans[0]?.code ?? "",
                  tier: "employee",
                  ...(relation
                    ? {
                        dependentRelationship: relation,
                        dependentDateOfBirth: args.type === "marriage" ? "" : args.eventDate,
                      }
                    : {}),
                }),
                fields: [
                  {
                    name: "planCode",
                    label: "Plan",
                    type: "select",
                    required: true,
                    options: plans.map((p) => ({ value: p.code, label: p.name })),
                  },
                  {
                    name: "tier",
                    label: "Coverage",
                    type: "select",
                    required: true,
                    options: [
                      ...COVERAGE_TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] })),
                      { value: "waive", label: "Waive" },
                    ],
                  },
                  ...(relation
                    ? [
                        {
                          name: "dependentName",
                          label: relation === "spouse" ? "Spouse's name" : "Child's name",
                          type: "text" as const,
                        },
                        ...(args.type === "marriage"
                          ? [
                              {
                                name: "dependentDateOfBirth",
                                label: "Spouse's date of birth",
                                type: "date" as const,
                              },
                            ]
                          : []),
                      ]
                    : []),
                ],
              },
            ],
          },
        ];
      } catch (error) {
        return rejection(error);
      }
    },
  });

  return { reportEvent, requestChange, confirmChange };
}

export type BenefitsCommands = ReturnType<typeof createBenefitsCommands>;

/** The commands as a list for the CommandRegistry. */
export function benefitsCommandList(commands: BenefitsCommands) {
  return [commands.reportEvent, commands.requestChange, commands.confirmChange];
}

import { Writable } from "node:stream";
import { z } from "zod";
import { builtInDialogs } from "../../../src/app/dialogs";
import { RecordingCaseDesk } from "../../../src/conversation/case-desk";
import type { IntentClassifier } from "../../../src/conversation/classifier";
import { CommandRegistry, defineCommand } from "../../../src/conversation/commands";
import { defineDialog } from "../../../src/conversation/dialog";
import { DialogRegistry } from "../../../src/conversation/dialog-registry";
import type { ConversationDeps } from "../../../src/conversation/engine";
import { OfflineIntentClassifier } from "../../../src/conversation/offline/offline-classifier";
import type { Reply, ReplyBlock } from "../../../src/conversation/reply";
import { InMemoryConversationStore } from "../../../src/conversation/store";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { DomainError } from "../../../src/errors/domain-error";
import { createLogger } from "../../../src/log/logger";

export const alex: Actor = {
  kind: "employee",
  employeeId: "emp-alex",
  clientId: "client-acme",
  roles: ["employee"],
  name: "Alex Example",
  timezone: "America/Los_Angeles",
};

export const dana: Actor = {
  ...alex,
  employeeId: "emp-dana",
  roles: ["employee", "manager"],
  name: "Dana Lee",
};

let shared: OfflineIntentClassifier | undefined;
/** The offline classifier trained once per test file. */
export function offlineClassifier(): OfflineIntentClassifier {
  shared ??= OfflineIntentClassifier.train();
  return shared;
}

/** A log sink that keeps every line, to assert nothing personal is logged. */
export function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("debug", stream), lines };
}

/** Domain test doubles: a timesheet submit command (with a policy check) and its dialog. */
export function timesheetFixtures() {
  const submitted: { actor: string; date: string; hours: string }[] = [];
  const approved: string[] = [];
  const submitHours = defineCommand({
    name: "timesheet.submit",
    summary: "Submit hours for one day",
    args: z.object({ date: z.iso.date(), hours: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/) }),
    async handle(ctx, args) {
      if (ctx.actor.kind !== "employee") throw new DomainError("auth.forbidden", "only employees log hours");
      submitted.push({ actor: ctx.actor.employeeId, ...args });
      return [
        { blocks: [{ kind: "status", text: `Submitted ${args.hours} h for ${args.date}`, tone: "success" }] },
      ];
    },
  });
  const approveAll = defineCommand({
    name: "timesheet.approve_all",
    summary: "Approve every pending timesheet of the team",
    args: z.object({}),
    async handle(ctx) {
      if (ctx.actor.kind !== "employee" || !ctx.actor.roles.includes("manager"))
        throw new DomainError("auth.forbidden", "not a manager", {
          userMessage: "Only managers can approve.",
        });
      approved.push("all");
      return [{ blocks: [{ kind: "status", text: "Approved", tone: "success" }] }];
    },
  });
  const timesheetSubmitDialog = defineDialog({
    intent: "timesheet_submit",
    slots: [
      { slot: "date", question: "Which day are these hours for?" },
      { slot: "hours", question: "How many hours did you work?" },
    ],
    async run({ slots }) {
      return {
        kind: "confirm",
        text: `Submit ${slots.hours} hours for ${slots.date}?`,
        confirmLabel: "Submit",
        cancelLabel: "Change",
        command: submitHours.ref({ date: slots.date!, hours: slots.hours! }),
      };
    },
  });
  const benefitsDialog = defineDialog({
    intent: "benefits_question",
    slots: [
      {
        slot: "planType",
        question: "Which plan?",
        choices: [
          { value: "medical", label: "Medical" },
          { value: "dental", label: "Dental" },
        ],
      },
    ],
    async run({ slots }) {
      return {
        kind: "answer",
        replies: [
          { blocks: [{ kind: "text", text: `${slots.planType} ${slots.topic ?? "general"} answer` }] },
        ],
      };
    },
  });
  const pendingApprovalsDialog = defineDialog({
    intent: "pending_approvals",
    async run() {
      return {
        kind: "confirm",
        text: "Approve all 3 pending timesheets?",
        confirmLabel: "Approve all",
        command: approveAll.ref({}),
      };
    },
  });
  return {
    submitted,
    approved,
    submitHours,
    approveAll,
    timesheetSubmitDialog,
    benefitsDialog,
    pendingApprovalsDialog,
  };
}

export function engineDeps(overrides: Partial<ConversationDeps> = {}) {
  const fx = timesheetFixtures();
  const caseDesk = new RecordingCaseDesk();
  const { logger, lines } = memoryLogger();
  const clock = fixedClock("2026-11-25T06:30:00Z"); // Tue Nov 24, 22:30 in Los Angeles
  const deps: ConversationDeps = {
    store: new InMemoryConversationStore(),
    clock,
    classifier: offlineClassifier() as IntentClassifier,
    dialogs: new DialogRegistry([
      ...builtInDialogs,
      fx.timesheetSubmitDialog,
      fx.benefitsDialog,
      fx.pendingApprovalsDialog,
    ]),
    commands: new CommandRegistry([fx.submitHours, fx.approveAll]),
    caseDesk,
    logger,
    ...overrides,
  };
  return { deps, fx, caseDesk, logLines: lines, clock };
}

export function blocksOf(replies: Reply[]): ReplyBlock[] {
  return replies.flatMap((r) => r.blocks);
}

export function allText(replies: Reply[]): string {
  return blocksOf(replies)
    .map((b) => ("text" in b ? b.text : ""))
    .join(" ");
}

export function confirmBlock(replies: Reply[]) {
  return blocksOf(replies).find((b): b is Extract<ReplyBlock, { kind: "confirm" }> => b.kind === "confirm");
}

export function buttons(replies: Reply[]) {
  return blocksOf(replies).flatMap((b) =>
    b.kind === "actions" ? b.buttons : b.kind === "confirm" ? [b.confirm, b.cancel] : [],
  );
}

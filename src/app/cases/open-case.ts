import {
  type CaseCategory,
  type CaseOrigin,
  type CasePriority,
  classifySensitiveCategory,
  initialCasePriority,
  isSensitiveCategory,
} from "../../core/cases/case-kinds";
import type { TranscriptTurn } from "../../core/cases/transcript-summary";
import { type Actor, actorRef } from "../../core/policy/actor";
import type { CaseRecord } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import { forbidden, staffRecipients } from "./case-access";
import {
  applyTransition,
  firstResponseDue,
  queueNotification,
  runCaseCommand,
  syncClocks,
} from "./case-command";
import type { CaseDeskDeps } from "./case-desk-deps";
import { caseCardReply } from "./case-replies";
import { summarizeCaseTranscript } from "./summarize-transcript";

export type OpenCaseInput = {
  /** The employee (from chat) or a specialist opening a case for an employee. */
  actor: Actor;
  /** Required when a specialist opens the case; ignored for an employee (it is their own). */
  employeeId?: string;
  origin: CaseOrigin;
  /** Defaults: read from the words for sensitive reports, leave_of_absence for leave, else general. */
  category?: CaseCategory;
  /** Ignored for sensitive reports (always urgent). */
  priority?: CasePriority;
  /** The conversation's last turns (redacted again here before anything is stored). */
  transcript: readonly TranscriptTurn[];
  /** A line from the dialog ("Employee asked to talk to a person"), shown above the extractive summary. */
  headline?: string;
  channel?: string;
  conversationKey?: string;
  /** Business key: the same handoff opened twice yields one case. */
  openKey?: string;
};

export type OpenCaseResult = { caseId: string; reference: string; created: boolean; case: CaseRecord };

function defaultCategory(input: OpenCaseInput): CaseCategory {
  if (input.category) return input.category;
  if (input.origin === "sensitive_report") {
    const words = input.transcript
      .filter((t) => t.role === "employee")
      .map((t) => t.text)
      .join("\n");
    return classifySensitiveCategory(words);
  }
  if (input.origin === "leave_of_absence") return "leave_of_absence";
  return "general";
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "P2002"
  );
}

/**
 * Opens a case: works out category, priority (sensitive reports always urgent) and sensitivity,
 * writes the redacted summary (model-written when configured and checked), stores the case with its
 * timeline, audit row and SLA clocks, and tells the specialists who may see it (ordinary cases: the
 * specialists' thread; sensitive reports: senior specialists directly, without the text). A case a
 * specialist opens is claimed by them. Idempotent by `openKey`.
 */
export async function openCase(deps: CaseDeskDeps, input: OpenCaseInput): Promise<OpenCaseResult> {
  if (input.openKey) {
    const existing = await deps.cases.findCaseByOpenKey(input.openKey);
    if (existing)
      return { caseId: existing.id, reference: existing.reference, created: false, case: existing };
  }
  const { actor } = input;
  let employeeId: string;
  let clientId: string;
  if (actor.kind === "employee") {
    employeeId = actor.employeeId;
    clientId = actor.clientId;
  } else {
    if (
      actor.kind === "staff" &&
      !actor.roles.some((r) => r === "specialist" || r === "senior_specialist" || r === "aso_admin")
    )
      throw forbidden("open a case");
    if (!input.employeeId)
      throw new DomainError("input.invalid", "employeeId: required when staff open a case");
    const employee = await deps.cases.findEmployee(input.employeeId);
    if (!employee) throw new DomainError("record.not_found", `employee ${input.employeeId} not found`);
    employeeId = employee.id;
    clientId = employee.clientId;
  }
  const category = defaultCategory(input);
  const sensitive = input.origin === "sensitive_report" || isSensitiveCategory(category);
  const priority = initialCasePriority({ origin: input.origin, category, requested: input.priority });
  const summary = await summarizeCaseTranscript(input.transcript, deps.summarizer, deps.logger);
  const text =
    summary.source === "extractive" && input.headline
      ? `${input.headline}\n${summary.summary}`
      : summary.summary;
  const at = deps.clock.now();
  try {
    return await runCaseCommand(deps, async (tx, after, calendar) => {
      let c = await tx.create({
        clientId,
        employeeId,
        origin: input.origin,
        category,
        priority,
        sensitive,
        summary: text,
        summarySource: summary.source,
        transcript: summary.transcript.turns,
        channel: input.channel ?? null,
        conversationKey: input.conversationKey ?? null,
        openKey: input.openKey ?? null,
        openedAt: at,
      });
      const ref = actorRef(actor);
      await tx.event(c.id, { at, type: "opened", toState: "new", ...ref, data: { origin: input.origin } });
      await tx.audit(
        { caseId: c.id, clientId },
        {
          ...ref,
          action: "case.opened",
          after: {
            state: "new",
            origin: input.origin,
            category,
            priority,
            sensitive,
            summarySource: summary.source,
          },
        },
        at,
      );
      if (actor.kind === "staff") {
        const claimed = await tx.claimIfUnclaimed(c.id, actor.staffId, at);
        if (claimed)
          c = await applyTransition(tx, c, "claim", actor, at, { assigneeId: actor.staffId, claimedAt: at });
      }
      const clocks = await syncClocks(tx, after, calendar, c, at);
      await queueNotification(
        tx,
        after,
        c,
        `case-opened:${c.id}`,
        await staffRecipients(tx, c),
        caseCardReply(c, { firstResponseDue: firstResponseDue(clocks), zone: calendar.zone }),
      );
      return { caseId: c.id, reference: c.reference, created: true, case: c };
    });
  } catch (error) {
    if (input.openKey && isUniqueViolation(error)) {
      const existing = await deps.cases.findCaseByOpenKey(input.openKey);
      if (existing)
        return { caseId: existing.id, reference: existing.reference, created: false, case: existing };
    }
    throw error;
  }
}

import type { CaseDesk, OpenCaseRequest, OpenedCase } from "../../conversation/case-desk";
import {
  CASE_CATEGORIES,
  CASE_ORIGINS,
  type CaseCategory,
  type CaseOrigin,
  type CasePriority,
} from "../../core/cases/case-kinds";
import type { Actor } from "../../core/policy/actor";
import type { CaseDeskDeps } from "./case-desk-deps";
import { openCase } from "./open-case";
import { relayEmployeeMessage } from "./relay-employee-message";

/** What the conversation engine or a channel may call besides opening a case. */
export type EmployeeCaseRelay = {
  /**
   * Relays an employee's chat message to their open case (the newest, or `caseId`); resolves with
   * the case reference, or undefined when they have no open case (answer them normally then).
   */
  relayFromEmployee(input: {
    actor: Actor;
    text: string;
    caseId?: string;
    idempotencyKey?: string;
  }): Promise<{ caseId: string; reference: string; sequence: number } | undefined>;
};

function asOrigin(origin: string): CaseOrigin {
  return (CASE_ORIGINS as readonly string[]).includes(origin) ? (origin as CaseOrigin) : "talk_to_human";
}

function asCategory(category: string | undefined): CaseCategory | undefined {
  return category && (CASE_CATEGORIES as readonly string[]).includes(category)
    ? (category as CaseCategory)
    : undefined;
}

/**
 * The conversation engine's `CaseDesk` port, implemented by the case use cases. `openCase` maps the
 * handoff (origin, category hint, priority, redacted transcript) to {@link openCase}; the same
 * idempotency key yields the same case. Sensitive reports are urgent whatever the dialog asked.
 */
export function createCaseDesk(deps: CaseDeskDeps): CaseDesk & EmployeeCaseRelay {
  return {
    async openCase(request: OpenCaseRequest): Promise<OpenedCase> {
      const origin = asOrigin(request.origin);
      const category = asCategory(request.category);
      const opened = await openCase(deps, {
        actor: request.actor,
        origin,
        ...(category ? { category } : {}),
        priority: request.priority as CasePriority,
        transcript: request.transcript.map((t) => ({ role: t.role, text: t.text })),
        // The dialog's line leads the extractive summary, except for sensitive reports (the text is the report).
        ...(origin === "sensitive_report" ? {} : { headline: request.summary }),
        channel: request.channel,
        conversationKey: request.conversationKey,
        openKey: request.idempotencyKey,
      });
      return { caseId: opened.caseId, reference: opened.reference };
    },

    async relayFromEmployee(input) {
      const relayed = await relayEmployeeMessage(deps, input);
      if (!relayed) return undefined;
      return {
        caseId: relayed.case.id,
        reference: relayed.case.reference,
        sequence: relayed.message.sequence,
      };
    },
  };
}

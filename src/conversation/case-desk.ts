import type { CasePriority, SensitiveCategory } from "../core/cases/case-kinds";
import type { Actor } from "../core/policy/actor";
import type { Channel } from "./channel";

/**
 * Why the conversation hands a person over (same names as `CaseOrigin` in src/core/cases/case-kinds.ts):
 * the person asked, a sensitive report, a leave of absence, the bot stayed unsure after one
 * clarifying question, or a dialog could not finish the request itself.
 */
export type HandoffOrigin =
  | "talk_to_human"
  | "sensitive_report"
  | "leave_of_absence"
  | "low_confidence"
  /** A dialog could not complete (e.g. a life event the bot cannot process) and hands over. */
  | "failed_answer";

/** Sensitive-report kinds the safety rules recognise (same names as the cases' sensitive categories). */
export type SensitiveKind = SensitiveCategory;

/** One turn handed to the specialist; personal numbers are already redacted. */
export type TranscriptEntry = { role: "employee" | "assistant"; text: string; at: string };

export type OpenCaseRequest = {
  actor: Actor;
  origin: HandoffOrigin;
  /** Case category hint: a `SensitiveKind` for sensitive reports, else the topic ("benefits", "general"…). */
  category: string;
  priority: CasePriority;
  /** One line for the specialists' queue; never contains message text for sensitive reports. */
  summary: string;
  transcript: TranscriptEntry[];
  channel: Channel;
  conversationKey: string;
  /** Business key: opening the same handoff twice (retry, double click) yields one case. */
  idempotencyKey: string;
};

export type OpenedCase = {
  caseId: string;
  /** Short reference shown to the person, e.g. "HR-1042". */
  reference: string;
};

/**
 * The port through which the conversation hands a person to an HR specialist. Implemented by the
 * cases use cases (`src/app/cases/…`); tests use `RecordingCaseDesk`.
 */
export interface CaseDesk {
  openCase(request: OpenCaseRequest): Promise<OpenedCase>;
}

/**
 * Optional port: relays what a person writes to the case a handoff opened, so the specialist sees it
 * in the case thread. Resolves undefined when that case is no longer open (the assistant answers again).
 */
export interface CaseRelay {
  relayFromEmployee(input: {
    actor: Actor;
    text: string;
    caseId?: string;
    idempotencyKey?: string;
  }): Promise<{ caseId: string; reference: string; sequence: number } | undefined>;
}

/** Test double: remembers every request, returns sequential references, honours idempotency keys. */
export class RecordingCaseDesk implements CaseDesk, CaseRelay {
  readonly opened: OpenCaseRequest[] = [];
  readonly relayed: { caseId: string | undefined; text: string }[] = [];
  /** Case ids a test has closed: relaying to them resolves undefined. */
  readonly closed = new Set<string>();

  async relayFromEmployee(input: { actor: Actor; text: string; caseId?: string }) {
    const caseId = input.caseId ?? `case-${this.opened.length}`;
    if (this.closed.has(caseId) || !/^case-\d+$/.test(caseId)) return undefined;
    this.relayed.push({ caseId, text: input.text });
    return { caseId, reference: `HR-${1000 + Number(caseId.slice(5))}`, sequence: this.relayed.length };
  }
  async openCase(request: OpenCaseRequest): Promise<OpenedCase> {
    let index = this.opened.findIndex((r) => r.idempotencyKey === request.idempotencyKey);
    if (index < 0) index = this.opened.push(request) - 1;
    return { caseId: `case-${index + 1}`, reference: `HR-${1001 + index}` };
  }
}

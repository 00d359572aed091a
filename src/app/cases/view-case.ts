import { evaluateSlaClock, type SlaSnapshot } from "../../core/cases/sla";
import { type Actor, actorRef } from "../../core/policy/actor";
import { canSeeInternalNotes } from "../../core/policy/cases";
import type { CaseMessageRecord, CaseRecord, MessageAudience } from "../../db/case-repository";
import { accessFacts, loadVisibleCase, viewerOf } from "./case-access";
import type { CaseDeskDeps } from "./case-desk-deps";

export type CaseView = {
  case: Omit<CaseRecord, "transcript" | "summary"> & {
    summary: string | null;
    transcript: CaseRecord["transcript"] | null;
  };
  /** In sequence order; internal notes only for staff. */
  messages: CaseMessageRecord[];
  /** SLA clocks as they stand now (staff only). */
  sla: (SlaSnapshot & { kind: string; cycle: number })[];
};

/**
 * One case as the actor may see it: staff get the summary, transcript, every message including
 * internal notes, and the SLA clocks; the employee gets their case and the public messages both
 * ways, never internal notes, summary or clocks. Every view of a sensitive case is audited.
 */
export async function viewCase(
  deps: CaseDeskDeps,
  input: { actor: Actor; caseId: string },
): Promise<CaseView> {
  const { actor } = input;
  const { record, routing } = await loadVisibleCase(deps.cases, actor, input.caseId);
  const staffView = canSeeInternalNotes(viewerOf(actor), accessFacts(record), routing);
  const audiences: MessageAudience[] = staffView ? ["employee", "staff", "internal"] : ["employee", "staff"];
  const at = deps.clock.now();
  if (record.sensitive)
    await deps.cases.auditView(
      { caseId: record.id, clientId: record.clientId },
      { ...actorRef(actor), action: "case.viewed", after: { sensitive: true } },
      at,
    );
  const messages = await deps.cases.messages(record.id, audiences);
  let sla: CaseView["sla"] = [];
  if (staffView) {
    const calendar = await deps.cases.loadCalendar();
    sla = (await deps.cases.clocks(record.id)).map((clock) => ({
      kind: clock.kind,
      cycle: clock.cycle,
      ...evaluateSlaClock(calendar, clock, at),
    }));
  }
  return {
    case: {
      ...record,
      summary: staffView ? record.summary : null,
      transcript: staffView ? record.transcript : null,
    },
    messages,
    sla,
  };
}

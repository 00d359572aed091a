import { InvalidCaseTransitionError } from "../../core/cases/case-state";
import type { Actor } from "../../core/policy/actor";
import {
  type CaseAccessFacts,
  type CaseViewer,
  canViewCase,
  type StaffRouting,
} from "../../core/policy/cases";
import type { CaseRecord, CaseRepository, StaffFacts } from "../../db/case-repository";
import { DomainError } from "../../errors/domain-error";
import type { Recipient } from "../notifier";

/** The policy's view of an actor. */
export function viewerOf(actor: Actor): CaseViewer {
  switch (actor.kind) {
    case "employee":
      return { kind: "employee", employeeId: actor.employeeId, clientId: actor.clientId, roles: actor.roles };
    case "staff":
      return { kind: "staff", staffId: actor.staffId, roles: actor.roles };
    case "system":
      return { kind: "system" };
  }
}

export function accessFacts(c: CaseRecord): CaseAccessFacts {
  return { clientId: c.clientId, employeeId: c.employeeId, sensitive: c.sensitive, assigneeId: c.assigneeId };
}

/** The routing facts for a staff member and a case's client. */
export async function routingFor(
  cases: CaseRepository,
  staffId: string,
  clientId: string,
): Promise<StaffRouting> {
  const [assignedClientIds, withStaff] = await Promise.all([
    cases.assignedClientIds(staffId),
    cases.clientsWithAssignedStaff([clientId]),
  ]);
  return { assignedClientIds, clientHasAssignedStaff: withStaff.has(clientId) };
}

/** A case the actor may not see is reported exactly like a missing one (no existence leak). */
export function caseNotFound(caseId: string): DomainError {
  return new DomainError("record.not_found", `case ${caseId} not found`, {
    userMessage: "I couldn't find that case.",
  });
}

export function forbidden(what: string): DomainError {
  return new DomainError("auth.forbidden", `not allowed to ${what}`, {
    userMessage: `You're not allowed to ${what}.`,
  });
}

/**
 * A specialist acting from an old card (the case was since transferred, resolved or closed) is told
 * where the case is now, and nothing changes. Undefined when the case is still theirs and open.
 */
export function caseMovedOn(record: CaseRecord, actor: Actor): DomainError | undefined {
  if (actor.kind !== "staff") return undefined;
  const owner = record.assigneeName;
  if (record.state === "resolved" || record.state === "closed") {
    const by = owner ? ` by ${owner}` : "";
    return new DomainError("case.invalid_transition", `${record.reference} is ${record.state}`, {
      userMessage: `${record.reference} was already ${record.state}${by}; nothing was changed. Reopen it if it needs more work.`,
      details: { caseId: record.id, state: record.state, ownerName: owner },
    });
  }
  if (record.assigneeId && record.assigneeId !== actor.staffId) {
    return new DomainError("auth.forbidden", `${record.reference} is now with ${owner}`, {
      userMessage: `${record.reference} is now with ${owner}; nothing was changed.`,
      details: { caseId: record.id, ownerName: owner },
    });
  }
  return undefined;
}

/** Loads the case and checks the actor may see it; throws `record.not_found` otherwise. */
export async function loadVisibleCase(
  cases: CaseRepository,
  actor: Actor,
  caseId: string,
): Promise<{ record: CaseRecord; routing: StaffRouting | undefined }> {
  const record = await cases.findCase(caseId);
  if (!record) throw caseNotFound(caseId);
  const routing =
    actor.kind === "staff" ? await routingFor(cases, actor.staffId, record.clientId) : undefined;
  if (!canViewCase(viewerOf(actor), accessFacts(record), routing)) throw caseNotFound(caseId);
  return { record, routing };
}

/** Maps the core's transition error to the `case.invalid_transition` domain error. */
export function asDomainTransitionError(error: unknown, reference: string): unknown {
  if (error instanceof InvalidCaseTransitionError) {
    return new DomainError("case.invalid_transition", `${reference}: ${error.message}`, {
      userMessage: `Case ${reference} ${error.message.replace(/^a case/, "is")}.`,
      details: { from: error.from, action: error.action },
    });
  }
  return error;
}

/** Staff lookup by role: the repository, or a transaction (PGlite: never the outer client inside one). */
export type StaffSource = { staffWithRole(role: string): Promise<StaffFacts[]> };

/**
 * Where staff-side messages of a case go: the specialists' case thread for ordinary cases; for a
 * sensitive report only direct messages, to its owner or, while unclaimed, to every senior specialist.
 */
export async function staffRecipients(cases: StaffSource, c: CaseRecord): Promise<Recipient[]> {
  if (!c.sensitive) return [{ kind: "specialists", caseId: c.id }];
  if (c.assigneeId) return [{ kind: "staff", staffId: c.assigneeId }];
  const seniors = await cases.staffWithRole("senior_specialist");
  return seniors.map((s) => ({ kind: "staff", staffId: s.id }));
}

/**
 * The leads an SLA breach escalates to: for a sensitive report the other senior specialists (only
 * they may see it); otherwise the ASO admins, or the specialists' thread when there are none.
 */
export async function leadRecipients(cases: StaffSource, c: CaseRecord): Promise<Recipient[]> {
  const leads: StaffFacts[] = c.sensitive
    ? (await cases.staffWithRole("senior_specialist")).filter((s) => s.id !== c.assigneeId)
    : await cases.staffWithRole("aso_admin");
  if (leads.length > 0) return leads.map((s) => ({ kind: "staff", staffId: s.id }));
  return c.sensitive && c.assigneeId
    ? [{ kind: "staff", staffId: c.assigneeId }]
    : [{ kind: "specialists", caseId: c.id }];
}

/** A stable string for a recipient, for idempotency keys. */
export function recipientKey(r: Recipient): string {
  switch (r.kind) {
    case "employee":
      return `employee-${r.employeeId}`;
    case "staff":
      return `staff-${r.staffId}`;
    case "specialists":
      return `specialists-${r.caseId ?? "all"}`;
  }
}

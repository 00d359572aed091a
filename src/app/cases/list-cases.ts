import { OPEN_CASE_STATES, UNCLAIMED_CASE_STATES } from "../../core/cases/case-state";
import type { Actor } from "../../core/policy/actor";
import { canViewCase } from "../../core/policy/cases";
import type { CaseRecord } from "../../db/case-repository";
import { accessFacts, forbidden, viewerOf } from "./case-access";
import type { CaseDeskDeps } from "./case-desk-deps";

/** One line of a queue. Sensitive reports show no summary (reading one is an audited view). */
export type CaseListItem = Pick<
  CaseRecord,
  | "id"
  | "reference"
  | "clientName"
  | "employeeName"
  | "category"
  | "priority"
  | "state"
  | "sensitive"
  | "assigneeName"
  | "openedAt"
> & { summary: string | null; firstResponseDueAt: Date | null; resolutionDueAt: Date | null };

const PRIORITY_ORDER = { urgent: 0, high: 1, normal: 2, low: 3 } as const;

async function toItems(
  deps: CaseDeskDeps,
  cases: CaseRecord[],
  withSummary: boolean,
): Promise<CaseListItem[]> {
  const items: CaseListItem[] = [];
  for (const c of cases) {
    const clocks = (await deps.cases.clocks(c.id)).filter((k) => !k.stoppedAt);
    items.push({
      id: c.id,
      reference: c.reference,
      clientName: c.clientName,
      employeeName: c.employeeName,
      category: c.category,
      priority: c.priority,
      state: c.state,
      sensitive: c.sensitive,
      assigneeName: c.assigneeName,
      openedAt: c.openedAt,
      summary: withSummary && !c.sensitive ? c.summary : null,
      firstResponseDueAt: clocks.find((k) => k.kind === "first_response")?.dueAt ?? null,
      resolutionDueAt: clocks.find((k) => k.kind === "resolution")?.dueAt ?? null,
    });
  }
  return items.sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.openedAt.getTime() - b.openedAt.getTime(),
  );
}

/** The employee's own open cases (no summaries, no internal data). */
export async function listMyOpenCases(deps: CaseDeskDeps, actor: Actor): Promise<CaseListItem[]> {
  if (actor.kind !== "employee") throw forbidden("list an employee's cases");
  const cases = await deps.cases.listCases({ employeeId: actor.employeeId, states: OPEN_CASE_STATES });
  return toItems(deps, cases, false);
}

/** The specialist's own open cases, most urgent first. */
export async function listMyQueue(deps: CaseDeskDeps, actor: Actor): Promise<CaseListItem[]> {
  if (actor.kind !== "staff") throw forbidden("see a specialist queue");
  const cases = await deps.cases.listCases({ assigneeId: actor.staffId, states: OPEN_CASE_STATES });
  return toItems(
    deps,
    cases.filter((c) => canViewCase(viewerOf(actor), accessFacts(c))),
    true,
  );
}

/**
 * The team queue: unclaimed cases routed to this specialist (the client's assigned specialists or
 * the pool; sensitive reports only for senior specialists), most urgent first.
 */
export async function listTeamQueue(deps: CaseDeskDeps, actor: Actor): Promise<CaseListItem[]> {
  if (actor.kind !== "staff") throw forbidden("see the team queue");
  const candidates = await deps.cases.listCases({ states: UNCLAIMED_CASE_STATES, limit: 500 });
  const assigned = await deps.cases.assignedClientIds(actor.staffId);
  const withStaff = await deps.cases.clientsWithAssignedStaff([
    ...new Set(candidates.map((c) => c.clientId)),
  ]);
  const visible = candidates.filter((c) =>
    canViewCase(viewerOf(actor), accessFacts(c), {
      assignedClientIds: assigned,
      clientHasAssignedStaff: withStaff.has(c.clientId),
    }),
  );
  return toItems(deps, visible, true);
}

import type { Dependent, DependentRelationship } from "../../core/benefits/dependents";
import { type Election, type ElectionProblem, validateElection } from "../../core/benefits/elections";
import { coverageStartAfterHire } from "../../core/benefits/eligibility";
import { type ElectionWindow, lifeEventEffectiveDate } from "../../core/benefits/life-events";
import {
  type BenefitPlan,
  type CoverageTier,
  type LifeEventType,
  TIER_LABELS,
  tierCost,
} from "../../core/benefits/plan";
import { addDays } from "../../core/calendar/iso-date";
import type { Clock } from "../../core/clock";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import { DomainError } from "../../errors/domain-error";
import type { BenefitsServices } from "./benefits-services";
import { localIsoDate } from "./report-life-event";

/** A change an employee asks for in chat: one plan, a tier (null = waive), who is covered. */
export type BenefitsChangeRequest = {
  planCode: string;
  tier: CoverageTier | null;
  dependentIds: string[];
  contribution?: { perPeriod?: string; annual?: string; percent?: string } | undefined;
  /** The life event whose window this change uses; absent = open enrollment (or the new-hire window). */
  lifeEventId?: string | undefined;
  /** A dependent to add with this change (the new spouse, the newborn); created only on confirm. */
  newDependent?: { name: string; relationship: DependentRelationship; dateOfBirth: string } | undefined;
};

/** The id a not-yet-created dependent carries during validation. */
export const NEW_DEPENDENT_ID = "new";

export type PreparedChange = {
  plan: BenefitPlan;
  window: ElectionWindow;
  effectiveFrom: string;
  /** One line for the confirmation: "Switch Keystone Health PPO Gold to Family from 2026-03-14?" */
  summary: string;
  facts: { label: string; value: string }[];
};

/**
 * Hours the eligibility check assumes: the census holds no scheduled hours, so every employee on the
 * census counts as full-time (40 h). TODO: take scheduled hours from the census when it has them.
 */
const ASSUMED_WEEKLY_HOURS = 40;

/** Plain words for each election problem, for the person in chat. */
export function describeProblem(problem: ElectionProblem): string {
  switch (problem.code) {
    case "window_closed":
      return `the window to make this change is ${problem.opens} to ${problem.closes}`;
    case "not_eligible":
      return problem.reasons
        .map((r) =>
          r.code === "hours_below_minimum"
            ? `the plan needs at least ${r.minWeeklyHours} scheduled hours a week`
            : r.code === "waiting_period"
              ? `coverage can start on ${r.eligibleFrom} at the earliest`
              : r.code === "terminated"
                ? "employment has ended"
                : "your employee class is not eligible for this plan",
        )
        .join("; ");
    case "tier_not_offered":
      return `the plan does not offer ${TIER_LABELS[problem.tier]} coverage`;
    case "tier_dependents_mismatch":
      return `${TIER_LABELS[problem.tier]} does not match the dependents chosen`;
    case "dependent_unknown":
      return "a dependent chosen is not on file";
    case "dependent_not_eligible":
      return "a dependent chosen is not eligible (children are covered up to age 26)";
    case "contribution_required":
      return "an amount to contribute is needed";
    case "contribution_over_limit":
      return `the annual limit is $${problem.limit}`;
    case "change_not_consistent_with_event":
      return `this change is not consistent with the ${problem.event.replaceAll("_", " ")} (IRS consistency rule)`;
  }
}

/**
 * Validates a requested change without changing anything: finds the window (the life event's, the
 * client's open enrollment for the plan year, or the new-hire window), checks eligibility, tier,
 * dependents and the consistency rule with the core, and returns what the confirmation shows.
 * Throws `benefits.election_rejected` listing every problem.
 */
export async function prepareBenefitsChange(
  actor: Actor,
  request: BenefitsChangeRequest,
  deps: { services: BenefitsServices; clock: Clock },
): Promise<PreparedChange> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only the employee may change their own benefits");
  const { repo } = deps.services;
  const today = localIsoDate(deps.clock.now(), actor.timezone);
  const employee = await repo.employeeContext(actor.employeeId);
  if (!employee) throw new DomainError("record.not_found", "employee not found");
  const plans = await repo.plansForClient(actor.clientId);
  const plan = plans
    .filter((p) => p.code === request.planCode)
    .sort((a, b) => b.planYear - a.planYear)
    .find((p) => p.planYear <= Number(today.slice(0, 4)) + 1);
  if (!plan) throw new DomainError("record.not_found", `no plan ${request.planCode} at this employer`);

  const window = await findWindow(deps.services, actor, employee.hireDate, plan, request.lifeEventId, today);
  const onFile = await repo.listDependents(actor.employeeId);
  const dependents: Dependent[] = request.newDependent
    ? [...onFile, { id: NEW_DEPENDENT_ID, ...request.newDependent }]
    : onFile;
  const dependentIds = request.newDependent
    ? [...request.dependentIds, NEW_DEPENDENT_ID]
    : request.dependentIds;
  const enrolled = await repo.enrollmentFacts(actor.employeeId, today);
  const current = enrolled.find((e) => e.plan.type === plan.type);
  // Census enrollments cover dependents the census never listed: then the tier cannot be checked.
  const dependentsOnFile = !(current && current.tier !== "employee" && !current.dependentIds);
  const election: Election = {
    plan,
    tier: request.tier,
    dependentIds,
    ...(request.contribution ? { contribution: request.contribution } : {}),
  };
  const result = validateElection(election, {
    today,
    window,
    employee: {
      hireDate: employee.hireDate,
      terminationDate: employee.terminationDate,
      weeklyHours: ASSUMED_WEEKLY_HOURS,
    },
    dependents,
    currentTier: current?.tier ?? null,
    dependentsOnFile,
  });
  if (!result.ok) {
    const reasons = result.problems.map(describeProblem);
    throw new DomainError(
      "benefits.election_rejected",
      `election rejected: ${result.problems.map((p) => p.code).join(", ")}`,
      {
        userMessage: `I can't make that change: ${reasons.join("; ")}.`,
        details: { problems: result.problems },
      },
    );
  }
  const cost = request.tier ? tierCost(plan, request.tier) : undefined;
  const facts = [
    { label: "Plan", value: plan.name },
    { label: "Coverage", value: request.tier ? TIER_LABELS[request.tier] : "Waived" },
    { label: "Starts", value: result.effectiveFrom },
    ...(cost ? [{ label: "Your cost per paycheck", value: cost.employee.format() }] : []),
    ...(dependentIds.length > 0
      ? [
          {
            label: "Dependents",
            value: dependents
              .filter((d) => dependentIds.includes(d.id))
              .map((d) => d.name)
              .join(", "),
          },
        ]
      : []),
  ];
  const summary = request.tier
    ? `Change ${plan.name} to ${TIER_LABELS[request.tier]} from ${result.effectiveFrom}?`
    : `Waive ${plan.name} from ${result.effectiveFrom}?`;
  return { plan, window, effectiveFrom: result.effectiveFrom, summary, facts };
}

async function findWindow(
  services: BenefitsServices,
  actor: Extract<Actor, { kind: "employee" }>,
  hireDate: string,
  plan: BenefitPlan,
  lifeEventId: string | undefined,
  today: string,
): Promise<ElectionWindow> {
  if (lifeEventId) {
    const event = await services.repo.lifeEvent(lifeEventId);
    if (!event || event.employeeId !== actor.employeeId)
      throw new DomainError("record.not_found", "life event not found");
    const lifeEvent = { type: event.type as LifeEventType, eventDate: event.eventDate };
    return {
      kind: "life_event",
      opens: event.windowOpens,
      closes: event.windowCloses,
      effectiveFrom: lifeEventEffectiveDate(lifeEvent, plan),
      lifeEvent,
    };
  }
  const open = await services.repo.openEnrollmentWindow(actor.clientId, plan.planYear);
  if (open && today <= open.closes) return { kind: "open_enrollment", ...open };
  // New hires may enrol within 30 days of hire; coverage starts after the plan's waiting period.
  return {
    kind: "new_hire",
    opens: hireDate,
    closes: addDays(hireDate, 29),
    effectiveFrom: coverageStartAfterHire(hireDate, plan),
  };
}

/**
 * After the employee clicked Confirm: validates again (the click may be stale or forged), stores the
 * election once per idempotency key (audited), and only then enqueues the job that applies it.
 */
export async function confirmBenefitsChange(
  actor: Actor,
  request: BenefitsChangeRequest,
  deps: {
    services: BenefitsServices;
    clock: Clock;
    enqueueApplyElection(electionId: string): Promise<void>;
    requestId?: string;
  },
): Promise<{ electionId: string; created: boolean; prepared: PreparedChange }> {
  const prepared = await prepareBenefitsChange(actor, request, deps);
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only the employee may change their own benefits");
  const audit = {
    at: deps.clock.now(),
    actorKind: "employee" as const,
    actorId: actor.employeeId,
    clientId: actor.clientId,
    requestId: deps.requestId ?? null,
  };
  let dependentIds = request.dependentIds;
  if (request.newDependent) {
    // A retried click must not add the newborn twice: reuse a dependent with the same name and birth date.
    const nd = request.newDependent;
    const existing = (await deps.services.repo.listDependents(actor.employeeId)).find(
      (d) => d.name.toLowerCase() === nd.name.toLowerCase() && d.dateOfBirth === nd.dateOfBirth,
    );
    const dependent = existing ?? (await deps.services.repo.addDependent(actor.employeeId, nd, audit));
    dependentIds = [...dependentIds, dependent.id];
  }
  const deps_ = [...dependentIds].sort().join(",");
  const windowKey = request.lifeEventId ?? prepared.window.kind;
  const idempotencyKey = `benefits-election:${actor.employeeId}:${prepared.plan.id}:${windowKey}:${request.tier ?? "waive"}:${deps_}:${prepared.effectiveFrom}:${JSON.stringify(request.contribution ?? {})}`;
  const { election, created } = await deps.services.repo.createElection(
    {
      employeeId: actor.employeeId,
      clientId: actor.clientId,
      planId: prepared.plan.id,
      tier: request.tier,
      dependentIds,
      contribution: request.contribution ?? null,
      windowKind: prepared.window.kind,
      lifeEventId: request.lifeEventId ?? null,
      effectiveFrom: prepared.effectiveFrom,
      idempotencyKey,
      requestedAt: deps.clock.now(),
    },
    audit,
  );
  // The transaction has committed: now the job may be enqueued (a retry re-enqueues harmlessly).
  if (election.status === "pending") await deps.enqueueApplyElection(election.id);
  return { electionId: election.id, created, prepared };
}

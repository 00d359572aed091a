import type { EmployeeBenefits, EnrollmentFact } from "../app/benefits/benefits-facts";
import type { EnrollmentForPayroll } from "../core/benefits/deductions";
import type { Dependent, DependentRelationship } from "../core/benefits/dependents";
import type { BenefitPlan, CoverageTier, PlanType, TierCost } from "../core/benefits/plan";
import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { PayFrequency } from "../core/tables/us/pay-periods";
import { type AuditRecordInput, recordAudit } from "./audit-repository";
import { Prisma, type PrismaClient } from "./generated/prisma/client";

type PlanRow = Prisma.BenefitPlanGetPayload<object>;

/** A BenefitPlan row as the core's plan (JSON columns typed; money stays decimal strings). */
export function planFromRow(row: PlanRow): BenefitPlan {
  return {
    id: row.id,
    code: row.code,
    type: row.type as PlanType,
    name: row.name,
    planYear: row.planYear,
    tiers: (row.tiers ?? {}) as Partial<Record<CoverageTier, TierCost>>,
    deductible: (row.deductible as BenefitPlan["deductible"]) ?? null,
    outOfPocketMax: (row.outOfPocketMax as BenefitPlan["outOfPocketMax"]) ?? null,
    documents: row.documents,
    rules: (row.rules ?? {}) as BenefitPlan["rules"],
  };
}

/** What the benefits use cases need to know about an employee. */
export type EmployeeBenefitsContext = {
  id: string;
  clientId: string;
  clientName: string;
  name: string;
  hireDate: string;
  terminationDate: string | null;
  payFrequency: PayFrequency;
};

export type BenefitsRepository = ReturnType<typeof createBenefitsRepository>;

export type ElectionInput = {
  employeeId: string;
  clientId: string;
  planId: string;
  tier: CoverageTier | null;
  dependentIds: string[];
  contribution: { perPeriod?: string; annual?: string; percent?: string } | null;
  windowKind: "open_enrollment" | "life_event" | "new_hire";
  lifeEventId: string | null;
  effectiveFrom: string;
  idempotencyKey: string;
  requestedAt: Date;
};

export type ElectionRecord = ElectionInput & {
  id: string;
  status: "pending" | "applied" | "rejected";
  appliedEnrollmentId: string | null;
};

function electionFromRow(r: Prisma.BenefitElectionGetPayload<object>): ElectionRecord {
  return {
    id: r.id,
    employeeId: r.employeeId,
    clientId: r.clientId,
    planId: r.planId,
    tier: r.tier as CoverageTier | null,
    dependentIds: r.dependentIds,
    contribution: (r.contribution as ElectionInput["contribution"]) ?? null,
    windowKind: r.windowKind as ElectionInput["windowKind"],
    lifeEventId: r.lifeEventId,
    effectiveFrom: isoDay(r.effectiveFrom),
    idempotencyKey: r.idempotencyKey,
    requestedAt: r.requestedAt,
    status: r.status as ElectionRecord["status"],
    appliedEnrollmentId: r.appliedEnrollmentId,
  };
}

/**
 * Benefits persistence: the employee's plans and enrollments as facts for answers, enrollments for
 * payroll, dependents, life events, open enrollment windows and elections. Applying an election is
 * one transaction with its audit rows; applying it again changes nothing.
 */
export function createBenefitsRepository(prisma: PrismaClient) {
  async function enrollmentFacts(employeeId: string, asOf: string): Promise<EnrollmentFact[]> {
    const rows = await prisma.enrollment.findMany({
      where: {
        employeeId,
        effectiveFrom: { lte: utcMidnight(asOf) },
        OR: [{ effectiveTo: null }, { effectiveTo: { gte: utcMidnight(asOf) } }],
      },
      include: { plan: true, detail: true },
      orderBy: { effectiveFrom: "asc" },
    });
    return rows.map((r) => ({
      enrollmentId: r.id,
      plan: planFromRow(r.plan),
      tier: r.tier as CoverageTier,
      effectiveFrom: isoDay(r.effectiveFrom),
      effectiveTo: r.effectiveTo ? isoDay(r.effectiveTo) : null,
      dependentIds: r.detail ? r.detail.dependentIds : null,
    }));
  }

  return {
    /** Facts for answers: the client's plans for the plan year of `asOf` and the employee's enrollments in force. */
    async employeeBenefits(employeeId: string, asOf: string): Promise<EmployeeBenefits | null> {
      const employee = await prisma.employee.findUnique({
        where: { id: employeeId },
        include: { client: { include: { plans: true } } },
      });
      if (!employee) return null;
      const year = Number(asOf.slice(0, 4));
      const plans = employee.client.plans.filter((p) => p.planYear === year);
      return {
        employeeId,
        clientId: employee.clientId,
        clientName: employee.client.name,
        payFrequency: employee.client.payFrequency as PayFrequency,
        plans: (plans.length > 0 ? plans : employee.client.plans).map(planFromRow),
        enrollments: await enrollmentFacts(employeeId, asOf),
      };
    },

    enrollmentFacts,

    async employeeContext(employeeId: string): Promise<EmployeeBenefitsContext | null> {
      const e = await prisma.employee.findUnique({ where: { id: employeeId }, include: { client: true } });
      if (!e) return null;
      return {
        id: e.id,
        clientId: e.clientId,
        clientName: e.client.name,
        name: e.name,
        hireDate: isoDay(e.hireDate),
        terminationDate: e.terminationDate ? isoDay(e.terminationDate) : null,
        payFrequency: e.client.payFrequency as PayFrequency,
      };
    },

    async clientByEin(ein: string) {
      return prisma.clientEmployer.findUnique({
        where: { ein },
        select: { id: true, name: true, ein: true, payFrequency: true },
      });
    },

    async plansForClient(clientId: string, planYear?: number): Promise<BenefitPlan[]> {
      const rows = await prisma.benefitPlan.findMany({
        where: { clientId, ...(planYear ? { planYear } : {}) },
        orderBy: { code: "asc" },
      });
      return rows.map(planFromRow);
    },

    /**
     * The enrollments of a client's employees in force on any day of [periodStart, periodEnd] (or
     * earlier, still to be caught up), as `deductionsForPeriod` takes them.
     *
     * Enrollments without an EnrollmentDetail row (loaded from the census) are taken as deducted up to
     * the day before the period, so they never produce a catch-up, and their account/401(k)
     * contributions come from the census's standing deductions (Employee.deductions), which payroll
     * applies itself: they get no contribution here, so nothing is deducted twice. Enrollments the
     * benefits-change job created carry their detail (election, deductedThrough, replaced cost).
     */
    async enrollmentsForPayroll(
      clientId: string,
      periodStart: string,
      periodEnd: string,
      employeeIds?: readonly string[],
    ): Promise<EnrollmentForPayroll[]> {
      const rows = await prisma.enrollment.findMany({
        where: {
          employee: { clientId, ...(employeeIds ? { id: { in: [...employeeIds] } } : {}) },
          effectiveFrom: { lte: utcMidnight(periodEnd) },
          // Ended enrollments matter only while a catch-up could still reach them (a year back).
          OR: [
            { effectiveTo: null },
            { effectiveTo: { gte: new Date(utcMidnight(periodStart).getTime() - 366 * 86_400_000) } },
          ],
        },
        include: { plan: true, detail: true },
        orderBy: [{ employeeId: "asc" }, { effectiveFrom: "asc" }],
      });
      const dayBefore = isoDay(new Date(utcMidnight(periodStart).getTime() - 86_400_000));
      return rows.map((r) => ({
        enrollmentId: r.id,
        employeeId: r.employeeId,
        plan: planFromRow(r.plan),
        tier: r.tier as CoverageTier,
        effectiveFrom: isoDay(r.effectiveFrom),
        effectiveTo: r.effectiveTo ? isoDay(r.effectiveTo) : null,
        deductedThrough: r.detail
          ? r.detail.deductedThrough
            ? isoDay(r.detail.deductedThrough)
            : null
          : dayBefore,
        ...(r.detail?.contribution
          ? { contribution: r.detail.contribution as EnrollmentForPayroll["contribution"] }
          : {}),
        ...(r.detail?.replacedCost ? { replacedCost: r.detail.replacedCost as TierCost } : {}),
      }));
    },

    /** After a payroll is approved: the enrollments it deducted are deducted through `periodEnd`. */
    async recordDeductedThrough(enrollmentIds: readonly string[], periodEnd: string): Promise<void> {
      await prisma.$transaction(async (tx) => {
        for (const enrollmentId of enrollmentIds) {
          await tx.enrollmentDetail.upsert({
            where: { enrollmentId },
            create: { enrollmentId, deductedThrough: utcMidnight(periodEnd) },
            update: { deductedThrough: utcMidnight(periodEnd), replacedCost: Prisma.DbNull },
          });
        }
      });
    },

    async listDependents(employeeId: string): Promise<Dependent[]> {
      const rows = await prisma.dependent.findMany({ where: { employeeId }, orderBy: { createdAt: "asc" } });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        relationship: r.relationship as DependentRelationship,
        dateOfBirth: isoDay(r.dateOfBirth),
        disabled: r.disabled,
        eligibleUntil: r.eligibleUntil ? isoDay(r.eligibleUntil) : null,
      }));
    },

    async addDependent(
      employeeId: string,
      dependent: Omit<Dependent, "id">,
      audit: Omit<AuditRecordInput, "subjectType" | "subjectId" | "before" | "after" | "action">,
    ): Promise<Dependent> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.dependent.create({
          data: {
            employeeId,
            name: dependent.name,
            relationship: dependent.relationship,
            dateOfBirth: utcMidnight(dependent.dateOfBirth),
            disabled: dependent.disabled ?? false,
            eligibleUntil: dependent.eligibleUntil ? utcMidnight(dependent.eligibleUntil) : null,
          },
        });
        await recordAudit(tx, {
          ...audit,
          action: "benefits.dependent.added",
          subjectType: "Dependent",
          subjectId: row.id,
          before: null,
          after: { relationship: dependent.relationship, employeeId },
        });
        return { ...dependent, id: row.id };
      });
    },

    /** Records a life event and its window; reporting the same event again returns the first record. */
    async recordLifeEvent(input: {
      employeeId: string;
      clientId: string;
      type: string;
      eventDate: string;
      windowOpens: string;
      windowCloses: string;
      reportedAt: Date;
      audit: Omit<AuditRecordInput, "subjectType" | "subjectId" | "before" | "after" | "action">;
    }): Promise<{ id: string; created: boolean; windowOpens: string; windowCloses: string; status: string }> {
      return prisma.$transaction(async (tx) => {
        const key = {
          employeeId: input.employeeId,
          type: input.type,
          eventDate: utcMidnight(input.eventDate),
        };
        const existing = await tx.lifeEvent.findUnique({ where: { employeeId_type_eventDate: key } });
        if (existing) {
          return {
            id: existing.id,
            created: false,
            windowOpens: isoDay(existing.windowOpens),
            windowCloses: isoDay(existing.windowCloses),
            status: existing.status,
          };
        }
        const row = await tx.lifeEvent.create({
          data: {
            ...key,
            clientId: input.clientId,
            windowOpens: utcMidnight(input.windowOpens),
            windowCloses: utcMidnight(input.windowCloses),
            reportedAt: input.reportedAt,
          },
        });
        await recordAudit(tx, {
          ...input.audit,
          action: "benefits.life_event.reported",
          subjectType: "LifeEvent",
          subjectId: row.id,
          before: null,
          after: { type: input.type, eventDate: input.eventDate, windowCloses: input.windowCloses },
        });
        return {
          id: row.id,
          created: true,
          windowOpens: input.windowOpens,
          windowCloses: input.windowCloses,
          status: row.status,
        };
      });
    },

    async lifeEvent(id: string) {
      const r = await prisma.lifeEvent.findUnique({ where: { id } });
      return r
        ? {
            id: r.id,
            employeeId: r.employeeId,
            clientId: r.clientId,
            type: r.type,
            eventDate: isoDay(r.eventDate),
            windowOpens: isoDay(r.windowOpens),
            windowCloses: isoDay(r.windowCloses),
            status: r.status,
          }
        : null;
    },

    async openEnrollmentWindow(clientId: string, planYear: number) {
      const r = await prisma.enrollmentWindow.findUnique({
        where: { clientId_planYear: { clientId, planYear } },
      });
      return r
        ? { opens: isoDay(r.opens), closes: isoDay(r.closes), effectiveFrom: isoDay(r.effectiveFrom) }
        : null;
    },

    async setOpenEnrollmentWindow(
      clientId: string,
      planYear: number,
      w: { opens: string; closes: string; effectiveFrom: string },
    ) {
      const data = {
        opens: utcMidnight(w.opens),
        closes: utcMidnight(w.closes),
        effectiveFrom: utcMidnight(w.effectiveFrom),
      };
      await prisma.enrollmentWindow.upsert({
        where: { clientId_planYear: { clientId, planYear } },
        create: { clientId, planYear, ...data },
        update: data,
      });
    },

    /** Stores a confirmed election once per idempotency key; a repeat returns the first. */
    async createElection(
      input: ElectionInput,
      audit: Omit<AuditRecordInput, "subjectType" | "subjectId" | "before" | "after" | "action">,
    ): Promise<{ election: ElectionRecord; created: boolean }> {
      return prisma.$transaction(async (tx) => {
        const existing = await tx.benefitElection.findUnique({
          where: { idempotencyKey: input.idempotencyKey },
        });
        if (existing) return { election: electionFromRow(existing), created: false };
        const row = await tx.benefitElection.create({
          data: {
            employeeId: input.employeeId,
            clientId: input.clientId,
            planId: input.planId,
            tier: input.tier,
            dependentIds: input.dependentIds,
            ...(input.contribution ? { contribution: input.contribution } : {}),
            windowKind: input.windowKind,
            lifeEventId: input.lifeEventId,
            effectiveFrom: utcMidnight(input.effectiveFrom),
            idempotencyKey: input.idempotencyKey,
            requestedAt: input.requestedAt,
          },
        });
        await recordAudit(tx, {
          ...audit,
          action: "benefits.election.confirmed",
          subjectType: "BenefitElection",
          subjectId: row.id,
          before: null,
          after: {
            planId: input.planId,
            tier: input.tier,
            effectiveFrom: input.effectiveFrom,
            dependents: input.dependentIds.length,
          },
        });
        return { election: electionFromRow(row), created: true };
      });
    },

    async election(id: string): Promise<ElectionRecord | null> {
      const r = await prisma.benefitElection.findUnique({ where: { id } });
      return r ? electionFromRow(r) : null;
    },

    /**
     * Applies a pending election in one transaction: ends the employee's current enrollment in a plan
     * of the same type the day before the new coverage starts, creates the new enrollment (unless
     * waiving) with its detail (dependents, contribution, never deducted yet, and the replaced
     * per-period cost when the change is retroactive over periods already deducted), marks the
     * election applied and the life event elected, and writes the audit rows. An election already
     * applied or rejected is left as it is (`changed: false`).
     */
    async applyElection(
      electionId: string,
      now: Date,
      audit: Omit<AuditRecordInput, "subjectType" | "subjectId" | "before" | "after" | "action">,
    ): Promise<{
      changed: boolean;
      election: ElectionRecord | null;
      enrollmentId: string | null;
      endedEnrollmentId: string | null;
    }> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.benefitElection.findUnique({ where: { id: electionId } });
        if (!row) return { changed: false, election: null, enrollmentId: null, endedEnrollmentId: null };
        if (row.status !== "pending") {
          return {
            changed: false,
            election: electionFromRow(row),
            enrollmentId: row.appliedEnrollmentId,
            endedEnrollmentId: null,
          };
        }
        const plan = await tx.benefitPlan.findUniqueOrThrow({ where: { id: row.planId } });
        const effectiveFrom = row.effectiveFrom;
        const dayBefore = new Date(effectiveFrom.getTime() - 86_400_000);
        const current = await tx.enrollment.findFirst({
          where: {
            employeeId: row.employeeId,
            plan: { type: plan.type },
            OR: [{ effectiveTo: null }, { effectiveTo: { gte: effectiveFrom } }],
          },
          include: { plan: true, detail: true },
          orderBy: { effectiveFrom: "desc" },
        });
        let endedEnrollmentId: string | null = null;
        let replacedCost: TierCost | null = null;
        if (current) {
          // Periods the old enrollment was already deducted for that the new coverage now spans.
          const deductedThrough = current.detail ? current.detail.deductedThrough : now;
          if (deductedThrough && deductedThrough >= effectiveFrom) {
            replacedCost = planFromRow(current.plan).tiers[current.tier as CoverageTier] ?? null;
          }
          const endsBeforeStart = current.effectiveFrom >= effectiveFrom;
          await tx.enrollment.update({
            where: { id: current.id },
            data: { effectiveTo: endsBeforeStart ? current.effectiveFrom : dayBefore },
          });
          endedEnrollmentId = current.id;
        }
        let enrollmentId: string | null = null;
        if (row.tier !== null) {
          const created = await tx.enrollment.create({
            data: { employeeId: row.employeeId, planId: row.planId, tier: row.tier, effectiveFrom },
          });
          enrollmentId = created.id;
          await tx.enrollmentDetail.create({
            data: {
              enrollmentId,
              dependentIds: row.dependentIds,
              ...(row.contribution ? { contribution: row.contribution as Prisma.InputJsonValue } : {}),
              ...(replacedCost ? { replacedCost } : {}),
            },
          });
        }
        const applied = await tx.benefitElection.update({
          where: { id: row.id },
          data: { status: "applied", appliedAt: now, appliedEnrollmentId: enrollmentId },
        });
        if (row.lifeEventId) {
          await tx.lifeEvent.update({ where: { id: row.lifeEventId }, data: { status: "elected" } });
        }
        await recordAudit(tx, [
          ...(endedEnrollmentId && current
            ? [
                {
                  ...audit,
                  action: "benefits.enrollment.ended",
                  subjectType: "Enrollment",
                  subjectId: endedEnrollmentId,
                  before: {
                    tier: current.tier,
                    effectiveTo: current.effectiveTo ? isoDay(current.effectiveTo) : null,
                  },
                  after: {
                    effectiveTo: isoDay(
                      current.effectiveFrom >= effectiveFrom ? current.effectiveFrom : dayBefore,
                    ),
                  },
                },
              ]
            : []),
          ...(enrollmentId
            ? [
                {
                  ...audit,
                  action: "benefits.enrollment.created",
                  subjectType: "Enrollment",
                  subjectId: enrollmentId,
                  before: null,
                  after: { planCode: plan.code, tier: row.tier, effectiveFrom: isoDay(effectiveFrom) },
                },
              ]
            : []),
          {
            ...audit,
            action: "benefits.election.applied",
            subjectType: "BenefitElection",
            subjectId: row.id,
            before: { status: "pending" },
            after: { status: "applied", enrollmentId },
          },
        ]);
        return { changed: true, election: electionFromRow(applied), enrollmentId, endedEnrollmentId };
      });
    },
  };
}

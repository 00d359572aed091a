import {
  type CaseDeskDeps,
  type CaseJobs,
  createQueueCaseJobs,
  emptyAfterCommit,
} from "../../../src/app/cases/case-desk-deps";
import type { Notification, Notifier } from "../../../src/app/notifier";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { createCaseRepository } from "../../../src/db/case-repository";
import type { PrismaClient } from "../../../src/db/database";
import { createQueueRuntime, type QueueRuntime } from "../../../src/queue/queue-runtime";
import type { TestDatabase } from "../../support/database";

/** Notifier double honouring the contract: the same idempotency key delivers once. */
export class RecordingNotifier implements Notifier {
  readonly delivered: Notification[] = [];
  readonly calls: Notification[] = [];
  /** Called before a notification is recorded; may throw or wait (to simulate outages and crashes). */
  before: ((n: Notification) => Promise<void>) | undefined;
  readonly updates: { updateKey: string; reply: Notification["reply"]; idempotencyKey: string }[] = [];
  async update(update: {
    updateKey: string;
    reply: Notification["reply"];
    idempotencyKey: string;
  }): Promise<void> {
    if (!this.updates.some((u) => u.idempotencyKey === update.idempotencyKey)) this.updates.push(update);
  }
  async notify(notification: Notification): Promise<void> {
    this.calls.push(notification);
    if (this.before) await this.before(notification);
    if (this.delivered.some((d) => d.idempotencyKey === notification.idempotencyKey)) return;
    this.delivered.push(notification);
  }
}

/** A CaseJobs double that keeps what would be enqueued, for tests that run processors by hand. */
export class CollectingJobs implements CaseJobs {
  pending = emptyAfterCommit();
  async enqueue(work: ReturnType<typeof emptyAfterCommit>): Promise<void> {
    this.pending.notifications.push(...work.notifications);
    this.pending.deliveries.push(...work.deliveries);
    this.pending.timers.push(...work.timers);
  }
  take() {
    const work = this.pending;
    this.pending = emptyAfterCommit();
    return work;
  }
}

let counter = 0;

export type CaseWorld = {
  clientId: string;
  otherClientId: string;
  employee: Actor & { kind: "employee" };
  manager: Actor & { kind: "employee" };
  clientAdmin: Actor & { kind: "employee" };
  specialist: Actor & { kind: "staff" };
  otherSpecialist: Actor & { kind: "staff" };
  unassignedSpecialist: Actor & { kind: "staff" };
  senior: Actor & { kind: "staff" };
  otherSenior: Actor & { kind: "staff" };
  admin: Actor & { kind: "staff" };
};

async function makeClient(prisma: PrismaClient, name: string) {
  counter += 1;
  const ein = `${String(10 + (counter % 89)).padStart(2, "0")}-${String(1_000_000 + counter * 7919 + Math.floor(Math.random() * 1000)).slice(-7)}`;
  return prisma.clientEmployer.create({
    data: {
      ein,
      name,
      state: "PA",
      payFrequency: "biweekly",
      sutaRate: "0.0307",
      sutaWageBase: "10000",
      wcClassCode: "8810",
      wcRatePer100: "0.25",
      wcExperienceMod: "1.00",
    },
  });
}

async function makeEmployee(
  prisma: PrismaClient,
  clientId: string,
  name: string,
  roles: string[],
  managerId?: string,
) {
  counter += 1;
  return prisma.employee.create({
    data: {
      clientId,
      externalId: `E${counter}`,
      name,
      email: `e${counter}-${Math.random().toString(36).slice(2, 8)}@acme.test`,
      roles,
      hireDate: new Date("2024-03-01T00:00:00Z"),
      workState: "PA",
      payType: "hourly",
      payRate: "25.00",
      federalW4: { version: 2020, filingStatus: "single" },
      ...(managerId ? { managerId } : {}),
    },
  });
}

async function makeStaff(prisma: PrismaClient, name: string, roles: string[]) {
  counter += 1;
  return prisma.staff.create({
    data: { email: `s${counter}-${Math.random().toString(36).slice(2, 8)}@aso.test`, name, roles },
  });
}

/** A client with an employee, their manager and a client admin; ASO staff of every kind. */
export async function seedCaseWorld(prisma: PrismaClient): Promise<CaseWorld> {
  const client = await makeClient(prisma, "Acme Manufacturing");
  const other = await makeClient(prisma, "Other Co");
  const mgr = await makeEmployee(prisma, client.id, "Morgan Manager", ["employee", "manager"]);
  const emp = await makeEmployee(prisma, client.id, "Alex Example", ["employee"], mgr.id);
  const adm = await makeEmployee(prisma, client.id, "Casey Admin", ["employee", "client_admin"]);
  const spec = await makeStaff(prisma, "Dana Lee", ["specialist"]);
  const spec2 = await makeStaff(prisma, "Sam Ortiz", ["specialist"]);
  const spec3 = await makeStaff(prisma, "Pat Unassigned", ["specialist"]);
  const senior = await makeStaff(prisma, "Riley Senior", ["specialist", "senior_specialist"]);
  const senior2 = await makeStaff(prisma, "Jordan Senior", ["senior_specialist"]);
  const admin = await makeStaff(prisma, "Avery Admin", ["aso_admin"]);
  await prisma.staffClientAssignment.createMany({
    data: [
      { staffId: spec.id, clientId: client.id },
      { staffId: spec2.id, clientId: client.id },
      { staffId: spec3.id, clientId: other.id },
    ],
  });
  const employeeActor = (e: { id: string; name: string; roles: string[] }) =>
    ({
      kind: "employee",
      employeeId: e.id,
      clientId: client.id,
      roles: e.roles,
      name: e.name,
      timezone: "America/New_York",
    }) as CaseWorld["employee"];
  const staffActor = (s: { id: string; name: string; roles: string[] }) =>
    ({
      kind: "staff",
      staffId: s.id,
      roles: s.roles,
      name: s.name,
      timezone: "America/New_York",
    }) as CaseWorld["specialist"];
  return {
    clientId: client.id,
    otherClientId: other.id,
    employee: employeeActor(emp),
    manager: employeeActor(mgr),
    clientAdmin: employeeActor(adm),
    specialist: staffActor(spec),
    otherSpecialist: staffActor(spec2),
    unassignedSpecialist: staffActor(spec3),
    senior: staffActor(senior),
    otherSenior: staffActor(senior2),
    admin: staffActor(admin),
  };
}

/** Case desk deps over a test database, with a fixed clock and jobs collected in memory. */
export function manualDeps(db: TestDatabase, at: string) {
  const clock = fixedClock(at);
  const jobs = new CollectingJobs();
  const notifier = new RecordingNotifier();
  const deps: CaseDeskDeps & { notifier: RecordingNotifier } = {
    cases: createCaseRepository(db.prisma),
    jobs,
    clock,
    notifier,
  };
  return { deps, clock, jobs, notifier };
}

/** A queue runtime on the configured backend (embedded: the test database's PGlite). */
export async function openTestQueue(db: TestDatabase, prefix: string): Promise<QueueRuntime> {
  const env = loadEnv();
  return createQueueRuntime({
    env: { REDIS_URL: env.REDIS_URL, DATABASE_URL: env.DATABASE_URL },
    db: { kind: db.kind, pglite: db.pglite },
    prefix,
  });
}

export { createQueueCaseJobs };

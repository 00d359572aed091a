import { randomBytes, randomUUID } from "node:crypto";
import type { Notification, Notifier } from "../../../src/app/notifier";
import type { TimesheetDeps } from "../../../src/app/timesheets/deps";
import { createTimesheetDeps } from "../../../src/app/timesheets/wiring";
import type { Clock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import type { Database } from "../../../src/db/database";
import { createQueueRuntime, type QueueRuntime } from "../../../src/queue/queue-runtime";

/** A notifier double that records every notification (and delivers each idempotency key once). */
export function recordingNotifier(): Notifier & { sent: Notification[]; calls: number } {
  const sent: Notification[] = [];
  const keys = new Set<string>();
  const notifier = {
    sent,
    calls: 0,
    async notify(notification: Notification) {
      notifier.calls += 1;
      if (keys.has(notification.idempotencyKey)) return;
      keys.add(notification.idempotencyKey);
      sent.push(notification);
    },
  };
  return notifier;
}

/** The queue for a test: Redis when REDIS_URL is set, else BullMQ on the test database; unique prefix. */
export async function testQueue(db: Database): Promise<QueueRuntime> {
  return createQueueRuntime({
    env: {
      REDIS_URL: process.env.REDIS_URL?.trim() || undefined,
      DATABASE_URL: process.env.DATABASE_URL?.trim() || undefined,
    },
    db: db.kind === "embedded" ? { kind: "embedded", pglite: db.pglite } : { kind: "postgres" },
    prefix: `ts${randomBytes(4).toString("hex")}`,
  });
}

export type Person = { id: string; actor: Extract<Actor, { kind: "employee" }> };

/** Seed a client with a manager, a manager's manager, an admin, and employees. */
export async function seedClient(
  db: Database,
  options: {
    name?: string;
    state?: string;
    settings?: object;
    workweekStartDay?: number;
    timezone?: string;
  } = {},
) {
  const client = await db.prisma.clientEmployer.create({
    data: {
      ein: `${(randomBytes(1)[0]! % 90) + 10}-${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      name: options.name ?? "Acme",
      state: options.state ?? "PA",
      payFrequency: "biweekly",
      sutaRate: "0.0307",
      sutaWageBase: "10000",
      wcClassCode: "8810",
      wcRatePer100: "0.25",
      wcExperienceMod: "1.00",
      timezone: options.timezone ?? "America/New_York",
      workweekStartDay: options.workweekStartDay ?? 0,
      settings: (options.settings ?? {}) as object,
    },
  });
  const timezone = client.timezone;
  const add = async (
    name: string,
    roles: ("employee" | "manager" | "client_admin")[],
    extra: {
      managerId?: string;
      workState?: string;
      payType?: string;
      ptoBalanceHours?: string;
      hireDate?: string;
    } = {},
  ): Promise<Person> => {
    const id = randomUUID();
    await db.prisma.employee.create({
      data: {
        id,
        clientId: client.id,
        externalId: `E-${id.slice(0, 8)}`,
        name,
        email: `${id.slice(0, 8)}@example.test`,
        managerId: extra.managerId ?? null,
        roles,
        hireDate: new Date(`${extra.hireDate ?? "2024-03-01"}T00:00:00Z`),
        workState: extra.workState ?? client.state,
        payType: extra.payType ?? "hourly",
        payRate: "25.00",
        federalW4: {},
        ptoBalanceHours: extra.ptoBalanceHours ?? "0",
      },
    });
    return { id, actor: { kind: "employee", employeeId: id, clientId: client.id, roles, name, timezone } };
  };
  // Salaried, so they do not take part in the hourly employees' reminders.
  const admin = await add("Ada Admin", ["employee", "client_admin"], { payType: "salary" });
  const director = await add("Dora Director", ["employee", "manager"], { payType: "salary" });
  const manager = await add("Mia Manager", ["employee", "manager"], {
    managerId: director.id,
    payType: "salary",
  });
  return { client, add, admin, director, manager };
}

/** Use-case deps over a real database and queue, with a settable clock and a recording notifier. */
export function depsFor(db: Database, queue: QueueRuntime, clock: Clock) {
  const notifier = recordingNotifier();
  const deps: TimesheetDeps = createTimesheetDeps({ db, queue, clock, notifier });
  return { deps, notifier };
}

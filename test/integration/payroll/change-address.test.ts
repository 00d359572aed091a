import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import type { Notification } from "../../../src/app/notifier";
import { createPayrollDeps } from "../../../src/app/payroll/payroll-deps";
import {
  type AddressChangeDeps,
  confirmAddressChange,
  prepareAddressChange,
} from "../../../src/app/personal/change-address";
import { fixedClock } from "../../../src/core/clock";
import type { Actor } from "../../../src/core/policy/actor";
import { personalDetailsRepository } from "../../../src/db/personal-details-repository";
import { withholdingRepository } from "../../../src/db/withholding-repository";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const STAFF_ID = "00000000-0000-4000-8000-000000000001";
const form = { street: "12 Market St", city: "Camden", state: "NJ", zip: "08102" };

async function refusal(p: Promise<unknown>): Promise<{ code: string; userMessage: string }> {
  try {
    await p;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, userMessage: error.userMessage };
    throw error;
  }
  throw new Error("accepted");
}

describe("changing a home address in chat", () => {
  let db: TestDatabase;
  let deps: AddressChangeDeps;
  let employeeIds: string[];
  let clientId: string;
  const sent: Notification[] = [];
  const employee = (n: number, roles: string[] = ["employee"]): Actor =>
    ({
      kind: "employee",
      employeeId: employeeIds[n]!,
      clientId,
      roles,
      name: `Employee ${n + 1}`,
      timezone: "America/New_York",
    }) as Actor;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ employeeIds, clientId } = await seedPayrollClient(db, {
      ein: "23-4567891",
      employees: 3,
      periodEnd: "2026-02-28",
    }));
    await db.prisma.employee.update({
      where: { id: employeeIds[0]! },
      data: { roles: ["employee", "client_admin"] },
    });
    const certificates = withholdingRepository(db);
    deps = {
      payroll: createPayrollDeps(db, { clock: fixedClock("2026-03-02T15:00:00Z") }),
      details: personalDetailsRepository(db),
      payrollContacts: certificates.payrollContacts,
      notifier: {
        async notify(n) {
          sent.push(n);
        },
      },
    };
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("refuses a bad field naming it, and saves nothing", async () => {
    const r = await refusal(
      confirmAddressChange(deps, employee(2), employeeIds[2]!, { ...form, zip: "0810", confirmKey: "k0" }),
    );
    expect(r.userMessage).toContain("ZIP code");
    expect(await db.prisma.personalDetailsChange.count()).toBe(0);
  });

  it("refuses a client admin changing another employee's address, and a system actor", async () => {
    const admin = await refusal(
      prepareAddressChange(deps, employee(0, ["employee", "client_admin"]), employeeIds[2]!, form),
    );
    expect(admin.code).toBe("auth.forbidden");
    const system = await refusal(
      confirmAddressChange(deps, { kind: "system", name: "cli" }, employeeIds[2]!, {
        ...form,
        confirmKey: "k1",
      }),
    );
    expect(system.code).toBe("auth.forbidden");
    expect(await db.prisma.personalDetailsChange.count()).toBe(0);
  });

  it("tells the employee about a move of state before the confirm step", async () => {
    const replies = await prepareAddressChange(deps, employee(2), employeeIds[2]!, form);
    const texts = JSON.stringify(replies);
    expect(texts).toContain("State income tax is withheld for the state you work in");
    expect(texts).toContain("your state withholding moves to NJ");
    expect(replies.at(-1)?.blocks[0]?.kind).toBe("confirm");
  });

  it("changes once under a double click, audits without the address, and tells the payroll contact", async () => {
    const args = { ...form, personalPhone: "215-555-0100", confirmKey: "double" };
    const [first, second] = await Promise.all([
      confirmAddressChange(deps, employee(2), employeeIds[2]!, args),
      confirmAddressChange(deps, employee(2), employeeIds[2]!, args),
    ]);
    expect([first.outcome, second.outcome].sort()).toEqual(["already", "changed"]);
    expect(await db.prisma.personalDetailsChange.count({ where: { employeeId: employeeIds[2]! } })).toBe(1);
    const row = await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeIds[2]! } });
    expect(row.homeAddress).toEqual(form);
    expect(row.personalPhone).toBe("2155550100");
    const audits = await db.prisma.auditLog.findMany({ where: { action: "employee.address.changed" } });
    expect(audits).toHaveLength(1);
    const auditText = JSON.stringify({ before: audits[0]?.before, after: audits[0]?.after });
    expect(auditText).toContain('"homeState":"NJ"');
    expect(auditText).not.toContain("Market");
    expect(auditText).not.toContain("08102");
    expect(auditText).not.toContain("5550100");
    const told = sent.filter(
      (n) => n.recipient.kind === "employee" && n.recipient.employeeId === employeeIds[0],
    );
    expect(told).toHaveLength(1);
  });

  it("lets ASO staff serving the client change it on the employee's behalf", async () => {
    const admin = {
      kind: "staff",
      staffId: STAFF_ID,
      roles: ["aso_admin"],
      name: "Sam",
      timezone: "UTC",
    } as Actor;
    const args = { ...form, street: "14 Market St", confirmKey: "by-staff" };
    expect((await confirmAddressChange(deps, admin, employeeIds[1]!, args)).outcome).toBe("changed");
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "employee.address.changed", subjectId: employeeIds[1]! },
    });
    expect([audit.actorKind, audit.actorId]).toEqual(["staff", STAFF_ID]);
  });
});

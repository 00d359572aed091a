import { describe, expect, it } from "vitest";
import { canManagePayroll } from "../../../../src/core/policy/payroll";
import type { PolicyActor, StaffClientScope } from "../../../../src/core/policy/roles";

const ACME = "client-acme";
const OTHER = "client-other";
const staff = (roles: string[]): PolicyActor => ({ kind: "staff", staffId: "s1", roles, name: "S" });
const employee = (clientId: string, roles: string[]): PolicyActor => ({
  kind: "employee",
  employeeId: "e1",
  clientId,
  roles,
  name: "E",
});
const assignedTo = (ids: string[], clientHasAssignedStaff: boolean): StaffClientScope => ({
  assignedClientIds: ids,
  clientHasAssignedStaff,
});

describe("canManagePayroll", () => {
  it("lets the client's own admin manage its payroll, and no one else's", () => {
    expect(canManagePayroll(employee(ACME, ["employee", "client_admin"]), ACME)).toBe(true);
    expect(canManagePayroll(employee(OTHER, ["employee", "client_admin"]), ACME)).toBe(false);
    expect(canManagePayroll(employee(ACME, ["employee", "manager"]), ACME)).toBe(false);
  });

  it("lets a specialist manage only the clients they serve: assigned ones, or unassigned ones from the pool", () => {
    const specialist = staff(["specialist"]);
    expect(canManagePayroll(specialist, ACME, assignedTo([ACME], true))).toBe(true);
    expect(canManagePayroll(specialist, ACME, assignedTo([OTHER], true))).toBe(false);
    expect(canManagePayroll(specialist, ACME, assignedTo([OTHER], false))).toBe(true);
    expect(canManagePayroll(specialist, ACME, undefined)).toBe(false);
  });

  it("lets an ASO admin and the system manage every client, and staff without a role none", () => {
    expect(canManagePayroll(staff(["aso_admin"]), ACME, assignedTo([], true))).toBe(true);
    expect(canManagePayroll({ kind: "system", name: "cli" }, ACME)).toBe(true);
    expect(canManagePayroll(staff([]), ACME, assignedTo([ACME], true))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { canChangePersonalDetails } from "../../../../src/core/policy/personal-details";

const employee = (employeeId: string, roles: string[] = ["employee"], clientId = "c1") =>
  ({ kind: "employee", employeeId, clientId, roles, name: "x" }) as const;
const staff = (roles: string[]) => ({ kind: "staff", staffId: "s1", roles, name: "x" }) as const;
const subject = { employeeId: "e1", clientId: "c1" };

describe("who may change an employee's address and personal details", () => {
  it("lets the employee change their own", () => {
    expect(canChangePersonalDetails(employee("e1"), subject)).toBe(true);
  });

  it("refuses a manager or client admin changing someone else's", () => {
    expect(canChangePersonalDetails(employee("e2", ["employee", "manager", "client_admin"]), subject)).toBe(
      false,
    );
  });

  it("lets a specialist who serves the client act on the employee's behalf, and no other", () => {
    const assigned = { assignedClientIds: ["c1"], clientHasAssignedStaff: true };
    const elsewhere = { assignedClientIds: ["c9"], clientHasAssignedStaff: true };
    expect(canChangePersonalDetails(staff(["specialist"]), subject, assigned)).toBe(true);
    expect(canChangePersonalDetails(staff(["specialist"]), subject, elsewhere)).toBe(false);
    expect(canChangePersonalDetails(staff(["specialist"]), subject)).toBe(false);
    expect(canChangePersonalDetails(staff(["aso_admin"]), subject)).toBe(true);
  });

  it("refuses system actors", () => {
    expect(canChangePersonalDetails({ kind: "system", name: "cli" }, subject)).toBe(false);
  });
});

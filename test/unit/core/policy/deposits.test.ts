import { describe, expect, it } from "vitest";
import { canManageDeposits, canViewDeposits } from "../../../../src/core/policy/deposits";

const specialist = { kind: "staff", staffId: "s1", roles: ["specialist"], name: "S" } as const;
const asoAdmin = { kind: "staff", staffId: "s2", roles: ["aso_admin"], name: "A" } as const;
const admin = {
  kind: "employee",
  employeeId: "e1",
  clientId: "c1",
  roles: ["client_admin"],
  name: "CA",
} as const;
const employee = {
  kind: "employee",
  employeeId: "e2",
  clientId: "c1",
  roles: ["employee"],
  name: "E",
} as const;
const served = { assignedClientIds: ["c1"], clientHasAssignedStaff: true };
const notServed = { assignedClientIds: ["c2"], clientHasAssignedStaff: true };
const pool = { assignedClientIds: [], clientHasAssignedStaff: false };

describe("deposit permissions", () => {
  it("lets a specialist mark deposits only for a client they serve (or one served by the pool)", () => {
    expect(canManageDeposits(specialist, "c1", served)).toBe(true);
    expect(canManageDeposits(specialist, "c1", pool)).toBe(true);
    expect(canManageDeposits(specialist, "c1", notServed)).toBe(false);
    expect(canManageDeposits(specialist, "c1", undefined)).toBe(false);
  });

  it("lets ASO admins and the system mark any client's deposits", () => {
    expect(canManageDeposits(asoAdmin, "c1", notServed)).toBe(true);
    expect(canManageDeposits({ kind: "system", name: "cli" }, "c1")).toBe(true);
  });

  it("lets a client admin see their own client's calendar but never mark a deposit or see another's", () => {
    expect(canViewDeposits(admin, "c1")).toBe(true);
    expect(canManageDeposits(admin, "c1")).toBe(false);
    expect(canViewDeposits(admin, "c2")).toBe(false);
    expect(canViewDeposits(employee, "c1")).toBe(false);
    expect(canViewDeposits(specialist, "c1", notServed)).toBe(false);
  });
});

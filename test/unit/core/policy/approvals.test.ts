import { describe, expect, it } from "vitest";
import {
  type ApprovalDelegation,
  canDecideApproval,
  canViewTimeOf,
} from "../../../../src/core/policy/approvals";
import type { PolicyActor } from "../../../../src/core/policy/roles";

const employee = (id: string, clientId: string, roles: string[] = ["employee"]): PolicyActor => ({
  kind: "employee",
  employeeId: id,
  clientId,
  roles,
  name: id,
});
const subject = { employeeId: "alex", clientId: "A", managerId: "mia" };
const delegation: ApprovalDelegation = {
  managerId: "mia",
  delegateId: "dan",
  clientId: "A",
  startsOn: "2026-11-20",
  endsOn: "2026-11-27",
};
const decide = (actor: PolicyActor, onDate = "2026-11-25", delegations = [delegation]) =>
  canDecideApproval({ actor, subject, delegations, onDate });

describe("canDecideApproval", () => {
  it("lets the employee's manager approve", () => {
    expect(decide(employee("mia", "A", ["manager"]))).toEqual({ allowed: true, via: "manager" });
  });

  it("refuses a manager of another client employer", () => {
    expect(decide(employee("mia-b", "B", ["manager", "client_admin"]))).toMatchObject({
      allowed: false,
      reason: "other_client",
    });
  });

  it("refuses approving one's own time, even for a client admin", () => {
    expect(decide(employee("alex", "A", ["client_admin"]))).toMatchObject({
      allowed: false,
      reason: "own_time",
    });
  });

  it("lets the delegate approve through the last day of the delegation, and not the day after", () => {
    const dan = employee("dan", "A");
    expect(decide(dan, "2026-11-20")).toMatchObject({ allowed: true, via: "delegate", onBehalfOf: "mia" });
    expect(decide(dan, "2026-11-27")).toMatchObject({ allowed: true, via: "delegate" });
    expect(decide(dan, "2026-11-28")).toMatchObject({ allowed: false, reason: "not_approver" });
    expect(decide(dan, "2026-11-19")).toMatchObject({ allowed: false, reason: "not_approver" });
  });

  it("lets the client admin approve anyone else at the client", () => {
    expect(decide(employee("ada", "A", ["employee", "client_admin"]))).toEqual({
      allowed: true,
      via: "client_admin",
    });
  });

  it("refuses another manager at the same client and staff or system actors", () => {
    expect(decide(employee("max", "A", ["manager"]))).toMatchObject({
      allowed: false,
      reason: "not_approver",
    });
    expect(decide({ kind: "staff", staffId: "s", roles: ["aso_admin"], name: "S" })).toMatchObject({
      allowed: false,
    });
    expect(decide({ kind: "system", name: "jobs" })).toMatchObject({ allowed: false });
  });

  it("does not let a delegate of a different manager approve", () => {
    const other = { ...delegation, managerId: "max" };
    expect(decide(employee("dan", "A"), "2026-11-25", [other])).toMatchObject({ allowed: false });
  });
});

describe("canViewTimeOf for ASO staff", () => {
  const staff = (roles: ("specialist" | "senior_specialist" | "aso_admin")[]): PolicyActor =>
    ({ kind: "staff", staffId: "s1", roles, name: "Sam", timezone: "UTC" }) as PolicyActor;
  const view = (
    actor: PolicyActor,
    staffScope?: { assignedClientIds: string[]; clientHasAssignedStaff: boolean },
  ) => canViewTimeOf({ actor, subject, delegations: [], onDate: "2026-11-25", staffScope });

  it("lets a specialist see the time of a client they serve, or of a client nobody is assigned to", () => {
    expect(view(staff(["specialist"]), { assignedClientIds: ["A"], clientHasAssignedStaff: true })).toBe(
      true,
    );
    expect(view(staff(["specialist"]), { assignedClientIds: [], clientHasAssignedStaff: false })).toBe(true);
  });

  it("refuses a specialist assigned only to another client, and staff without a known scope", () => {
    expect(view(staff(["specialist"]), { assignedClientIds: ["B"], clientHasAssignedStaff: true })).toBe(
      false,
    );
    expect(view(staff(["senior_specialist"]))).toBe(false);
  });

  it("lets an ASO admin see any client's time", () => {
    expect(view(staff(["aso_admin"]))).toBe(true);
  });
});

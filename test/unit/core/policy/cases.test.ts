import { describe, expect, it } from "vitest";
import {
  type CaseAccessFacts,
  type CaseViewer,
  canClaimCase,
  canSeeInternalNotes,
  canTransferCase,
  canViewCase,
  canWorkCase,
} from "../../../../src/core/policy/cases";

const sensitive: CaseAccessFacts = { clientId: "c1", employeeId: "e1", sensitive: true, assigneeId: null };
const ordinary: CaseAccessFacts = { ...sensitive, sensitive: false };
const employee: CaseViewer = { kind: "employee", employeeId: "e1", clientId: "c1", roles: ["employee"] };
const manager: CaseViewer = {
  kind: "employee",
  employeeId: "m1",
  clientId: "c1",
  roles: ["employee", "manager"],
};
const clientAdmin: CaseViewer = {
  kind: "employee",
  employeeId: "a1",
  clientId: "c1",
  roles: ["client_admin"],
};
const specialist: CaseViewer = { kind: "staff", staffId: "s1", roles: ["specialist"] };
const senior: CaseViewer = { kind: "staff", staffId: "s2", roles: ["senior_specialist"] };
const admin: CaseViewer = { kind: "staff", staffId: "s3", roles: ["aso_admin"] };
const assigned = { assignedClientIds: ["c1"], clientHasAssignedStaff: true };
const notAssigned = { assignedClientIds: ["c9"], clientHasAssignedStaff: true };
const pool = { assignedClientIds: [], clientHasAssignedStaff: false };

describe("case visibility", () => {
  it("shows a sensitive report only to senior specialists and the employee who made it", () => {
    expect(canViewCase(senior, sensitive, notAssigned)).toBe(true);
    expect(canViewCase(specialist, sensitive, assigned)).toBe(false);
    expect(canViewCase(admin, sensitive, assigned)).toBe(false);
    expect(canViewCase(manager, sensitive)).toBe(false);
    expect(canViewCase(clientAdmin, sensitive)).toBe(false);
    expect(canViewCase(employee, sensitive)).toBe(true);
  });

  it("routes an ordinary case to the client's assigned specialists, or to the pool when it has none", () => {
    expect(canViewCase(specialist, ordinary, assigned)).toBe(true);
    expect(canViewCase(specialist, ordinary, notAssigned)).toBe(false);
    expect(canViewCase(specialist, ordinary, pool)).toBe(true);
    expect(canViewCase(specialist, { ...ordinary, assigneeId: "s1" }, notAssigned)).toBe(true);
    expect(canViewCase(admin, ordinary, notAssigned)).toBe(true);
    expect(canViewCase(manager, ordinary)).toBe(false);
  });

  it("never shows internal notes to the employee", () => {
    expect(canSeeInternalNotes(employee, ordinary)).toBe(false);
    expect(canSeeInternalNotes(specialist, ordinary, assigned)).toBe(true);
  });
});

describe("working cases", () => {
  it("lets only routed staff claim, and only seniors claim sensitive reports", () => {
    expect(canClaimCase(specialist, ordinary, assigned)).toBe(true);
    expect(canClaimCase(specialist, ordinary, notAssigned)).toBe(false);
    expect(canClaimCase(senior, sensitive, notAssigned)).toBe(true);
    expect(canClaimCase(specialist, sensitive, assigned)).toBe(false);
    expect(canClaimCase(employee, ordinary, assigned)).toBe(false);
  });

  it("lets the owner work the case and an admin cover ordinary cases only", () => {
    expect(canWorkCase(specialist, { ...ordinary, assigneeId: "s1" })).toBe(true);
    expect(canWorkCase(specialist, { ...ordinary, assigneeId: "s9" })).toBe(false);
    expect(canWorkCase(admin, { ...ordinary, assigneeId: "s9" })).toBe(true);
    expect(canWorkCase(admin, { ...sensitive, assigneeId: "s9" })).toBe(false);
  });

  it("transfers only to staff who could claim the case", () => {
    const owned = { ...sensitive, assigneeId: "s2" };
    expect(canTransferCase(senior, owned, { staffId: "s4", roles: ["senior_specialist"] }, notAssigned)).toBe(
      true,
    );
    expect(canTransferCase(senior, owned, { staffId: "s1", roles: ["specialist"] }, assigned)).toBe(false);
    expect(
      canTransferCase(
        specialist,
        { ...ordinary, assigneeId: "s9" },
        { staffId: "s1", roles: ["specialist"] },
        assigned,
      ),
    ).toBe(false);
  });
});

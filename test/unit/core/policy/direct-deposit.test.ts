import { describe, expect, it } from "vitest";
import { canConfirmDepositChange, canRequestDepositChange } from "../../../../src/core/policy/direct-deposit";

const employee = (employeeId: string, roles: string[] = ["employee"]) =>
  ({ kind: "employee", employeeId, clientId: "c1", roles, name: "x" }) as const;

describe("who may change direct deposit", () => {
  it("lets only the employee ask for a change to their own accounts", () => {
    expect(canRequestDepositChange(employee("e1"), "e1")).toBe(true);
    expect(canRequestDepositChange(employee("e2", ["employee", "manager", "client_admin"]), "e1")).toBe(
      false,
    );
    expect(
      canRequestDepositChange({ kind: "staff", staffId: "s1", roles: ["aso_admin"], name: "x" }, "e1"),
    ).toBe(false);
    expect(canRequestDepositChange({ kind: "system", name: "cli" }, "e1")).toBe(false);
  });

  it("lets only ASO staff confirm a change in place of the code", () => {
    expect(canConfirmDepositChange({ kind: "staff", staffId: "s1", roles: ["specialist"], name: "x" })).toBe(
      true,
    );
    expect(canConfirmDepositChange(employee("e1", ["client_admin"]))).toBe(false);
    expect(canConfirmDepositChange({ kind: "system", name: "cli" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { checkPtoBalance } from "../../../../src/core/pto/balance";
import { resolvePtoPolicy } from "../../../../src/core/pto/pto-policy";

describe("checkPtoBalance", () => {
  it("accepts a request within the balance", () => {
    const policy = resolvePtoPolicy(undefined);
    expect(checkPtoBalance({ policy, type: "vacation", available: "16", requested: "16" })).toEqual({
      ok: true,
      balanceAfter: "0",
    });
  });

  it("refuses a request over the balance and states the balance", () => {
    const policy = resolvePtoPolicy(undefined);
    const result = checkPtoBalance({ policy, type: "vacation", available: "12.5", requested: "16" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.balance).toBe("12.5");
      expect(result.message).toContain("your balance is 12.5 hours");
    }
  });

  it("allows a negative balance when the client's policy does, within its limit", () => {
    const policy = resolvePtoPolicy({ allowNegativeBalance: true, negativeBalanceLimitHours: "8" });
    expect(checkPtoBalance({ policy, type: "sick", available: "4", requested: "12" })).toEqual({
      ok: true,
      balanceAfter: "-8",
    });
    const over = checkPtoBalance({ policy, type: "sick", available: "4", requested: "12.5" });
    expect(over.ok).toBe(false);
  });
});

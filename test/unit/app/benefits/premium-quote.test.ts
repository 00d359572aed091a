import { describe, expect, it } from "vitest";
import { premiumQuote } from "../../../../src/app/benefits/premium-quote";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";

const plan = (code: string, name: string): BenefitPlan => ({
  id: code,
  code,
  type: "medical",
  name,
  planYear: 2026,
  tiers: {},
  documents: [],
  rules: {},
});

const TABLE = [
  "5.2  2026 contributions per semimonthly paycheck:",
  "    Plan / Coverage level            You pay        District pays",
  "    PPO-CORE (medical)",
  "      Employee only                     $42.50       $275.00",
  "      Employee + family                $171.30       $498.70",
  "",
  "    EPO-PLUS (medical)",
  "      Employee only                     $61.25       $290.00",
  "      Employee + child(ren)            $128.35       $389.65",
  "      Employee + family                $214.90       $521.10",
].join("\n");

describe("the employee's own line of a contribution table", () => {
  it("quotes the tier line under the plan that groups it", () => {
    expect(premiumQuote(TABLE, plan("EPO-PLUS", "EPO Plus"), "employee_children")).toBe(
      "EPO-PLUS (medical) — Employee + child(ren) $128.35 $389.65",
    );
    expect(premiumQuote(TABLE, plan("PPO-CORE", "PPO Core"), "employee")).toBe(
      "PPO-CORE (medical) — Employee only $42.50 $275.00",
    );
    // "Employee + family" is the family tier, not "employee only".
    expect(premiumQuote(TABLE, plan("PPO-CORE", "PPO Core"), "family")).toBe(
      "PPO-CORE (medical) — Employee + family $171.30 $498.70",
    );
  });

  it("quotes a line that names plan and tier together, and nothing when the plan is absent", () => {
    expect(
      premiumQuote("Gold HMO, family: $201.35 per paycheck", plan("GOLD-HMO", "Gold HMO"), "family"),
    ).toBe("Gold HMO, family: $201.35 per paycheck");
    expect(premiumQuote(TABLE, plan("VISION", "Vision Basic"), "employee")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import {
  lineWithAmount,
  namesOtherTier,
  premiumQuote,
  printsAmount,
} from "../../../../src/app/benefits/premium-quote";
import type { BenefitPlan } from "../../../../src/core/benefits/plan";
import { Money } from "../../../../src/core/money/money";

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

describe("the employee's own COBRA rate", () => {
  const MEMO = [
    "Silver PPO",
    "• For the Silver PPO with Employee Only coverage, you pay $40.00 per paycheck. The COBRA rate would be $612.00 a month.",
    "• For the Silver PPO with Family coverage, you pay $210.00 per paycheck. The COBRA rate would be $1,530.00 a month.",
    "Example: Sam had Silver PPO employee-only coverage; his COBRA is $600.00 plus the 2% fee = $612.00 a month.",
    "Gold HMO",
    "• For the Gold HMO with Family coverage, you pay $250.00 per paycheck. The COBRA rate would be $1,700.00 a month.",
  ].join("\n");

  it("is the line naming the employee's plan, tier and COBRA, without its bullet", () => {
    expect(premiumQuote(MEMO, plan("SILVER", "Silver PPO"), "family", /\bcobra\b/i)).toBe(
      "For the Silver PPO with Family coverage, you pay $210.00 per paycheck. The COBRA rate would be $1,530.00 a month.",
    );
  });

  it("is no line when none says COBRA for that plan and tier", () => {
    expect(premiumQuote(MEMO, plan("GOLD", "Gold HMO"), "employee", /\bcobra\b/i)).toBeNull();
    expect(
      premiumQuote(
        "Silver PPO — Employee only: $40.00 per paycheck",
        plan("SILVER", "Silver PPO"),
        "employee",
        /\bcobra\b/i,
      ),
    ).toBeNull();
  });
});

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

  it("quotes only the employee's own tier from a row that prints every tier", () => {
    const row =
      "Bluewater EPO 500 — Employee Only: $48.50; Employee + Spouse: $142.30; Employee + Family: $214.60";
    expect(premiumQuote(row, plan("EPO-500", "Bluewater EPO 500"), "family")).toBe(
      "Bluewater EPO 500 — Employee + Family: $214.60",
    );
    expect(premiumQuote(row, plan("EPO-500", "Bluewater EPO 500"), "employee")).toBe(
      "Bluewater EPO 500 — Employee Only: $48.50",
    );
  });
});

describe("the employee's own cost in a document", () => {
  const table = [
    "What you pay per paycheck",
    "Employee only | $31.15",
    "Family | $1,031.15",
    "Employer | $131.15",
  ].join("\n");

  it("finds the amount however it is printed, and only as a whole figure", () => {
    expect(printsAmount(table, Money.of("31.15"))).toBe(true);
    expect(printsAmount(table, Money.of("1031.15"))).toBe(true);
    expect(printsAmount(table, Money.of("1.15"))).toBe(false);
    expect(printsAmount(table, Money.of("31.16"))).toBe(false);
    // Whole dollars printed without cents, and not inside a larger figure.
    expect(printsAmount("Deductible | $500 / $1,000", Money.of("1000"))).toBe(true);
    expect(printsAmount("Deductible | $500 / $1,000", Money.of("500.00"))).toBe(true);
    expect(printsAmount("Maximum | $1,000,000", Money.of("1000"))).toBe(false);
    expect(printsAmount("Copay | $500.50", Money.of("500"))).toBe(false);
  });

  it("quotes the line that prints it", () => {
    expect(lineWithAmount(table, Money.of("1031.15"))).toBe("Family | $1,031.15");
    expect(lineWithAmount(table, Money.of("99.00"))).toBeNull();
  });

  it("tells a question about another tier from one about the employee's own", () => {
    expect(namesOtherTier("what would family coverage cost me", "employee")).toBe(true);
    expect(namesOtherTier("how much for my family each check", "family")).toBe(false);
    expect(namesOtherTier("how much is my health insurance per check", "employee")).toBe(false);
    // A family enrollee naming the spouse and children names their own tier.
    expect(namesOtherTier("with my spouse and the three children, what comes out", "family")).toBe(false);
    expect(namesOtherTier("what would it cost to add my spouse", "employee_children")).toBe(true);
  });
});

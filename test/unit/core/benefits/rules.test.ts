import { describe, expect, it } from "vitest";
import { isDependentEligible, tierForDependents } from "../../../../src/core/benefits/dependents";
import { validateElection } from "../../../../src/core/benefits/elections";
import { checkEligibility, coverageStartAfterHire } from "../../../../src/core/benefits/eligibility";
import {
  daysLeftInWindow,
  lifeEventEffectiveDate,
  lifeEventWindow,
} from "../../../../src/core/benefits/life-events";
import { ppoGold } from "./fixtures";

describe("eligibility", () => {
  it("starts coverage on the first of the month after a 30-day waiting period", () => {
    expect(coverageStartAfterHire("2026-03-10", ppoGold)).toBe("2026-05-01");
    expect(coverageStartAfterHire("2026-03-02", ppoGold)).toBe("2026-04-01");
  });

  it("refuses employees scheduled under 30 hours a week (ACA default)", () => {
    const result = checkEligibility({ hireDate: "2025-01-01", weeklyHours: 29 }, ppoGold, "2026-01-01");
    expect(result).toEqual({
      eligible: false,
      reasons: [{ code: "hours_below_minimum", minWeeklyHours: 30, weeklyHours: 29 }],
      eligibleFrom: null,
    });
  });

  it("reports the waiting period with the first eligible date", () => {
    const result = checkEligibility({ hireDate: "2026-03-10", weeklyHours: 40 }, ppoGold, "2026-04-01");
    expect(result).toMatchObject({ eligible: false, eligibleFrom: "2026-05-01" });
  });

  it("applies employee classes when the plan lists them", () => {
    const plan = { ...ppoGold, rules: { eligibleClasses: ["full_time"] } };
    const facts = { hireDate: "2025-01-01", weeklyHours: 40, employeeClass: "seasonal" };
    expect(checkEligibility(facts, plan, "2026-01-01").eligible).toBe(false);
    expect(checkEligibility({ ...facts, employeeClass: "full_time" }, plan, "2026-01-01").eligible).toBe(
      true,
    );
  });
});

describe("dependents", () => {
  it("covers a child until the day before the 26th birthday", () => {
    const child = { id: "c", name: "C", relationship: "child", dateOfBirth: "2000-06-15" } as const;
    expect(isDependentEligible(child, "2026-06-14")).toBe(true);
    expect(isDependentEligible(child, "2026-06-15")).toBe(false);
    expect(isDependentEligible({ ...child, disabled: true }, "2026-06-15")).toBe(true);
  });

  it("derives the tier from the dependents covered", () => {
    expect(tierForDependents([])).toBe("employee");
    expect(tierForDependents([{ relationship: "spouse" }])).toBe("employee_spouse");
    expect(tierForDependents([{ relationship: "child" }])).toBe("employee_children");
    expect(tierForDependents([{ relationship: "spouse" }, { relationship: "child" }])).toBe("family");
  });
});

describe("life events", () => {
  it("opens a 30-day window from the event date", () => {
    const w = lifeEventWindow({ type: "marriage", eventDate: "2026-04-18" }, ppoGold);
    expect(w).toMatchObject({ opens: "2026-04-18", closes: "2026-05-17", effectiveFrom: "2026-05-01" });
    expect(daysLeftInWindow(w, "2026-05-17")).toBe(1);
    expect(daysLeftInWindow(w, "2026-05-18")).toBe(0);
  });

  it("uses the plan's 60-day window where the plan says so", () => {
    const plan = { ...ppoGold, rules: { lifeEventWindowDays: { birth: 60 } } };
    expect(lifeEventWindow({ type: "birth", eventDate: "2026-01-10" }, plan).closes).toBe("2026-03-10");
  });

  it("makes birth coverage retroactive to the date of birth and others first of next month", () => {
    expect(lifeEventEffectiveDate({ type: "birth", eventDate: "2026-01-10" }, ppoGold)).toBe("2026-01-10");
    expect(lifeEventEffectiveDate({ type: "move", eventDate: "2026-01-10" }, ppoGold)).toBe("2026-02-01");
  });
});

describe("validateElection", () => {
  const employee = { hireDate: "2024-01-01", weeklyHours: 40 };
  const spouse = { id: "s", name: "S", relationship: "spouse", dateOfBirth: "1990-01-01" } as const;
  const baby = { id: "b", name: "B", relationship: "child", dateOfBirth: "2026-01-10" } as const;

  it("accepts adding a newborn to family coverage inside the window, effective on the birth date", () => {
    const window = lifeEventWindow({ type: "birth", eventDate: "2026-01-10" }, ppoGold);
    const result = validateElection(
      { plan: ppoGold, tier: "family", dependentIds: ["s", "b"] },
      { today: "2026-01-20", window, employee, dependents: [spouse, baby], currentTier: "employee_spouse" },
    );
    expect(result).toEqual({ ok: true, effectiveFrom: "2026-01-10", tier: "family" });
  });

  it("refuses an election after the window closed and a tier that does not match dependents", () => {
    const window = lifeEventWindow({ type: "marriage", eventDate: "2026-01-10" }, ppoGold);
    const result = validateElection(
      { plan: ppoGold, tier: "family", dependentIds: ["s"] },
      { today: "2026-02-15", window, employee, dependents: [spouse], currentTier: "employee" },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.code)).toEqual(["window_closed", "tier_dependents_mismatch"]);
    }
  });

  it("refuses a change not consistent with the event (divorce cannot add a spouse)", () => {
    const window = lifeEventWindow({ type: "divorce", eventDate: "2026-01-10" }, ppoGold);
    const result = validateElection(
      { plan: ppoGold, tier: "employee_spouse", dependentIds: ["s"] },
      { today: "2026-01-12", window, employee, dependents: [spouse], currentTier: "employee" },
    );
    expect(result.ok).toBe(false);
  });
});

describe("validateElection with dependents not on file", () => {
  it("skips the tier/dependents match when the census listed no dependents", () => {
    const window = lifeEventWindow({ type: "birth", eventDate: "2026-01-10" }, ppoGold);
    const baby = { id: "b", name: "B", relationship: "child", dateOfBirth: "2026-01-10" } as const;
    const context = {
      today: "2026-01-20",
      window,
      employee: { hireDate: "2024-01-01", weeklyHours: 40 },
      dependents: [baby],
      currentTier: "employee_spouse" as const,
    };
    const election = { plan: ppoGold, tier: "family" as const, dependentIds: ["b"] };
    expect(validateElection(election, context).ok).toBe(false);
    expect(validateElection(election, { ...context, dependentsOnFile: false }).ok).toBe(true);
  });
});

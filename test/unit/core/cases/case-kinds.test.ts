import { describe, expect, it } from "vitest";
import { classifySensitiveCategory, initialCasePriority } from "../../../../src/core/cases/case-kinds";

describe("initialCasePriority", () => {
  it("makes every sensitive report urgent, whatever was requested", () => {
    expect(
      initialCasePriority({ origin: "sensitive_report", category: "harassment", requested: "low" }),
    ).toBe("urgent");
    expect(initialCasePriority({ origin: "talk_to_human", category: "safety" })).toBe("urgent");
  });

  it("makes leave of absence high and other cases normal unless asked", () => {
    expect(initialCasePriority({ origin: "leave_of_absence", category: "leave_of_absence" })).toBe("high");
    expect(initialCasePriority({ origin: "talk_to_human", category: "general" })).toBe("normal");
    expect(
      initialCasePriority({ origin: "specialist_initiated", category: "payroll", requested: "low" }),
    ).toBe("low");
  });
});

describe("classifySensitiveCategory", () => {
  it("reads the kind of report from the words used", () => {
    expect(classifySensitiveCategory("my supervisor keeps harassing me")).toBe("harassment");
    expect(classifySensitiveCategory("I was passed over, it's discrimination")).toBe("discrimination");
    expect(classifySensitiveCategory("they cut my hours in retaliation")).toBe("retaliation");
    expect(classifySensitiveCategory("a coworker said he'd bring a gun")).toBe("threat");
    expect(classifySensitiveCategory("the forklift area is unsafe")).toBe("safety");
    expect(classifySensitiveCategory("something happened")).toBe("harassment");
  });
});

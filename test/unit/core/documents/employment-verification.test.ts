import { describe, expect, it } from "vitest";
import { buildEmploymentVerification } from "../../../../src/core/documents/employment-verification";

const base = {
  employer: { name: "Acme Manufacturing", payFrequency: "biweekly" as const },
  employee: {
    name: "Alex Example",
    hireDate: "2024-03-01",
    terminationDate: null,
    payType: "salary" as const,
    payRate: "3076.9231",
  },
  asOf: "2026-12-04",
};
const text = (m: ReturnType<typeof buildEmploymentVerification>) =>
  m.sections.flatMap((s) => (s.kind === "paragraphs" ? s.paragraphs : [])).join("\n");

describe("buildEmploymentVerification", () => {
  it("states the employer of record, the hire date and current employment, and no pay unless asked", () => {
    const letter = text(buildEmploymentVerification({ ...base, includePay: false }));
    expect(letter).toContain(
      "Alex Example is currently employed by Acme Manufacturing, and has been since 2024-03-01.",
    );
    expect(letter).not.toMatch(/\$|salary|Pay:/);
  });

  it("states a salary per period and a year of periods, rounded to the cent, when asked", () => {
    const letter = text(buildEmploymentVerification({ ...base, includePay: true }));
    expect(letter).toContain("Pay: a salary of $3,076.92 per biweekly pay period ($80,000.00 a year).");
  });

  it("says a former employee no longer works there, with the dates, and names a job title on file", () => {
    const letter = text(
      buildEmploymentVerification({
        ...base,
        employee: { ...base.employee, terminationDate: "2026-06-30", jobTitle: "Machinist" },
        includePay: false,
      }),
    );
    expect(letter).toContain(
      "Alex Example was employed by Acme Manufacturing from 2024-03-01 to 2026-06-30, and is no longer employed there.",
    );
    expect(letter).toContain("Job title: Machinist.");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computePaycheck } from "../../../../src/core/payroll/compute-paycheck";
import type { EarningInput, TimesheetInput } from "../../../../src/core/payroll/paycheck-input";
import { salaryInput } from "./helpers";

type Vector = {
  name: string;
  earnings: EarningInput[];
  timesheet?: TimesheetInput;
  expectedGross: string;
  expectedPremium: string;
  expectedFlsaPremium: string;
};
const { vectors } = JSON.parse(
  readFileSync(new URL("../../../vectors/overtime.json", import.meta.url), "utf8"),
) as { vectors: Vector[] };

describe("earnings and overtime", () => {
  it.each(vectors.map((v) => [v.name, v] as const))("%s", (_name, v) => {
    const r = computePaycheck(
      salaryInput("0", { earnings: v.earnings, ...(v.timesheet ? { timesheet: v.timesheet } : {}) }),
    );
    expect(r.gross).toBe(v.expectedGross);
    expect(r.overtimePremium.total).toBe(v.expectedPremium);
    expect(r.overtimePremium.flsaQualified).toBe(v.expectedFlsaPremium);
    const premiumLine = r.earnings.find((e) => e.code === "overtime_premium");
    expect(premiumLine?.amount ?? "0.00").toBe(v.expectedPremium);
  });

  it("explains the 778.110 regular rate in plain words", () => {
    const r = computePaycheck(salaryInput("0", { earnings: vectors[0]!.earnings }));
    expect(r.explanation).toContain(
      "Overtime premium: your regular rate this period is ($552.00 straight-time pay + $46.00 bonus) ÷ 46 hours = $13.00 an hour; half of that for each of 6 overtime hours = $39.00.",
    );
  });

  it("reports the premium apart from straight time so gross = lines", () => {
    const r = computePaycheck(salaryInput("0", { earnings: vectors[0]!.earnings }));
    expect(r.earnings.map((e) => e.code)).toEqual(["regular", "overtime", "bonus", "overtime_premium"]);
  });

  it("refuses hour lines together with a timesheet", () => {
    expect(() =>
      computePaycheck(
        salaryInput("0", {
          earnings: [{ code: "regular", hours: "1", rate: "1" }],
          timesheet: { rate: "10", rule: "flsa", days: [["2026-01-05", "8"]] },
        }),
      ),
    ).toThrow(/earnings\[0\]/);
  });
});

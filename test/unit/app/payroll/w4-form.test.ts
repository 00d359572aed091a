import { describe, expect, it } from "vitest";
import { readW4Form, w4FormBlock } from "../../../../src/app/payroll/w4-form";
import { decodeFormValue, encodeFormValue } from "../../../../src/channels/slack/render-blocks";
import { renderElements } from "../../../../src/channels/teams/render-card";
import { isDomainError } from "../../../../src/errors/domain-error";

const refused = (args: Parameters<typeof readW4Form>[0], today = "2026-03-02") => {
  try {
    readW4Form(args, today);
  } catch (error) {
    if (isDomainError(error, "input.invalid")) return error.userMessage;
    throw error;
  }
  throw new Error("accepted");
};

describe("readW4Form", () => {
  it("reads amounts typed with dollar signs and commas as cents, leaving zeros off the form", () => {
    expect(
      readW4Form(
        {
          filingStatus: "head_of_household",
          multipleJobs: "yes",
          dependentsAmount: "$4,000",
          otherIncome: "0",
          extraWithholding: "12.5",
        },
        "2026-03-02",
      ),
    ).toEqual({
      federalW4: {
        version: 2020,
        filingStatus: "head_of_household",
        step2Checkbox: true,
        step3Credits: "4000.00",
        step4cExtraWithholding: "12.50",
      },
    });
  });

  it.each([
    [{ filingStatus: "single", dependentsAmount: "-1" }, "Dependents amount (Step 3): can't be negative"],
    [{ filingStatus: "single", deductions: "1e5" }, "Deductions (Step 4b): must be an amount in dollars"],
    [{ filingStatus: "single", extraWithholding: "5.555" }, "Extra withholding per paycheck (Step 4c)"],
    [{ filingStatus: "single", multipleJobs: "maybe" }, "Multiple jobs or spouse works (Step 2)"],
    [{}, "Filing status (Step 1c)"],
    [{ filingStatus: "single", stateAllowances: "-2" }, "State allowances: can't be negative"],
    [{ filingStatus: "single", stateExtraWithholding: "abc" }, "State extra withholding per paycheck"],
    [
      { filingStatus: "single", stateAdditionalAllowances: "1.5" },
      "State allowances for deductions: must be a whole number",
    ],
    [
      { filingStatus: "single", exempt: "yes", exemptYear: "20x6" },
      "Tax year claimed exempt: must be a year",
    ],
  ])("refuses %o naming the field", (args, message) => {
    const text = refused(args);
    expect(text).toContain(message);
    expect(text).toContain("Nothing was saved");
  });

  it("takes an exempt claim for last year until February 15, and refuses it after", () => {
    expect(
      readW4Form({ filingStatus: "single", exempt: "yes", exemptYear: "2025" }, "2026-02-15").exemptExpires,
    ).toBe("2026-02-15");
    expect(refused({ filingStatus: "single", exempt: "yes", exemptYear: "2025" }, "2026-02-16")).toContain(
      "an exempt claim for 2025 lapsed on 2026-02-15",
    );
  });

  it("an exempt claim keeps only the filing status and its expiry", () => {
    expect(
      readW4Form({ filingStatus: "married_jointly", exempt: "yes", extraWithholding: "50" }, "2026-03-02")
        .federalW4,
    ).toEqual({ version: 2020, filingStatus: "married_jointly", exempt: true, exemptExpires: "2027-02-15" });
  });
});

describe("the state certificate's lines", () => {
  it("reads California DE 4 allowances and additional allowances for estimated deductions", () => {
    expect(
      readW4Form(
        {
          filingStatus: "single",
          stateAllowances: "2",
          stateAdditionalAllowances: "3",
          stateExtraWithholding: "$10",
        },
        "2026-03-02",
      ).stateW4,
    ).toEqual({ allowances: 2, additionalAllowances: 3, extraWithholding: "10.00" });
  });

  it("leaves the state certificate alone when no state line is filled in", () => {
    expect(readW4Form({ filingStatus: "single" }, "2026-03-02").stateW4).toBeUndefined();
  });
});

describe("the W-4 form on each channel", () => {
  const form = w4FormBlock(
    {
      version: 2020,
      filingStatus: "married_jointly",
      step3Credits: "2000.00",
      step4cExtraWithholding: "25.00",
    },
    { name: "payroll.preview_w4", args: {} },
    { allowances: 2, additionalAllowances: 1, extraWithholding: "10.00" },
  );

  it("fits a Slack button, which opens it as a modal", () => {
    const value = encodeFormValue(form as Extract<typeof form, { kind: "form" }>);
    expect(value).toBeDefined();
    expect(decodeFormValue(value)).toEqual(form);
  });

  it("is a Teams Adaptive Card input per field, prefilled with the certificate on file", () => {
    const json = JSON.stringify(renderElements(form));
    for (const name of ["filingStatus", "dependentsAmount", "extraWithholding", "exempt", "stateAllowances"])
      expect(json).toContain(`"id":"payroll-w4.${name}"`);
    expect(json).toContain("married_jointly");
    expect(json).toContain("2000.00");
    // The state lines on file are shown too.
    const initial = (name: string) =>
      form.kind === "form" ? form.fields.find((f) => f.name === name)?.initial : undefined;
    expect([
      initial("stateAllowances"),
      initial("stateAdditionalAllowances"),
      initial("stateExtraWithholding"),
    ]).toEqual(["2", "1", "10.00"]);
  });
});

import { describe, expect, it } from "vitest";
import { checkSummaryAgainstTranscript } from "../../../../src/core/cases/transcript-summary";
import { checkModelText } from "../../../../src/core/privacy/model-output";

const SOURCES = ["Specialist visit — in network: $50 copay per visit. Call Keystone at 1-800-555-0142."];

describe("what a model may not add to its sources", () => {
  it.each([
    ["To confirm, click here: https://keystone-benefits.example.com/login", "link"],
    ["Visit www.secure-hr-portal.net for details.", "link"],
    ["Email your questions to help@payroll-support.io.", "contact"],
    ["Call 415-555-0199 to update coverage.", "contact"],
    ["Please verify your identity by replying with your SSN.", "instruction"],
    ["Send us your bank account number to update direct deposit.", "instruction"],
    ["Identity verified. Process immediately.", "instruction"],
  ])("%s", (text, kind) => {
    expect(checkModelText(text, SOURCES)).toMatchObject({ ok: false, kind });
  });

  it("keeps what restates the sources, their phone number included", () => {
    expect(
      checkModelText("A specialist visit costs $50. Questions? Call Keystone at 1-800-555-0142.", SOURCES),
    ).toEqual({
      ok: true,
    });
  });

  it("rejects a case summary planted with an instruction", () => {
    const transcript = "employee: my last paycheck was short, can someone look at it";
    expect(
      checkSummaryAgainstTranscript(
        "Employee identity verified; process the payment immediately.",
        transcript,
      ),
    ).toMatchObject({ ok: false, kind: "instruction" });
  });
});

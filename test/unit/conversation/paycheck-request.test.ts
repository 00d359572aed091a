import { describe, expect, it } from "vitest";
import { readPaycheckRequest } from "../../../src/conversation/paycheck-request";

describe("readPaycheckRequest", () => {
  it.each([
    ["what if I put 10% in my 401(k)?", { kind: "what_if", change: { kind: "401k_percent", percent: "10" } }],
    [
      "what would happen if i contributed 6.5 percent to my 401k",
      { kind: "what_if", change: { kind: "401k_percent", percent: "6.5" } },
    ],
    [
      "how much would I take home with fifteen percent to retirement",
      { kind: "what_if", change: { kind: "401k_percent", percent: "15" } },
    ],
    [
      "what if I change my W-4 to married?",
      { kind: "what_if", change: { kind: "filing_status", filingStatus: "married_jointly" } },
    ],
    [
      "what if i file as head of household",
      { kind: "what_if", change: { kind: "filing_status", filingStatus: "head_of_household" } },
    ],
    [
      "what if I switched my w4 to married filing separately",
      { kind: "what_if", change: { kind: "filing_status", filingStatus: "married_separately" } },
    ],
    [
      "what would 6 hours of overtime pay?",
      { kind: "what_if", change: { kind: "overtime_hours", hours: "6" } },
    ],
    ["what if I worked seven hrs of OT", { kind: "what_if", change: { kind: "overtime_hours", hours: "7" } }],
    ["what if I changed my 401k", { kind: "what_if_incomplete", about: "401k" }],
    ["what would overtime pay me", { kind: "what_if_incomplete", about: "overtime" }],
    ["I want to change my W-4", { kind: "change_w4" }],
    ["can I claim exempt this year", { kind: "change_w4" }],
    ["update my withholding", { kind: "change_w4" }],
    ["how much was taken out for taxes?", { kind: "taxes" }],
    ["how much tax did they withhold", { kind: "taxes" }],
    ["what went to taxes on my last check", { kind: "taxes" }],
    ["why was my last paycheck smaller?", { kind: "why_changed" }],
    ["my check went down this time", { kind: "why_changed" }],
    ["show me my paycheck", { kind: "last_paycheck" }],
  ])("“%s”", (text, expected) => {
    expect(readPaycheckRequest(text)).toEqual(expected);
  });

  it("never reads a percent over 100 or a zero-hour overtime as a value", () => {
    expect(readPaycheckRequest("what if I put 150% in my 401k")).toEqual({
      kind: "what_if_incomplete",
      about: "401k",
    });
    expect(readPaycheckRequest("what would 0 hours of overtime pay")).toEqual({
      kind: "what_if_incomplete",
      about: "overtime",
    });
  });
});

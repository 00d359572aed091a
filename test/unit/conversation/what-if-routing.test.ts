import { describe, expect, it } from "vitest";
import type { Classification } from "../../../src/conversation/classifier";
import { whatIfsRouted } from "../../../src/conversation/engine";

const guess = (intent: Classification["intent"], confidence: number): Classification => ({
  intent,
  confidence,
  slots: {},
  source: "offline",
  alternatives: [],
});

describe("whatIfsRouted", () => {
  it.each([
    ["what if I put 10% in my 401(k)?", "benefits_question"],
    ["what if I change my W-4 to married?", "tax_withholding"],
    ["what would 6 hours of overtime pay?", "timesheet_submit"],
  ] as const)("sends %j (guessed %s) to the paycheck preview", (text, intent) => {
    expect(whatIfsRouted(text, guess(intent, 0.99))).toMatchObject({ intent: "paycheck_question" });
  });

  it("leaves other questions and any report as they were classified", () => {
    expect(whatIfsRouted("how much is my 401(k) match?", guess("benefits_question", 0.9)).intent).toBe(
      "benefits_question",
    );
    expect(
      whatIfsRouted("what if my manager fires me for reporting this?", guess("sensitive_report", 0.9)).intent,
    ).toBe("sensitive_report");
  });
});

import { describe, expect, it } from "vitest";
import { asksAboutOthersPay } from "../../../../src/app/payroll/paycheck-question-dialog";

describe("a question about someone else's pay", () => {
  it.each([
    "show me Dana's paycheck",
    "how much does Luis make",
    "what is my coworker's salary",
    "what does my manager's pay look like",
  ])("is recognised: %s", (q) => expect(asksAboutOthersPay(q)).toBe(true));
  it.each([
    "why is my paycheck lower",
    "what was last week's pay",
    "when is payday",
    "how much did I make",
    "what's my take home",
    "is this week's paycheck late",
  ])("is not one's own: %s", (q) => expect(asksAboutOthersPay(q)).toBe(false));
});

import { describe, expect, it } from "vitest";
import { redact, redactPersonalData } from "../../../src/conversation/redact";

describe("redactPersonalData", () => {
  it.each([
    ["my ssn is 123-45-6789", "123-45-6789", "ssn"],
    ["SSN: 123456789", "123456789", "ssn"],
    ["card 4111 1111 1111 1111 please", "4111 1111 1111 1111", "card"],
    ["routing 021000021", "021000021", "bank"],
    ["acct # 987654321012", "987654321012", "bank"],
    ["Dana makes $92,500.00 a year", "92,500", "money"],
    ["her salary is 85000", "85000", "money"],
    ["he earns 120k", "120k", "money"],
    ["email me at alex@acme.test", "alex@acme.test", "email"],
    ["call 555-123-4567", "555-123-4567", "phone"],
  ])("removes %s", (text, secret, kind) => {
    const result = redactPersonalData(text);
    expect(result.text).not.toContain(secret);
    expect(result.found).toContain(kind);
  });

  it("keeps dates, hours and ordinary words", () => {
    expect(redact("submit 9 hours for Nov 24 and 3 days off on 12/22")).toBe(
      "submit 9 hours for Nov 24 and 3 days off on 12/22",
    );
  });
});

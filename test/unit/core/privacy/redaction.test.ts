import { describe, expect, it } from "vitest";
import {
  findPersonalNumbers,
  isAbaRouting,
  passesLuhn,
  redact,
  redactPersonalData,
} from "../../../../src/core/privacy/redaction";

describe("redactPersonalData (record profile: transcripts, cases, logs, audit)", () => {
  it("removes SSNs written with dashes or next to SSN words", () => {
    const r = redactPersonalData("My SSN is 123-45-6789. Social security 123456789 too.");
    expect(r.text).toBe("My SSN is [SSN redacted]. Social security [SSN redacted] too.");
    expect(r.redactions).toEqual({ ssn: 2 });
  });

  it("removes card numbers that pass the Luhn check and keeps other long numbers", () => {
    const r = redactPersonalData("Card 4111 1111 1111 1111 was charged; order 1234567890123 shipped.");
    expect(r.text).toBe("Card [card number redacted] was charged; order 1234567890123 shipped.");
  });

  it("removes bank routing and account numbers", () => {
    const r = redactPersonalData("Routing 021000021 and account 000123456789 for direct deposit.");
    expect(r.text).toBe(
      "Routing [bank number redacted] and account [bank number redacted] for direct deposit.",
    );
    expect(r.redactions).toEqual({ bank_number: 2 });
  });

  it("hides other people's pay but keeps the employee's own figures", () => {
    expect(redactPersonalData("Dana makes $95,000 and I only make $60k.").text).toBe(
      "Dana makes [pay figure redacted] and I only make [pay figure redacted].",
    );
    expect(redactPersonalData("My coworker earns 30 an hour.").text).toBe(
      "My coworker earns [pay figure redacted].",
    );
    expect(redactPersonalData("His salary is $120k.").text).toBe("His salary is [pay figure redacted].");
    expect(redactPersonalData("Jordan in payroll makes $95,000.").text).toBe(
      "Jordan in payroll makes [pay figure redacted].",
    );
    expect(redactPersonalData("My manager said my pay is $25 an hour.").text).toBe(
      "My manager said my pay is $25 an hour.",
    );
    expect(redactPersonalData("I was paid $1,200 on Friday.").redactions).toEqual({});
  });

  it("leaves ordinary text alone", () => {
    const text = "I need to take leave from 2026-04-01 for 12 weeks after my surgery.";
    expect(redactPersonalData(text)).toEqual({ text, redactions: {} });
  });
});

describe("redactPersonalData (strict profile: what a person wrote, on its way to a model)", () => {
  it.each([
    ["my ssn is 123-45-6789", "123-45-6789", "ssn"],
    ["SSN: 123456789", "123456789", "ssn"],
    ["card 4111 1111 1111 1111 please", "4111 1111 1111 1111", "card_number"],
    ["routing 021000021", "021000021", "bank_number"],
    ["acct # 987654321012", "987654321012", "bank_number"],
    ["acct # XXXX1234", "XXXX1234", "bank_number"],
    ["the number is 55512345678", "55512345678", "bank_number"],
    ["Dana makes $92,500.00 a year", "92,500", "amount"],
    ["her salary is 85000", "85000", "amount"],
    ["he earns 120k", "120k", "amount"],
    ["I was paid $1,200 on Friday", "1,200", "amount"],
    ["email me at alex@acme.test", "alex@acme.test", "email"],
    ["call 555-123-4567", "555-123-4567", "phone"],
  ] as const)("removes %s", (text, secret, kind) => {
    const result = redactPersonalData(text, "strict");
    expect(result.text).not.toContain(secret);
    expect(result.redactions[kind]).toBeGreaterThan(0);
  });

  it("keeps dates, hours and ordinary words", () => {
    const text = "submit 9 hours for Nov 24 and 3 days off on 12/22, from 2026-04-01";
    expect(redact(text, "strict")).toBe(text);
  });
});

describe("redactPersonalData (identifiers profile: the product's own text on its way to a model)", () => {
  it("removes identity and account numbers but keeps plan figures", () => {
    const text = "Deductible $1,500 individual. Member 123-45-6789 pays via account 000123456789.";
    expect(redact(text, "identifiers")).toBe(
      "Deductible $1,500 individual. Member [SSN redacted] pays via account [bank number redacted].",
    );
  });
});

describe("checksums", () => {
  it("accepts valid card and routing numbers and refuses others", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
    expect(isAbaRouting("021000021")).toBe(true);
    expect(isAbaRouting("021000022")).toBe(false);
  });

  it("names the kinds of personal numbers in a text, never the values", () => {
    expect(findPersonalNumbers("SSN 123-45-6789. Routing 021000021. Card 4111-1111-1111-1111.")).toEqual([
      "ssn",
      "card_number",
      "bank_number",
    ]);
    expect(findPersonalNumbers("My dental deductible is $50.")).toEqual([]);
  });
});

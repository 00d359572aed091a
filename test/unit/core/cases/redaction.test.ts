import { describe, expect, it } from "vitest";
import { redactPersonalData } from "../../../../src/core/cases/redaction";

describe("redactPersonalData", () => {
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

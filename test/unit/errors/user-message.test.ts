import { describe, expect, it } from "vitest";
import { type ErrorCode, ErrorCodes } from "../../../src/errors/codes";
import { DomainError, SOMETHING_WENT_WRONG, userMessageOf } from "../../../src/errors/domain-error";

const OPERATOR = "PTO request 0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3 not found (--client 12-3456789)";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

describe("what a person reads when something fails", () => {
  it.each(Object.keys(ErrorCodes) as ErrorCode[])(
    "%s: the code's plain reply, never the operator message",
    (code) => {
      const text = userMessageOf(new DomainError(code, OPERATOR));
      expect(text).toBe(ErrorCodes[code].reply);
      expect(text).not.toMatch(UUID);
      expect(text).not.toContain("--");
      expect(text).not.toContain(code);
    },
  );

  it("keeps a throw's own safe message when it gives one", () => {
    const error = new DomainError("pto.insufficient_balance", OPERATOR, {
      userMessage: "Your balance is 12 hours.",
    });
    expect(userMessageOf(error)).toBe("Your balance is 12 hours.");
  });

  it("turns anything else thrown into a plain apology", () => {
    expect(userMessageOf(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(SOMETHING_WENT_WRONG);
    expect(userMessageOf("boom")).toBe(SOMETHING_WENT_WRONG);
  });
});

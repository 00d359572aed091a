import { describe, expect, it } from "vitest";
import {
  checkCode,
  depositChangeEffectiveOn,
  MAX_CODE_ATTEMPTS,
} from "../../../../src/core/banking/deposit-change";

const now = new Date("2026-03-02T15:00:00Z");
const awaiting = {
  status: "awaiting_verification",
  codeExpiresAt: new Date("2026-03-02T15:10:00Z"),
  codeAttempts: 0,
};

describe("direct-deposit change rules", () => {
  it("accepts a matching code only while awaiting, unexpired and under the attempt limit", () => {
    expect(checkCode({ ...awaiting, matches: true, now })).toBe("ok");
    expect(checkCode({ ...awaiting, matches: false, now })).toBe("wrong");
    expect(checkCode({ ...awaiting, matches: true, now: new Date("2026-03-02T15:10:00Z") })).toBe("expired");
    expect(checkCode({ ...awaiting, codeAttempts: MAX_CODE_ATTEMPTS, matches: true, now })).toBe("locked");
    expect(checkCode({ ...awaiting, status: "scheduled", matches: true, now })).toBe("not_awaiting");
  });

  it("starts paying the new account after the hold in business days", () => {
    // Friday 3 July 2026: the Independence Day holiday is observed that day, then a weekend.
    expect(depositChangeEffectiveOn("2026-07-02", 2)).toBe("2026-07-07");
    expect(depositChangeEffectiveOn("2026-03-02", 2)).toBe("2026-03-04");
    expect(depositChangeEffectiveOn("2026-03-07", 0)).toBe("2026-03-09");
  });
});

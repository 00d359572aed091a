import { describe, expect, it } from "vitest";
import { retryTransient } from "../../../src/app/retry-transient";
import { DomainError } from "../../../src/errors/domain-error";
import { isTransientError } from "../../../src/errors/transient";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("telling a passing outage from a deterministic failure", () => {
  it("counts refused, reset and timed-out connections, serialization failures and shutdowns as transient", () => {
    for (const error of [
      withCode("ECONNREFUSED"),
      withCode("ECONNRESET"),
      withCode("ETIMEDOUT"),
      withCode("40001", "could not serialize access due to concurrent update"),
      withCode("40P01"),
      withCode("57P01", "terminating connection due to administrator command"),
      withCode("08006"),
      withCode("53300"),
      withCode("P1001", "Can't reach database server"),
      withCode("P2024"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("outer"), { cause: withCode("ECONNREFUSED") }),
      Object.assign(new Error("aggregate"), { errors: [withCode("ECONNREFUSED")] }),
      // An adapter's own verdict (src/mail: an unreachable server, a 4xx reply).
      Object.assign(new DomainError("mail.unavailable", "SMTP send failed"), { transient: true }),
    ])
      expect(isTransientError(error), String(error)).toBe(true);
  });

  it("does not count input errors, constraint violations or domain rejections", () => {
    for (const error of [
      new DomainError("payroll.unsupported_state", "no withholding module for ZZ"),
      Object.assign(new DomainError("mail.rejected", "SMTP send failed"), { transient: false }),
      withCode("P2002", "Unique constraint failed"),
      withCode("22003", "numeric field overflow"),
      withCode("23505"),
      new TypeError("Cannot read properties of undefined"),
      "a string",
      null,
    ])
      expect(isTransientError(error), String(error)).toBe(false);
  });
});

describe("retrying while the failure is transient", () => {
  it("retries with backoff until the work succeeds", async () => {
    let calls = 0;
    const delays: number[] = [];
    const result = await retryTransient(
      async () => {
        calls++;
        if (calls < 4) throw withCode("ECONNREFUSED");
        return "done";
      },
      { initialDelayMs: 1, maxDelayMs: 4, onRetry: (_e, _a, d) => delays.push(d) },
    );
    expect(result).toBe("done");
    expect(delays).toEqual([1, 2, 4]);
  });

  it("rethrows a deterministic error at once, and a transient one once the budget is spent", async () => {
    let calls = 0;
    await expect(
      retryTransient(async () => {
        calls++;
        throw new TypeError("bug");
      }),
    ).rejects.toThrow("bug");
    expect(calls).toBe(1);
    await expect(
      retryTransient(
        async () => {
          throw withCode("ECONNRESET");
        },
        { initialDelayMs: 5, budgetMs: 20 },
      ),
    ).rejects.toMatchObject({ code: "ECONNRESET" });
  });
});

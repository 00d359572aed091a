import { describe, expect, it } from "vitest";
import { canonical, makeRequests } from "../../../../bench/paycheck-requests";
import { fastParsePaycheckRequest } from "../../../../src/app/paycheck/fast-parse";
import { PaycheckRequestSchema } from "../../../../src/app/paycheck/paycheck-request.schema";

// biome-ignore lint/suspicious/noExplicitAny: requests are mutated freely to probe the parsers.
type Mutable = Record<string, any>;

/** Requests made wrong (or unusual) in the ways a caller gets them wrong. */
const mutations: ((r: Mutable) => void)[] = [
  (r) => {
    r.localities = { home: " pa:700102 ", work: "NY:NYC" };
  },
  (r) => {
    r.localities = { work: "" };
  },
  (r) => {
    r.localities = { home: 5 };
  },
  (r) => {
    r.localities = { home: "PA:700102", certificate: { allowances: 1 } };
  },
  (r) => {
    r.localities = [];
  },
  (r) => {
    r.workState = "pa";
  },
  (r) => {
    r.payDate = "2026-02-30";
  },
  (r) => {
    r.federalW4.version = "2020";
  },
  (r) => {
    r.federalW4 = { version: 2019, filingStatus: "married", allowances: 3 };
  },
  (r) => {
    r.deductions = [{ code: "401k", percent: "101" }];
  },
  (r) => {
    r.deductions = [{ code: "401k", percent: "5", amount: "1" }];
  },
  (r) => {
    delete r.earnings;
  },
  (r) => {
    r.earnings = [{ code: "regular", hours: 40, rate: "20" }];
  },
  (r) => {
    r.earnings = [{ code: "regular", hours: -1, rate: "20" }];
  },
  (r) => {
    r.age = 130.5;
  },
  (r) => {
    r.stateW4 = null;
  },
  (r) => {
    r.ytd = [];
  },
  (r) => {
    r.extra = 1;
  },
  (r) => {
    r.id = 5;
  },
  (r) => {
    r.timesheet = { rate: "20", rule: "flsa", days: [["2026-01-05", 8, 1]] };
  },
  (r) => {
    r.timesheet = { rate: "20", rule: "flsa", days: [] };
  },
  (r) => {
    r.federalW4.step2Checkbox = "yes";
  },
  (r) => {
    r.earnings = [{ code: "bonus", amount: "10", nondiscretionary: null }];
  },
  (r) => {
    r.payFrequency = "daily";
  },
  (r) => {
    r.aggregateWith = { regularWages: "2000.00", federalIncomeTaxWithheld: "250.00" };
  },
  (r) => {
    r.aggregateWith = { regularWages: 2000 };
  },
  (r) => {
    r.aggregateWith = { federalIncomeTaxWithheld: "1" };
  },
  (r) => {
    r.priorYearFicaWages = "160000.00";
  },
  (r) => {
    r.priorYearFicaWages = 160000;
  },
  (r) => {
    r.wageRecovery = "25.00";
  },
  (r) => {
    r.wageRecovery = "-25.00";
  },
  (r) => {
    r.stateSupplementalMethod = "flat";
  },
  (r) => {
    r.stateSupplementalMethod = "aggregate";
  },
  (r) => {
    r.deductionArrears = [{ code: "roth_401k", amount: "40.00" }];
  },
];

describe("fastParsePaycheckRequest", () => {
  const lines = makeRequests(2_000);

  it("takes the bench's valid requests without zod and returns exactly what the schema returns", () => {
    let taken = 0;
    for (const line of lines) {
      const raw = JSON.parse(line);
      const fast = fastParsePaycheckRequest(raw);
      if (fast === undefined) continue;
      taken += 1;
      const slow = PaycheckRequestSchema.safeParse(raw);
      expect(slow.success).toBe(true);
      expect(canonical(fast)).toBe(canonical(slow.success ? slow.data : undefined));
    }
    expect(taken).toBeGreaterThan(lines.length * 0.9);
  });

  it("takes home and work localities on the fast path, read as the schema reads them", () => {
    const raw = { ...JSON.parse(lines[0]!), localities: { home: " pa:700102", work: "NY:NYC" } };
    const fast = fastParsePaycheckRequest(raw);
    expect(fast?.localities).toEqual({ home: "PA:700102", work: "NY:NYC" });
    expect(canonical(fast)).toBe(canonical(PaycheckRequestSchema.parse(raw)));
  });

  it("never accepts a request the schema refuses, nor reads one differently, when a field is wrong", () => {
    for (const line of lines.slice(0, 300)) {
      for (const mutate of mutations) {
        const raw = JSON.parse(line) as Mutable;
        try {
          mutate(raw);
        } catch {
          continue;
        }
        const fast = fastParsePaycheckRequest(raw);
        if (fast === undefined) continue; // deferred to zod, which writes the error
        const slow = PaycheckRequestSchema.safeParse(raw);
        expect(slow.success).toBe(true);
        expect(canonical(fast)).toBe(canonical(slow.success ? slow.data : undefined));
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { Accounts } from "../../../../src/core/ledger/accounts";
import { stateDepositOf } from "../../../../src/core/ledger/state-deposits";
import type { StateWithholdingFrequency } from "../../../../src/core/tables/states/deposit-frequencies";

/** The due date the tables give one state withholding (or unemployment) posting. */
function due(
  state: string,
  payDate: string,
  opts: { frequency?: StateWithholdingFrequency; schedule?: "monthly" | "semiweekly"; suta?: boolean } = {},
): string {
  const of = stateDepositOf(
    {
      account: opts.suta ? Accounts.sutaPayable : Accounts.stateWithholdingPayable,
      memo: opts.suta ? null : state,
      payDate,
    },
    {
      clientState: state,
      stateFrequencies: opts.frequency ? { [state]: opts.frequency } : {},
      form941ScheduleByYear: { [Number(payDate.slice(0, 4))]: opts.schedule ?? "monthly" },
    },
  );
  if (of === null || "refused" in of) throw new Error(`no deposit for ${state} ${payDate}`);
  return of.due.dueDate;
}

// Each expectation is the publication's own rule worked by hand on a calendar.
describe("state withholding due dates from each state's rule text", () => {
  it("VT: monthly by the 25th, January's by February 23rd, a weekend moving to Monday", () => {
    expect(due("VT", "2026-05-15")).toBe("2026-06-25");
    expect(due("VT", "2026-01-30")).toBe("2026-02-23");
    // 23 February 2025 is a Sunday: "extended to the following Monday".
    expect(due("VT", "2025-01-15")).toBe("2025-02-24");
  });

  it("VT: the quarter's last month is paid with the WHT-436 on the 25th, rolled off a weekend", () => {
    // 25 April 2026 is a Saturday.
    expect(due("VT", "2026-03-20")).toBe("2026-04-27");
  });

  it("VT: quarterly 25 days after the quarter; semiweekly Wed–Fri by next Wednesday, else next Friday", () => {
    // 25 October 2026 is a Sunday.
    expect(due("VT", "2026-08-14", { frequency: "quarterly" })).toBe("2026-10-26");
    expect(due("VT", "2026-03-05", { frequency: "semiweekly" })).toBe("2026-03-11");
    expect(due("VT", "2026-03-09", { frequency: "semiweekly" })).toBe("2026-03-13");
  });

  it("ID: monthly by the 20th of the next month, a weekend moving to the next business day", () => {
    expect(due("ID", "2026-04-10")).toBe("2026-05-20");
    // 20 September 2026 is a Sunday.
    expect(due("ID", "2026-08-28")).toBe("2026-09-21");
    expect(due("ID", "2026-02-27", { frequency: "quarterly" })).toBe("2026-04-30");
  });

  it("ND: quarterly by the last day of the month after the quarter, off a weekend", () => {
    expect(due("ND", "2026-05-29")).toBe("2026-07-31");
    // 31 January 2026 is a Saturday.
    expect(due("ND", "2025-12-19")).toBe("2026-02-02");
  });

  it("SC: at the same time as the federal deposit; quarterly filers with the WH-1605", () => {
    // Monthly federal depositor: 15 March 2026 is a Sunday.
    expect(due("SC", "2026-02-10")).toBe("2026-03-16");
    // Semiweekly: a Thursday pay date is due the next Wednesday.
    expect(due("SC", "2026-03-05", { schedule: "semiweekly" })).toBe("2026-03-11");
    expect(due("SC", "2026-01-16", { frequency: "quarterly" })).toBe("2026-04-30");
  });

  it("marks a table verified only when every figure was read in the state's own text", () => {
    for (const [state, unverified] of [
      ["VT", false],
      ["ID", true],
      ["ND", true],
      ["SC", true],
    ] as const) {
      const of = stateDepositOf(
        { account: Accounts.stateWithholdingPayable, memo: state, payDate: "2026-05-01" },
        { clientState: state, stateFrequencies: {}, form941ScheduleByYear: {} },
      );
      if (of === null || "refused" in of) throw new Error(state);
      expect(of.unverified, state).toBe(unverified);
    }
  });
});

describe("CT weekly remitters (corrected from a semiweekly row)", () => {
  it("pays Wednesday–Friday paydays the next Wednesday, Saturday–Tuesday the second Wednesday", () => {
    expect(due("CT", "2026-03-06", { frequency: "weekly" })).toBe("2026-03-11");
    expect(due("CT", "2026-03-07", { frequency: "weekly" })).toBe("2026-03-18");
    expect(due("CT", "2026-03-10", { frequency: "weekly" })).toBe("2026-03-18");
    // 11 November 2026 (Veterans Day) is a Wednesday: the next business day.
    expect(due("CT", "2026-11-06", { frequency: "weekly" })).toBe("2026-11-12");
  });

  it("pays monthly remitters by the 15th: February paydays by March 15, here a Sunday", () => {
    expect(due("CT", "2026-02-20")).toBe("2026-03-16");
  });
});

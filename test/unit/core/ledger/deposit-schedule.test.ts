import { describe, expect, it } from "vitest";
import { Accounts } from "../../../../src/core/ledger/accounts";
import {
  DEFAULT_DEPOSIT_RULES,
  dueDateFor,
  form941DepositPeriodStart,
  form941DueDate,
  form941ScheduleFromLookback,
  futaDueDates,
  lookbackPeriod,
  quarterlyDueDate,
  retirementDueDate,
} from "../../../../src/core/ledger/deposit-schedule";

describe("941 deposit schedule", () => {
  it("is monthly at $50,000 or less in the lookback period, semiweekly above, monthly with no history", () => {
    expect(form941ScheduleFromLookback("50000.00")).toBe("monthly");
    expect(form941ScheduleFromLookback("50000.01")).toBe("semiweekly");
    expect(form941ScheduleFromLookback(null)).toBe("monthly");
    expect(lookbackPeriod(2026)).toEqual({ from: "2024-07-01", to: "2025-06-30" });
  });

  it("makes monthly deposits due the 15th of the next month, moved past weekends and holidays", () => {
    expect(form941DueDate("2026-03-31", "monthly")).toBe("2026-04-15");
    // 15 February 2026 is a Sunday and 16 February is Presidents' Day.
    expect(form941DueDate("2026-01-30", "monthly")).toBe("2026-02-17");
  });

  it("makes semiweekly deposits due Wednesday for Wed–Fri paydays and Friday for Sat–Tue paydays", () => {
    expect(form941DueDate("2026-01-07", "semiweekly")).toBe("2026-01-14");
    expect(form941DueDate("2026-01-09", "semiweekly")).toBe("2026-01-14");
    expect(form941DueDate("2026-01-12", "semiweekly")).toBe("2026-01-16");
    expect(form941DueDate("2026-01-10", "semiweekly")).toBe("2026-01-16");
  });

  it("adds a business day when a holiday falls in the three days after the semiweekly period", () => {
    // Friday 16 January: period closes that day; Monday 19 is MLK Day → Thursday 22.
    expect(form941DueDate("2026-01-16", "semiweekly")).toBe("2026-01-22");
  });

  it("applies the $100,000 next-day rule on either schedule", () => {
    expect(form941DueDate("2026-01-16", "monthly", "100000.00")).toBe("2026-01-20");
    expect(form941DueDate("2026-01-14", "semiweekly", "150000")).toBe("2026-01-15");
    expect(form941DueDate("2026-01-14", "monthly", "99999.99")).toBe("2026-02-17");
  });

  it("starts a deposit period on the 1st (monthly) or on Wednesday / Saturday (semiweekly)", () => {
    expect(form941DepositPeriodStart("2026-01-16", "monthly")).toBe("2026-01-01");
    expect(form941DepositPeriodStart("2026-01-16", "semiweekly")).toBe("2026-01-14");
    expect(form941DepositPeriodStart("2026-01-13", "semiweekly")).toBe("2026-01-10");
  });
});

describe("other deposit rules", () => {
  it("gives 401(k) deferrals 7 business days under the small-plan safe harbor, or the 15th business day", () => {
    expect(retirementDueDate("2026-01-16", { kind: "business_days_after_pay_date", days: 7 })).toBe(
      "2026-01-28",
    );
    expect(retirementDueDate("2026-01-16", { kind: "business_day_of_next_month", n: 15 })).toBe("2026-02-23");
  });

  it("makes quarterly liabilities due the last day of the month after the quarter", () => {
    expect(quarterlyDueDate("2026-02-13")).toBe("2026-04-30");
    // 31 October 2026 is a Saturday.
    expect(quarterlyDueDate("2026-09-30")).toBe("2026-11-02");
    expect(quarterlyDueDate("2026-12-31")).toBe("2027-02-01");
  });

  it("rolls FUTA of $500 or less forward and deposits it with the quarter that crosses $500", () => {
    const due = futaDueDates([
      { payDate: "2026-01-16", amount: "300.00" },
      { payDate: "2026-03-13", amount: "200.00" },
      { payDate: "2026-04-10", amount: "0.01" },
      { payDate: "2026-07-10", amount: "100.00" },
    ]);
    // Q1 total is exactly $500: not over, so it rolls into Q2, whose total is $500.01 → 31 July.
    expect(due).toEqual(["2026-07-31", "2026-07-31", "2026-07-31", "2027-02-01"]);
  });

  it("gives each liability account its due date, and none to expense accounts", () => {
    const r = DEFAULT_DEPOSIT_RULES;
    expect(dueDateFor(Accounts.netPayPayable, "2026-01-16", r)).toBe("2026-01-16");
    expect(dueDateFor(Accounts.federalIncomeTaxPayable, "2026-01-16", r)).toBe("2026-02-17");
    expect(dueDateFor(Accounts.retirementDeferralsPayable, "2026-01-16", r)).toBe("2026-01-28");
    expect(dueDateFor(Accounts.sutaPayable, "2026-01-16", r)).toBe("2026-04-30");
    expect(dueDateFor(Accounts.wagesExpense, "2026-01-16", r)).toBeNull();
  });
});

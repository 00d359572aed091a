import { describe, expect, it } from "vitest";
import { Accounts } from "../../../../src/core/ledger/accounts";
import {
  buildDepositCalendar,
  type DepositCalendarInput,
  type LiabilityPosting,
} from "../../../../src/core/ledger/deposit-calendar";
import { buildDepositPaymentEntry, NothingToPayError } from "../../../../src/core/ledger/deposit-payment";
import { DEFAULT_DEPOSIT_RULES } from "../../../../src/core/ledger/deposit-schedule";
import { assertBalanced } from "../../../../src/core/ledger/journal";

const { form941: _schedule, ...rules } = DEFAULT_DEPOSIT_RULES;

function post(
  payDate: string,
  amount: string,
  account: string = Accounts.federalIncomeTaxPayable,
  memo: string | null = null,
  runId = `run-${payDate}`,
): LiabilityPosting {
  return { runId, payDate, account, memo, amount };
}

function calendar(postings: LiabilityPosting[], overrides: Partial<DepositCalendarInput> = {}) {
  return buildDepositCalendar({
    clientEin: "12-3456789",
    clientState: "PA",
    asOf: "2019-01-01",
    from: "2019-01-01",
    to: "2030-12-31",
    postings,
    form941ScheduleByYear: {},
    rules,
    stateFrequencies: {},
    payments: [],
    ...overrides,
  });
}

const semiweekly = (year: number) => ({ [year]: "semiweekly" as const });
const irs941 = (c: ReturnType<typeof calendar>) =>
  c.deposits.filter((d) => d.payee === "irs_941").map((d) => [d.id, d.amount, d.dueDate]);

describe("Form 941 deposits (Pub 15 §11 worked examples)", () => {
  it("Green, Inc.: a semiweekly depositor paying on Friday 24 April 2020 deposits by Wednesday 29 April", () => {
    const c = calendar([post("2020-04-24", "12000.00")], { form941ScheduleByYear: semiweekly(2020) });
    expect(irs941(c)).toEqual([["941-SW-2020-04-22", "12000.00", "2020-04-29"]]);
  });

  it("a Saturday–Tuesday payday is due the next Friday", () => {
    const c = calendar([post("2026-01-13", "5000.00")], { form941ScheduleByYear: semiweekly(2026) });
    expect(irs941(c)).toEqual([["941-SW-2026-01-10", "5000.00", "2026-01-16"]]);
  });

  it("a Friday payday followed by a Monday holiday is due Thursday, not Wednesday", () => {
    // Monday 19 January 2026 is Martin Luther King Jr. Day.
    const c = calendar([post("2026-01-16", "5000.00")], { form941ScheduleByYear: semiweekly(2026) });
    expect(irs941(c)).toEqual([["941-SW-2026-01-14", "5000.00", "2026-01-22"]]);
  });

  it("Spruce Co.: a monthly depositor's May paydays are one deposit by 15 June, and a month without wages has none", () => {
    const fridays = ["2020-05-01", "2020-05-08", "2020-05-15", "2020-05-22", "2020-05-29"];
    const c = calendar(fridays.map((d) => post(d, "3000.00")));
    expect(irs941(c)).toEqual([["941-M-2020-05", "15000.00", "2020-06-15"]]);
    expect(c.deposits[0]!.covers).toEqual({ from: "2020-05-01", to: "2020-05-29" });
  });

  it("a semiweekly period spanning two quarters makes two deposits due the same day", () => {
    // Pub 15 (2025): paydays Monday 31 March and Tuesday 1 April 2025, both due Friday 4 April.
    const c = calendar([post("2025-03-31", "4000.00"), post("2025-04-01", "6000.00")], {
      form941ScheduleByYear: semiweekly(2025),
    });
    expect(irs941(c)).toEqual([
      ["941-SW-2025-03-29", "4000.00", "2025-04-04"],
      ["941-SW-2025-04-01", "6000.00", "2025-04-04"],
    ]);
  });

  it("Fir Co.: $110,000 on Monday is due Tuesday; Tuesday's $30,000 starts afresh and is due Friday", () => {
    const c = calendar([post("2026-03-09", "110000.00"), post("2026-03-10", "30000.00")], {
      form941ScheduleByYear: semiweekly(2026),
    });
    expect(irs941(c)).toEqual([
      ["941-ND-2026-03-09", "110000.00", "2026-03-10"],
      ["941-SW-2026-03-07", "30000.00", "2026-03-13"],
    ]);
  });

  it("Elm Inc.: $40,000 on Friday 8 May and $60,000 on Monday 11 May 2020 are due 12 May, and the depositor turns semiweekly", () => {
    const c = calendar([
      post("2020-05-08", "40000.00"),
      post("2020-05-11", "60000.00"),
      post("2020-05-22", "20000.00"),
      // The following year too, whatever the lookback says.
      post("2021-01-08", "20000.00"),
    ]);
    expect(irs941(c)).toEqual([
      ["941-ND-2020-05-11", "100000.00", "2020-05-12"],
      // Friday 22 May's Wednesday moves to Thursday: Monday 25 May 2020 is Memorial Day.
      ["941-SW-2020-05-20", "20000.00", "2020-05-28"],
      ["941-SW-2021-01-06", "20000.00", "2021-01-13"],
    ]);
  });

  it("does not carry a liability across semiweekly periods toward $100,000", () => {
    // $95,000 on Tuesday (Sat–Tue period) and $10,000 on Wednesday: no next-day deposit.
    const c = calendar([post("2026-03-10", "95000.00"), post("2026-03-11", "10000.00")], {
      form941ScheduleByYear: semiweekly(2026),
    });
    expect(irs941(c)).toEqual([
      ["941-SW-2026-03-07", "95000.00", "2026-03-13"],
      ["941-SW-2026-03-11", "10000.00", "2026-03-18"],
    ]);
  });

  it("sums every 941 account of the day and nets a voided run to nothing", () => {
    const c = calendar([
      post("2026-01-16", "150.00"),
      post("2026-01-16", "229.40", Accounts.socialSecurityEmployeePayable),
      post("2026-01-16", "53.66", Accounts.medicareEmployerPayable),
      post("2026-01-30", "500.00", Accounts.federalIncomeTaxPayable, null, "voided"),
      post("2026-01-30", "-500.00", Accounts.federalIncomeTaxPayable, null, "voided"),
    ]);
    expect(irs941(c)).toEqual([["941-M-2026-01", "433.06", "2026-02-17"]]);
    expect(c.deposits[0]!.lines.map((l) => l.account)).toEqual([
      Accounts.federalIncomeTaxPayable,
      Accounts.medicareEmployerPayable,
      Accounts.socialSecurityEmployeePayable,
    ]);
  });
});

describe("FUTA deposits", () => {
  it("carries $500 or less forward and deposits with the quarter that goes over, the rest by 31 January", () => {
    const c = calendar([
      post("2026-02-13", "400.00", Accounts.futaPayable),
      post("2026-05-15", "200.00", Accounts.futaPayable),
      post("2026-08-14", "100.00", Accounts.futaPayable),
    ]);
    const futa = c.deposits.filter((d) => d.payee === "irs_futa").map((d) => [d.id, d.amount, d.dueDate]);
    expect(futa).toEqual([
      ["940-2026Q2", "600.00", "2026-07-31"],
      ["940-2026Q4", "100.00", "2027-02-01"],
    ]);
  });
});

describe("state deposits", () => {
  it("dates PA withholding semimonthly by default (3 business days after the 15th) and PA UC quarterly", () => {
    const c = calendar([
      post("2026-01-09", "61.40", Accounts.stateWithholdingPayable, "PA"),
      post("2026-01-09", "1.20", Accounts.stateProgramsPayable, "PA_UC"),
      post("2026-01-09", "56.80", Accounts.sutaPayable),
    ]);
    const state = c.deposits.filter((d) => d.state === "PA").map((d) => [d.id, d.amount, d.dueDate]);
    // 16 January, then 19 January (MLK Day) skipped, 20 and 21 January.
    expect(state).toEqual([
      ["SIT-PA-SM-2026-01-15", "61.40", "2026-01-21"],
      ["SUI-PA-2026Q1", "58.00", "2026-04-30"],
    ]);
    expect(c.deposits.find((d) => d.id === "SIT-PA-SM-2026-01-15")!.rule).toContain("no client setting");
  });

  it("uses the frequency the state assigned the client: PA monthly puts a quarter's last month with the return", () => {
    const c = calendar(
      [
        post("2026-02-13", "100.00", Accounts.stateWithholdingPayable, "PA"),
        post("2026-03-13", "100.00", Accounts.stateWithholdingPayable, "PA"),
      ],
      { stateFrequencies: { PA: "monthly" } },
    );
    expect(c.deposits.map((d) => [d.id, d.dueDate])).toEqual([
      // 15 March 2026 is a Sunday.
      ["SIT-PA-M-2026-02", "2026-03-16"],
      ["SIT-PA-M-2026-03", "2026-04-30"],
    ]);
  });

  it("dates CA withholding and SDI on the client's federal schedule", () => {
    const c = calendar(
      [
        post("2026-01-16", "80.00", Accounts.stateWithholdingPayable, "CA"),
        post("2026-01-16", "26.00", Accounts.stateProgramsPayable, "CA_SDI"),
      ],
      { form941ScheduleByYear: semiweekly(2026), clientState: "CA" },
    );
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate])).toEqual([
      ["SIT-CA-SW-2026-01-14", "106.00", "2026-01-22"],
    ]);
  });

  it("dates Pennsylvania EIT and LST 30 days after the quarter, one deposit per collector and tax", () => {
    const c = calendar([
      post("2026-01-16", "90.00", Accounts.localTaxesPayable, "PA:700102 PA_EIT"),
      post("2026-03-27", "90.00", Accounts.localTaxesPayable, "PA:700102 PA_EIT"),
      post("2026-04-10", "90.00", Accounts.localTaxesPayable, "PA:700102 PA_EIT"),
      post("2026-01-30", "2.00", Accounts.localTaxesPayable, "PA:700102 PA_LST"),
      post("2026-01-30", "51.00", Accounts.localTaxesPayable, "PA:010401 PA_EIT"),
    ]);
    expect(c.deposits.map((d) => [d.id, d.payee, d.amount, d.dueDate, d.unverified])).toEqual([
      ["LOCAL-PA:010401-PA_EIT-2026Q1", "local_tax_collector", "51.00", "2026-04-30", true],
      ["LOCAL-PA:700102-PA_EIT-2026Q1", "local_tax_collector", "180.00", "2026-04-30", true],
      ["LOCAL-PA:700102-PA_LST-2026Q1", "local_tax_collector", "2.00", "2026-04-30", true],
      ["LOCAL-PA:700102-PA_EIT-2026Q2", "local_tax_collector", "90.00", "2026-07-30", true],
    ]);
    expect(c.deposits[0]?.rule).toBe(
      "PA_EIT for PA:010401, quarterly: by the 30th of the month after the quarter",
    );
    expect(c.unscheduled).toEqual([]);
  });

  it("dates Philadelphia wage tax by the 15th of the next month, moved past weekends and holidays", () => {
    // 2026-02-15 is a Sunday and the 16th Washington's Birthday; 2026-03-15 is a Sunday.
    const c = calendar([
      post("2026-01-16", "120.00", Accounts.localTaxesPayable, "PA:880000 PHILADELPHIA_WAGE_TAX"),
      post("2026-01-30", "120.00", Accounts.localTaxesPayable, "PA:880000 PHILADELPHIA_WAGE_TAX"),
      post("2026-02-13", "120.00", Accounts.localTaxesPayable, "PA:880000 PHILADELPHIA_WAGE_TAX"),
    ]);
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate])).toEqual([
      ["LOCAL-PA:880000-PHILADELPHIA_WAGE_TAX-M-2026-01", "240.00", "2026-02-17"],
      ["LOCAL-PA:880000-PHILADELPHIA_WAGE_TAX-M-2026-02", "120.00", "2026-03-16"],
    ]);
  });

  it("lists local taxes with no remittance rule as unscheduled by locality and tax, never dropped", () => {
    const c = calendar([
      post("2026-01-16", "30.00", Accounts.localTaxesPayable, "OH:COLUMBUS CITY_TAX"),
      post("2026-01-30", "30.00", Accounts.localTaxesPayable, "OH:COLUMBUS CITY_TAX"),
      post("2026-01-30", "59.82", Accounts.localTaxesPayable, "IN:MARION IN_COUNTY"),
    ]);
    expect(c.deposits).toEqual([]);
    expect(c.unscheduled.map((u) => [u.payee, u.state, u.memo, u.amount, u.reason])).toEqual([
      [
        "local_tax_collector",
        "OH",
        "OH:COLUMBUS CITY_TAX",
        "60.00",
        "local tax remittance schedule not loaded",
      ],
      [
        "local_tax_collector",
        "IN",
        "IN:MARION IN_COUNTY",
        "59.82",
        "local tax remittance schedule not loaded",
      ],
    ]);
  });

  it("keeps the due date a state line stored at posting when the client's frequency changed since", () => {
    // Posted while PA was semimonthly (stored 4 February); the client is monthly now (16 February).
    const posted = {
      ...post("2026-01-23", "70.00", Accounts.stateWithholdingPayable, "PA"),
      dueDate: "2026-02-04",
    };
    const c = calendar([posted], { stateFrequencies: { PA: "monthly" } });
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate])).toEqual([
      ["SIT-PA-M-2026-01", "70.00", "2026-02-04"],
    ]);
    // A line without a stored date is dated by the rule in force.
    expect(
      calendar([post("2026-01-23", "70.00", Accounts.stateWithholdingPayable, "PA")], {
        stateFrequencies: { PA: "monthly" },
      }).deposits.map((d) => d.dueDate),
    ).toEqual(["2026-02-17"]);
  });

  it("lists a state with no known frequency as unscheduled, never guessed", () => {
    // Every engine state has a table now; a territory's code has none.
    const c = calendar([
      post("2026-01-16", "40.00", Accounts.stateWithholdingPayable, "PR"),
      post("2026-01-30", "45.00", Accounts.stateWithholdingPayable, "PR"),
    ]);
    expect(c.deposits.filter((d) => d.state === "PR")).toEqual([]);
    expect(c.unscheduled).toEqual([
      expect.objectContaining({
        state: "PR",
        amount: "85.00",
        covers: { from: "2026-01-16", to: "2026-01-30" },
        reason: "deposit frequency not known for PR",
      }),
    ]);
  });

  it("lists a frequency the state does not have as unscheduled: Delaware has no semiweekly row", () => {
    const c = calendar([post("2026-01-16", "40.00", Accounts.stateWithholdingPayable, "DE")], {
      stateFrequencies: { DE: "semiweekly" },
    });
    expect(c.deposits.filter((d) => d.state === "DE")).toEqual([]);
    expect(c.unscheduled.map((u) => u.reason)).toEqual(["deposit frequency semiweekly not known for DE"]);
  });

  it("groups Delaware's eighth-monthly periods and dates each 3 working days after it ends", () => {
    const c = calendar(
      [
        post("2026-11-16", "40.00", Accounts.stateWithholdingPayable, "DE"),
        post("2026-11-19", "10.00", Accounts.stateWithholdingPayable, "DE"),
        post("2026-11-24", "45.00", Accounts.stateWithholdingPayable, "DE"),
      ],
      { stateFrequencies: { DE: "eighth_monthly" } },
    );
    const words =
      "DE withholding, frequency the state assigned (client setting); eighth-monthly: periods ending the 3rd, 7th, 11th, 15th, 19th, 22nd, 25th and last day of the month, due 3 business days after";
    expect(c.unscheduled).toEqual([]);
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate, d.rule, d.unverified])).toEqual([
      // The 16th–19th (a Thursday): Friday 20, Monday 23, Tuesday 24 November.
      ["SIT-DE-P-2026-11-19", "50.00", "2026-11-24", words, true],
      // The 23rd–25th (a Wednesday): Thanksgiving and Delaware's day after it are not working days.
      ["SIT-DE-P-2026-11-25", "45.00", "2026-12-02", `${words}; moved past a DE holiday`, true],
    ]);
  });

  it("dates a Kansas quad-monthly client's period ending the 21st 3 banking days after", () => {
    const c = calendar([post("2026-05-20", "70.00", Accounts.stateWithholdingPayable, "KS")], {
      stateFrequencies: { KS: "quad_monthly" },
    });
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate])).toEqual([
      // Thursday 21 May 2026; Memorial Day, Monday 25, is no banking day.
      ["SIT-KS-P-2026-05-21", "70.00", "2026-05-27"],
    ]);
  });

  it("groups semimonthly periods on the state's fixed days and says the rule it used", () => {
    const c = calendar(
      [
        post("2026-01-09", "40.00", Accounts.stateWithholdingPayable, "LA"),
        post("2026-01-15", "10.00", Accounts.stateWithholdingPayable, "LA"),
        post("2026-01-23", "45.00", Accounts.stateWithholdingPayable, "LA"),
      ],
      { stateFrequencies: { LA: "semimonthly" } },
    );
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate, d.rule])).toEqual([
      [
        "SIT-LA-SM-2026-01-15",
        "50.00",
        "2026-02-02",
        "LA withholding, frequency the state assigned (client setting); semimonthly: the 1st–15th by the last day of the month, the 16th–end by the 15th of the next",
      ],
      [
        "SIT-LA-SM-2026-01-31",
        "45.00",
        "2026-02-17",
        "LA withholding, frequency the state assigned (client setting); semimonthly: the 1st–15th by the last day of the month, the 16th–end by the 15th of the next",
      ],
    ]);
  });
});

describe("benefit and retirement remittances", () => {
  it("gives 401(k) deferrals 7 business days after each pay date and carrier premiums the 1st of the next month", () => {
    const c = calendar([
      post("2026-01-16", "120.00", Accounts.retirementDeferralsPayable),
      post("2026-01-16", "100.00", Accounts.section125PremiumsPayable),
      post("2026-01-30", "100.00", Accounts.section125PremiumsPayable),
      post("2026-01-30", "276.92", Accounts.employerBenefitsPayable),
    ]);
    expect(c.deposits.map((d) => [d.id, d.amount, d.dueDate])).toEqual([
      ["401K-2026-01-28", "120.00", "2026-01-28"],
      ["PREM-2026-02-02", "476.92", "2026-02-02"],
    ]);
  });

  it("uses the 15th business day of the next month as the plan's outer limit when the client sets it", () => {
    const c = calendar([post("2026-01-16", "120.00", Accounts.retirementDeferralsPayable)], {
      rules: { ...rules, retirement: { kind: "business_day_of_next_month", n: 15 } },
    });
    expect(c.deposits.map((d) => d.dueDate)).toEqual(["2026-02-23"]);
  });

  it("leaves net pay out: employees are paid on the pay date, not by deposit", () => {
    expect(calendar([post("2026-01-16", "1314.40", Accounts.netPayPayable)]).deposits).toEqual([]);
  });
});

describe("status and window", () => {
  const postings = [
    post("2026-01-16", "1000.00"),
    post("2026-02-13", "1000.00"),
    post("2026-03-13", "1000.00"),
  ];

  it("lists deposits due in the window as overdue, due or paid on the day asked", () => {
    const c = calendar(postings, {
      from: "2026-02-01",
      to: "2026-04-30",
      asOf: "2026-03-20",
      payments: [
        { depositId: "941-M-2026-01", paidOn: "2026-02-12", confirmation: "EFT-1", amount: "1000.00" },
      ],
    });
    expect(c.deposits.map((d) => [d.id, d.status])).toEqual([
      ["941-M-2026-01", "paid"],
      ["941-M-2026-02", "overdue"],
      ["941-M-2026-03", "due"],
    ]);
    expect(c.deposits[0]!.paid).toEqual({ confirmation: "EFT-1", paidOn: "2026-02-12", amount: "1000.00" });
    expect(c.totals).toEqual({ due: "1000.00", overdue: "1000.00", paid: "1000.00" });
  });

  it("shows what is still owed when a paid deposit's liability grew afterwards", () => {
    const c = calendar([...postings, post("2026-01-30", "250.00", undefined, null, "adjustment")], {
      from: "2026-02-01",
      to: "2026-02-28",
      asOf: "2026-02-20",
      payments: [
        { depositId: "941-M-2026-01", paidOn: "2026-02-12", confirmation: "EFT-1", amount: "1000.00" },
      ],
    });
    expect(c.deposits[0]).toMatchObject({
      id: "941-M-2026-01",
      amount: "1250.00",
      status: "paid",
      balance: "250.00",
    });
  });

  it("leaves out deposits due outside the window", () => {
    const c = calendar(postings, { from: "2026-03-01", to: "2026-03-31", asOf: "2026-03-01" });
    expect(c.deposits.map((d) => d.id)).toEqual(["941-M-2026-02"]);
  });
});

describe("deposit payment entry", () => {
  it("debits each liability of the deposit and credits the client's cash, balanced", () => {
    const c = calendar([
      post("2026-01-16", "150.00"),
      post("2026-01-16", "229.40", Accounts.socialSecurityEmployeePayable),
    ]);
    const entry = buildDepositPaymentEntry("12-3456789", c.deposits[0]!, "2026-02-10", "EFT-77");
    expect(assertBalanced(entry)).toEqual({ debit: "379.40", credit: "379.40" });
    expect(entry.lines.map((l) => [l.account, l.debit, l.credit, l.dueDate])).toEqual([
      [Accounts.federalIncomeTaxPayable, "150.00", "0.00", "2026-02-17"],
      [Accounts.socialSecurityEmployeePayable, "229.40", "0.00", "2026-02-17"],
      [Accounts.clientCashClearing, "0.00", "379.40", null],
    ]);
    expect(entry.entryDate).toBe("2026-02-10");
  });

  it("refuses a deposit with nothing to pay", () => {
    expect(() =>
      buildDepositPaymentEntry(
        "12-3456789",
        {
          id: "X",
          agency: "IRS",
          dueDate: "2026-02-17",
          lines: [{ account: Accounts.futaPayable, memo: null, amount: "0.00" }],
        },
        "2026-02-10",
        "C",
      ),
    ).toThrow(NothingToPayError);
  });
});

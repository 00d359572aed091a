import { describe, expect, it } from "vitest";
import { Accounts } from "../../../../src/core/ledger/accounts";
import { stateDepositOf, stateDue } from "../../../../src/core/ledger/state-deposits";
import {
  STATE_DEPOSIT_RULES,
  type StateWithholdingFrequency,
} from "../../../../src/core/tables/states/deposit-frequencies";

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

  it("ID: semimonthly filers pay the 1st–15th by the 20th and the 16th–end by the 5th of the next month", () => {
    expect(due("ID", "2026-04-10", { frequency: "semimonthly" })).toBe("2026-04-20");
    expect(due("ID", "2026-04-24", { frequency: "semimonthly" })).toBe("2026-05-05");
    // 20 September 2026 is a Sunday; 5 July 2026 is a Sunday.
    expect(due("ID", "2026-09-11", { frequency: "semimonthly" })).toBe("2026-09-21");
    expect(due("ID", "2026-06-26", { frequency: "semimonthly" })).toBe("2026-07-06");
  });

  it("WI: semimonthly filers pay the 1st–15th by the month's last day, the 16th–end by the 15th", () => {
    // 31 January 2026 is a Saturday; 15 February a Sunday and the 16th Presidents' Day.
    expect(due("WI", "2026-01-09", { frequency: "semimonthly" })).toBe("2026-02-02");
    expect(due("WI", "2026-01-23", { frequency: "semimonthly" })).toBe("2026-02-17");
    expect(due("WI", "2026-04-10", { frequency: "semimonthly" })).toBe("2026-04-30");
  });

  it("marks a table verified only when every figure was read in the state's own text", () => {
    for (const [state, unverified] of [
      ["VT", false],
      ["DC", false],
      ["LA", false],
      ["ME", false],
      ["MS", false],
      ["WV", false],
      ["ID", true],
      ["ND", true],
      ["SC", true],
      ["AR", true],
      ["DE", true],
      ["HI", true],
      ["IA", true],
      ["IN", true],
      ["KS", true],
      ["MT", true],
      ["NE", true],
      ["NM", true],
      ["OK", true],
      ["RI", true],
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

/** Why the tables refuse to date one withholding posting, or null when they date it. */
function refusal(state: string, payDate: string, frequency: StateWithholdingFrequency): string | null {
  const of = stateDepositOf(
    { account: Accounts.stateWithholdingPayable, memo: state, payDate },
    { clientState: state, stateFrequencies: { [state]: frequency }, form941ScheduleByYear: {} },
  );
  return of !== null && "refused" in of ? of.refused : null;
}

// Decision 0034: the sixteen states that were left to the generic date, each worked by hand from its
// own rule text on the 2026 calendar (Presidents' Day 16 February, Memorial Day 25 May, Columbus Day
// 12 October, Veterans Day 11 November, Christmas 25 December are legal holidays).
describe("withholding due dates of the states that were on the generic date", () => {
  it("AR: every employer monthly by the 15th; no quarterly row to guess with", () => {
    // 15 March 2026 is a Sunday.
    expect(due("AR", "2026-02-20")).toBe("2026-03-16");
    expect(due("AR", "2026-04-10")).toBe("2026-05-15");
    expect(refusal("AR", "2026-04-10", "quarterly")).toBe("deposit frequency quarterly not known for AR");
  });

  it("DC: monthly by the 20th of the next month, quarterly by the 20th after the quarter", () => {
    expect(due("DC", "2026-01-23")).toBe("2026-02-20");
    // 20 June 2026 is a Saturday.
    expect(due("DC", "2026-05-29")).toBe("2026-06-22");
    expect(due("DC", "2026-05-29", { frequency: "quarterly" })).toBe("2026-07-20");
  });

  it("DE: monthly by the 15th, quarterly by the last day of the month after; no semiweekly row", () => {
    // 15 February 2026 is a Sunday and the 16th Presidents' Day.
    expect(due("DE", "2026-01-23")).toBe("2026-02-17");
    expect(due("DE", "2026-02-13", { frequency: "quarterly" })).toBe("2026-04-30");
    // 31 October 2026 is a Saturday.
    expect(due("DE", "2026-08-14", { frequency: "quarterly" })).toBe("2026-11-02");
    expect(refusal("DE", "2026-08-14", "semiweekly")).toBe("deposit frequency semiweekly not known for DE");
  });

  it("HI: monthly by the 15th, quarterly by the 15th after the quarter, semiweekly as the federal dates", () => {
    expect(due("HI", "2026-02-20")).toBe("2026-03-16");
    expect(due("HI", "2026-05-15", { frequency: "quarterly" })).toBe("2026-07-15");
    // A Thursday payday by the next Wednesday, a Monday payday by the Friday.
    expect(due("HI", "2026-03-05", { frequency: "semiweekly" })).toBe("2026-03-11");
    expect(due("HI", "2026-03-09", { frequency: "semiweekly" })).toBe("2026-03-13");
  });

  it("IA: semimonthly by the 25th and the 10th, monthly by the 15th with the quarter's last month on the return", () => {
    // 25 January 2026 is a Sunday.
    expect(due("IA", "2026-01-09", { frequency: "semimonthly" })).toBe("2026-01-26");
    expect(due("IA", "2026-01-23", { frequency: "semimonthly" })).toBe("2026-02-10");
    // 25 December 2026 is Christmas, a Friday.
    expect(due("IA", "2026-12-11", { frequency: "semimonthly" })).toBe("2026-12-28");
    expect(due("IA", "2026-02-20")).toBe("2026-03-16");
    expect(due("IA", "2026-03-20")).toBe("2026-04-30");
    // 31 October 2026 is a Saturday.
    expect(due("IA", "2026-07-10", { frequency: "quarterly" })).toBe("2026-11-02");
  });

  it("IN: monthly 20 days after the month, which is the 20th of the next", () => {
    expect(due("IN", "2026-06-12")).toBe("2026-07-20");
    // 20 June 2026 is a Saturday.
    expect(due("IN", "2026-05-29")).toBe("2026-06-22");
  });

  it("KS: semimonthly by the 25th and the 10th, monthly by the 15th, quarterly by the 25th", () => {
    expect(due("KS", "2026-08-14", { frequency: "semimonthly" })).toBe("2026-08-25");
    // 25 October 2026 is a Sunday.
    expect(due("KS", "2026-10-09", { frequency: "semimonthly" })).toBe("2026-10-26");
    // 10 October 2026 is a Saturday and the 12th Columbus Day.
    expect(due("KS", "2026-09-25", { frequency: "semimonthly" })).toBe("2026-10-13");
    expect(due("KS", "2026-05-22")).toBe("2026-06-15");
    // 25 April 2026 is a Saturday.
    expect(due("KS", "2026-03-20", { frequency: "quarterly" })).toBe("2026-04-27");
  });

  it("LA: semimonthly by the month's end and the 15th, monthly by the last day of the next month", () => {
    // 31 January 2026 is a Saturday.
    expect(due("LA", "2026-01-09", { frequency: "semimonthly" })).toBe("2026-02-02");
    // 15 February 2026 is a Sunday and the 16th Presidents' Day.
    expect(due("LA", "2026-01-23", { frequency: "semimonthly" })).toBe("2026-02-17");
    expect(due("LA", "2026-02-20")).toBe("2026-03-31");
    expect(due("LA", "2026-09-25")).toBe("2026-11-02");
    expect(due("LA", "2026-02-20", { frequency: "quarterly" })).toBe("2026-04-30");
  });

  it("ME: quarterly with the 941ME by the last day of the month after, semiweekly Wednesday or Friday", () => {
    // 31 January 2026 is a Saturday.
    expect(due("ME", "2025-12-19")).toBe("2026-02-02");
    expect(due("ME", "2026-03-06", { frequency: "semiweekly" })).toBe("2026-03-11");
    // A Wednesday payday is due the next Wednesday, here Veterans Day: the next business day.
    expect(due("ME", "2026-11-04", { frequency: "semiweekly" })).toBe("2026-11-12");
  });

  it("MS: the 15th of the month after the period, monthly or quarterly", () => {
    expect(due("MS", "2026-01-23")).toBe("2026-02-17");
    expect(due("MS", "2026-04-10", { frequency: "quarterly" })).toBe("2026-07-15");
  });

  it("MT: monthly by the 15th; accelerated payers on the federal dates", () => {
    // 15 August 2026 is a Saturday.
    expect(due("MT", "2026-07-17")).toBe("2026-08-17");
    expect(due("MT", "2026-03-06", { frequency: "follows_federal", schedule: "semiweekly" })).toBe(
      "2026-03-11",
    );
    expect(due("MT", "2026-03-06", { frequency: "follows_federal", schedule: "monthly" })).toBe("2026-04-15");
  });

  it("NE: monthly deposits by the 15th for two months, the third with the 941N; quarterly filers by the last day", () => {
    expect(due("NE", "2026-01-23")).toBe("2026-02-17");
    expect(due("NE", "2026-03-20")).toBe("2026-04-30");
    expect(due("NE", "2026-05-15", { frequency: "quarterly" })).toBe("2026-07-31");
    // 31 October 2026 is a Saturday.
    expect(due("NE", "2026-08-14", { frequency: "quarterly" })).toBe("2026-11-02");
  });

  it("NM: by the 25th of the month after the month, or after the quarter", () => {
    expect(due("NM", "2026-01-23")).toBe("2026-02-25");
    // 25 October 2026 is a Sunday; 25 April 2026 a Saturday.
    expect(due("NM", "2026-09-25")).toBe("2026-10-26");
    expect(due("NM", "2026-03-20", { frequency: "quarterly" })).toBe("2026-04-27");
  });

  it("OK: monthly by the 20th, quarterly by the 20th after the quarter, semiweekly as federal", () => {
    expect(due("OK", "2026-05-29")).toBe("2026-06-22");
    expect(due("OK", "2026-05-29", { frequency: "quarterly" })).toBe("2026-07-20");
    expect(due("OK", "2026-03-05", { frequency: "semiweekly" })).toBe("2026-03-11");
  });

  it("RI: weekly Sunday–Saturday weeks by the next banking day, Tuesday when Monday is a holiday", () => {
    expect(due("RI", "2026-03-06", { frequency: "weekly" })).toBe("2026-03-09");
    expect(due("RI", "2026-03-07", { frequency: "weekly" })).toBe("2026-03-09");
    expect(due("RI", "2026-03-08", { frequency: "weekly" })).toBe("2026-03-16");
    // Monday 19 January 2026 is Martin Luther King Jr. Day.
    expect(due("RI", "2026-01-16", { frequency: "weekly" })).toBe("2026-01-20");
    expect(due("RI", "2026-01-23")).toBe("2026-02-20");
    expect(due("RI", "2026-01-23", { frequency: "quarterly" })).toBe("2026-04-30");
  });

  it("WV: monthly by the 15th, December's in January; no quarterly payment row", () => {
    expect(due("WV", "2026-01-23")).toBe("2026-02-17");
    expect(due("WV", "2026-12-18")).toBe("2027-01-15");
    expect(refusal("WV", "2026-12-18", "quarterly")).toBe("deposit frequency quarterly not known for WV");
  });

  it("RI: employee TDI travels with the quarterly TX-17, whatever the client's own state", () => {
    const of = stateDepositOf(
      { account: Accounts.stateProgramsPayable, memo: "RI_TDI", payDate: "2026-08-14" },
      { clientState: "MA", stateFrequencies: {}, form941ScheduleByYear: {} },
    );
    if (of === null || "refused" in of) throw new Error("RI_TDI not dated");
    expect([of.kind, of.state, of.due.key, of.due.dueDate]).toEqual([
      "unemployment",
      "RI",
      "2026Q3",
      "2026-11-02",
    ]);
  });

  it("dates these states' unemployment contributions by the last day of the month after the quarter", () => {
    for (const state of [
      "AR",
      "DC",
      "DE",
      "HI",
      "IA",
      "IN",
      "KS",
      "LA",
      "ME",
      "MS",
      "MT",
      "NE",
      "NM",
      "OK",
      "RI",
      "WV",
    ]) {
      // 31 October 2026 is a Saturday.
      expect(due(state, "2026-08-14", { suta: true }), state).toBe("2026-11-02");
    }
  });
});

/** The whole deposit the tables give one state withholding posting. */
function deposit(state: string, payDate: string, frequency?: StateWithholdingFrequency) {
  const of = stateDepositOf(
    { account: Accounts.stateWithholdingPayable, memo: state, payDate },
    {
      clientState: state,
      stateFrequencies: frequency ? { [state]: frequency } : {},
      form941ScheduleByYear: {},
    },
  );
  if (of === null || "refused" in of) throw new Error(`no deposit for ${state} ${payDate}`);
  return of;
}

// Worked by hand on the 2026–2028 calendars (Delaware's own holidays: Good Friday 3 April 2026, the
// General Election 3 November 2026, the day after Thanksgiving 27 November 2026).
describe("DE eighth-monthly (W-1A): periods ending the 3rd, 7th, 11th, 15th, 19th, 22nd, 25th and last day", () => {
  it("puts each pay date in the period ending on the next of those days", () => {
    const periods: [string, string][] = [
      ["2026-06-01", "2026-06-03"],
      ["2026-06-03", "2026-06-03"],
      ["2026-06-04", "2026-06-07"],
      ["2026-06-08", "2026-06-11"],
      ["2026-06-12", "2026-06-15"],
      ["2026-06-16", "2026-06-19"],
      ["2026-06-20", "2026-06-22"],
      ["2026-06-23", "2026-06-25"],
      ["2026-06-26", "2026-06-30"],
      ["2026-07-31", "2026-07-31"],
    ];
    for (const [payDate, periodEnd] of periods)
      expect(deposit("DE", payDate, "eighth_monthly").due.key, payDate).toBe(`P-${periodEnd}`);
  });

  it("ends February's last period on the 28th, or the 29th in a leap year", () => {
    // Saturday 28 February 2026: Monday 2, Tuesday 3, Wednesday 4 March.
    expect(deposit("DE", "2026-02-26", "eighth_monthly").due).toMatchObject({
      key: "P-2026-02-28",
      dueDate: "2026-03-04",
    });
    // Tuesday 29 February 2028: Wednesday 1, Thursday 2, Friday 3 March.
    expect(deposit("DE", "2028-02-29", "eighth_monthly").due).toMatchObject({
      key: "P-2028-02-29",
      dueDate: "2028-03-03",
    });
    expect(deposit("DE", "2026-02-25", "eighth_monthly").due.key).toBe("P-2026-02-25");
  });

  it("is due 3 working days after the period, skipping weekends, federal and Delaware holidays", () => {
    // Monday 15 June 2026: Tuesday 16, Wednesday 17, Thursday 18.
    expect(due("DE", "2026-06-12", { frequency: "eighth_monthly" })).toBe("2026-06-18");
    // Friday 3 July 2026 (Independence Day observed) ends a period: Monday 6, Tuesday 7, Wednesday 8.
    expect(due("DE", "2026-07-02", { frequency: "eighth_monthly" })).toBe("2026-07-08");
    // Thursday 15 January 2026: Friday 16, then the weekend and Martin Luther King Day (Monday 19),
    // Tuesday 20, Wednesday 21.
    expect(due("DE", "2026-01-15", { frequency: "eighth_monthly" })).toBe("2026-01-21");
    // Tuesday 31 March 2026: Wednesday 1, Thursday 2, then Good Friday (3 April, a Delaware holiday
    // only), Monday 6.
    expect(due("DE", "2026-03-28", { frequency: "eighth_monthly" })).toBe("2026-04-06");
    // Saturday 31 October 2026: Monday 2, then the General Election (Tuesday 3), Wednesday 4, Thursday 5.
    expect(due("DE", "2026-10-30", { frequency: "eighth_monthly" })).toBe("2026-11-05");
  });
});

describe("KS quad-monthly: periods ending the 7th, 15th, 21st and last day, due 3 banking days after", () => {
  it("puts each pay date in its period, February's last ending on the 28th", () => {
    const periods: [string, string][] = [
      ["2026-02-01", "2026-02-07"],
      ["2026-02-07", "2026-02-07"],
      ["2026-02-08", "2026-02-15"],
      ["2026-02-16", "2026-02-21"],
      ["2026-02-22", "2026-02-28"],
      ["2028-02-27", "2028-02-29"],
      ["2026-03-30", "2026-03-31"],
    ];
    for (const [payDate, periodEnd] of periods)
      expect(deposit("KS", payDate, "quad_monthly").due.key, payDate).toBe(`P-${periodEnd}`);
  });

  it("counts 3 banking days past weekends and federal holidays", () => {
    // Saturday 28 February 2026: Monday 2, Tuesday 3, Wednesday 4 March.
    expect(due("KS", "2026-02-22", { frequency: "quad_monthly" })).toBe("2026-03-04");
    // Saturday 7 February 2026: Monday 9, Tuesday 10, Wednesday 11.
    expect(due("KS", "2026-02-02", { frequency: "quad_monthly" })).toBe("2026-02-11");
    // Sunday 15 February 2026, then Presidents' Day: Tuesday 17, Wednesday 18, Thursday 19.
    expect(due("KS", "2026-02-13", { frequency: "quad_monthly" })).toBe("2026-02-19");
    // Thursday 21 May 2026: Friday 22, then the weekend and Memorial Day, Tuesday 26, Wednesday 27.
    expect(due("KS", "2026-05-21", { frequency: "quad_monthly" })).toBe("2026-05-27");
    // Monday 30 November 2026: Tuesday 1, Wednesday 2, Thursday 3 December.
    expect(due("KS", "2026-11-25", { frequency: "quad_monthly" })).toBe("2026-12-03");
  });

  it("says which periods and how many banking days", () => {
    expect(deposit("KS", "2026-02-10", "quad_monthly").due.words).toBe(
      "quad-monthly: periods ending the 7th, 15th, 21st and last day of the month, due 3 business days after",
    );
  });

  it("is a Delaware or Kansas frequency only: another state lists it unscheduled", () => {
    expect(refusal("DE", "2026-02-10", "quad_monthly")).toBe(
      "deposit frequency quad_monthly not known for DE",
    );
    expect(refusal("KS", "2026-02-10", "eighth_monthly")).toBe(
      "deposit frequency eighth_monthly not known for KS",
    );
    expect(refusal("PA", "2026-02-10", "eighth_monthly")).toBe(
      "deposit frequency eighth_monthly not known for PA",
    );
  });
});

describe("states' own holidays move their withholding due dates", () => {
  it("RI: a weekly deposit due on Victory Day or on Independence Day kept on Monday moves to Tuesday", () => {
    // Week ending Saturday 8 August 2026; Monday 10 August is Victory Day.
    expect(due("RI", "2026-08-07", { frequency: "weekly" })).toBe("2026-08-11");
    // Week ending Saturday 4 July 2026: Rhode Island keeps Independence Day on Monday 6 July (the
    // federal holiday is Friday 3 July).
    expect(due("RI", "2026-07-02", { frequency: "weekly" })).toBe("2026-07-07");
    // Week ending Saturday 31 October 2026; Tuesday 3 November is Election Day, Monday 2 is not.
    expect(due("RI", "2026-10-30", { frequency: "weekly" })).toBe("2026-11-02");
    // Christmas 2027 is a Saturday: the federal holiday is Friday 24, Rhode Island's Monday 27.
    expect(due("RI", "2027-12-24", { frequency: "weekly" })).toBe("2027-12-28");
  });

  it("RI: says the date moved past a Rhode Island holiday and keeps the deposit unverified", () => {
    const of = deposit("RI", "2026-08-07", "weekly");
    expect(of.due.words).toBe(
      "weekly: Sunday–Saturday weeks by the next business day; moved past a RI holiday",
    );
    expect(of.unverified).toBe(true);
    expect(deposit("RI", "2026-08-14", "weekly").due.words).toBe(
      "weekly: Sunday–Saturday weeks by the next business day",
    );
  });

  it("DE: the day after Thanksgiving is no working day for Delaware, though it is for the IRS", () => {
    // Wednesday 25 November 2026 ends a period: Thursday Thanksgiving, Friday Delaware's holiday,
    // Monday 30 (1), Tuesday 1 December (2), Wednesday 2 (3).
    expect(due("DE", "2026-11-24", { frequency: "eighth_monthly" })).toBe("2026-12-02");
    // The same rule without Delaware's holidays counts that Friday.
    const rule = STATE_DEPOSIT_RULES.DE?.at(-1)?.value.withholding?.frequencies.eighth_monthly;
    if (!rule) throw new Error("no DE eighth-monthly row");
    expect(stateDue(rule, "2026-11-24", "monthly").dueDate).toBe("2026-12-01");
  });

  it("IA: a semimonthly date is unmoved by Iowa's holidays when none falls on it", () => {
    expect(due("IA", "2026-01-23", { frequency: "semimonthly" })).toBe("2026-02-10");
    expect(deposit("IA", "2026-01-23", "semimonthly").due.words).not.toContain("holiday");
  });

  it("moves a state's withholding only: unemployment contributions keep the weekend and federal roll", () => {
    // 2 November 2026 is a Monday: no state or federal holiday either way.
    expect(due("RI", "2026-08-14", { suta: true })).toBe("2026-11-02");
    const ui = stateDepositOf(
      { account: Accounts.sutaPayable, memo: null, payDate: "2026-08-14" },
      { clientState: "RI", stateFrequencies: {}, form941ScheduleByYear: {} },
    );
    if (ui === null || "refused" in ui) throw new Error("RI UI not dated");
    expect(ui.due.words).toBe("quarterly: by the last day of the month after the quarter");
  });

  it("says so when a due date falls in a year the state's holiday list does not cover", () => {
    // Week ending Saturday 12 August 2028; Victory Day (14 August 2028) is not in the table.
    const of = deposit("RI", "2028-08-11", "weekly");
    expect(of.due.dueDate).toBe("2028-08-14");
    expect(of.due.words).toBe(
      "weekly: Sunday–Saturday weeks by the next business day; RI's own holidays for 2028 are not in the table",
    );
  });
});

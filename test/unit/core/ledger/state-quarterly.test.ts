import { describe, expect, it } from "vitest";
import { buildStateQuarterlyReports, stateQuarterlyCsv } from "../../../../src/core/ledger/state-quarterly";
import { paycheck } from "./fixtures";

const base = paycheck();
const quarter = [
  // e1 in PA over the 12th of January and of March; the second paycheck crosses the wage base.
  paycheck({ employeeId: "e1", payDate: "2026-01-16", periodStart: "2026-01-03", periodEnd: "2026-01-16" }),
  paycheck({
    employeeId: "e1",
    payDate: "2026-03-13",
    periodStart: "2026-02-28",
    periodEnd: "2026-03-13",
    taxableWages: { ...base.taxableWages, suta: "1000.00" },
    employerTaxes: { ...base.employerTaxes, suta: "30.70" },
  }),
  paycheck({
    employeeId: "e2",
    payDate: "2026-02-13",
    periodStart: "2026-01-31",
    periodEnd: "2026-02-13",
    workState: "NJ",
  }),
  paycheck({ employeeId: "e1", payDate: "2026-04-03" }),
];

describe("buildStateQuarterlyReports", () => {
  it("gives each state its employees' UI and withholding lines, with totals that sum them", () => {
    const [nj, pa] = buildStateQuarterlyReports("2026Q1", quarter);
    expect(nj!.state).toBe("NJ");
    expect(pa!.employees).toEqual([
      {
        employeeId: "e1",
        grossWages: "4000.00",
        uiTotalWages: "3700.00",
        uiExcessWages: "850.00",
        uiTaxableWages: "2850.00",
        stateTaxableWages: "3760.00",
        stateIncomeTax: "115.44",
        employedOnTwelfth: [true, false, true],
      },
    ]);
    expect(pa!.totals).toEqual({
      employees: 1,
      grossWages: "4000.00",
      uiTotalWages: "3700.00",
      uiExcessWages: "850.00",
      uiTaxableWages: "2850.00",
      uiContributions: "87.50",
      stateTaxableWages: "3760.00",
      stateIncomeTax: "115.44",
      monthEmployment: [1, 0, 1],
    });
    // e2 was paid for 31 January – 13 February, which includes 12 February only.
    expect(nj!.totals.monthEmployment).toEqual([0, 1, 0]);
  });

  it("writes a CSV row per employee and state, naming employees by the label given", () => {
    const csv = stateQuarterlyCsv("12-3456789", buildStateQuarterlyReports("2026Q1", quarter), (id) =>
      id.toUpperCase(),
    )
      .trimEnd()
      .split("\n");
    expect(csv).toHaveLength(3);
    expect(csv[2]).toBe("12-3456789,2026Q1,PA,E1,4000.00,3700.00,850.00,2850.00,3760.00,115.44,1,0,1");
  });
});

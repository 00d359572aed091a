import { isoDate, parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { quarterRange } from "./business-days";
import { parseQuarter } from "./form-941";
import type { PaycheckFigures } from "./paycheck-figures";

/** One employee's quarter in one state: the unemployment wage report line and the withholding line. */
export type StateQuarterEmployee = {
  employeeId: string;
  grossWages: string;
  /** Wages subject to unemployment insurance (gross less Section 125, as the engine taxes them). */
  uiTotalWages: string;
  /** The part over the state's wage base. */
  uiExcessWages: string;
  /** The part under it, on which the employer's contribution is due. */
  uiTaxableWages: string;
  stateTaxableWages: string;
  stateIncomeTax: string;
  /** Paid for a pay period including the 12th of the quarter's first, second, third month. */
  employedOnTwelfth: [boolean, boolean, boolean];
};

/** A state's quarterly withholding and unemployment wage report for one client. */
export type StateQuarterReport = {
  state: string;
  quarter: string;
  employees: StateQuarterEmployee[];
  totals: {
    employees: number;
    grossWages: string;
    uiTotalWages: string;
    uiExcessWages: string;
    uiTaxableWages: string;
    /** The employer's contributions the paychecks recorded. */
    uiContributions: string;
    stateTaxableWages: string;
    stateIncomeTax: string;
    /** Employees counted on the 12th of each month (the state UI employment counts). */
    monthEmployment: [number, number, number];
  };
};

/**
 * Each state's quarterly report for a client from the quarter's posted paychecks (by pay date), one
 * per state the paychecks were paid in, states in order and employees in the order given by `order`
 * (e.g. external ids). Totals are the sums of the employee lines.
 * @see ICESA / NASWA quarterly wage reporting (S and T records); each state's withholding return
 */
export function buildStateQuarterlyReports(
  quarterKey: string,
  paychecks: Iterable<PaycheckFigures>,
  order: (employeeId: string) => string = (id) => id,
): StateQuarterReport[] {
  const q = parseQuarter(quarterKey);
  if (!q) throw new Error(`not a quarter: ${quarterKey}`);
  const { start, end } = quarterRange(q.year, q.quarter);
  const firstMonth = parts(start).month;
  const twelfths = [0, 1, 2].map((i) => isoDate(q.year, firstMonth + i, 12));
  type Acc = {
    gross: Money;
    ui: Money;
    taxable: Money;
    contrib: Money;
    stateWages: Money;
    stateTax: Money;
    twelfth: [boolean, boolean, boolean];
  };
  const byState = new Map<string, Map<string, Acc>>();
  for (const p of paychecks) {
    if (p.payDate < start || p.payDate > end) continue;
    const employees = byState.get(p.workState) ?? new Map<string, Acc>();
    byState.set(p.workState, employees);
    const a = employees.get(p.employeeId) ?? {
      gross: Money.zero(),
      ui: Money.zero(),
      taxable: Money.zero(),
      contrib: Money.zero(),
      stateWages: Money.zero(),
      stateTax: Money.zero(),
      twelfth: [false, false, false],
    };
    employees.set(p.employeeId, a);
    a.gross = a.gross.plus(Money.of(p.gross));
    a.ui = a.ui.plus(Money.of(p.taxableWages.medicare));
    a.taxable = a.taxable.plus(Money.of(p.taxableWages.suta));
    a.contrib = a.contrib.plus(Money.of(p.employerTaxes.suta));
    a.stateWages = a.stateWages.plus(Money.of(p.taxableWages.state));
    a.stateTax = a.stateTax.plus(Money.of(p.employeeTaxes.stateIncomeTax));
    twelfths.forEach((day, i) => {
      if (p.periodStart <= day && p.periodEnd >= day) a.twelfth[i] = true;
    });
  }
  return [...byState.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([state, employees]) => {
      const lines = [...employees.entries()]
        .sort(([x], [y]) => order(x).localeCompare(order(y)))
        .map(([employeeId, a]) => ({
          employeeId,
          grossWages: a.gross.toFixed(),
          uiTotalWages: a.ui.toFixed(),
          uiExcessWages: a.ui.minus(a.taxable).toFixed(),
          uiTaxableWages: a.taxable.toFixed(),
          stateTaxableWages: a.stateWages.toFixed(),
          stateIncomeTax: a.stateTax.toFixed(),
          employedOnTwelfth: [...a.twelfth] as [boolean, boolean, boolean],
        }));
      const total = (pick: (l: StateQuarterEmployee) => string) =>
        lines.reduce((acc, l) => acc.plus(Money.of(pick(l))), Money.zero()).toFixed();
      const contributions = [...employees.values()].reduce((acc, a) => acc.plus(a.contrib), Money.zero());
      const count = (i: number) => lines.filter((l) => l.employedOnTwelfth[i]).length;
      return {
        state,
        quarter: quarterKey,
        employees: lines,
        totals: {
          employees: lines.length,
          grossWages: total((l) => l.grossWages),
          uiTotalWages: total((l) => l.uiTotalWages),
          uiExcessWages: total((l) => l.uiExcessWages),
          uiTaxableWages: total((l) => l.uiTaxableWages),
          uiContributions: contributions.toFixed(),
          stateTaxableWages: total((l) => l.stateTaxableWages),
          stateIncomeTax: total((l) => l.stateIncomeTax),
          monthEmployment: [count(0), count(1), count(2)],
        },
      };
    });
}

/** The reports as CSV, one row per employee and state (employee named by `label`, never an SSN). */
export function stateQuarterlyCsv(
  client: string,
  reports: readonly StateQuarterReport[],
  label: (employeeId: string) => string,
): string {
  const header =
    "client,quarter,state,employee,gross_wages,ui_total_wages,ui_excess_wages,ui_taxable_wages,state_taxable_wages,state_income_tax,month1,month2,month3";
  const rows = reports.flatMap((r) =>
    r.employees.map((e) =>
      [
        client,
        r.quarter,
        r.state,
        label(e.employeeId),
        e.grossWages,
        e.uiTotalWages,
        e.uiExcessWages,
        e.uiTaxableWages,
        e.stateTaxableWages,
        e.stateIncomeTax,
        ...e.employedOnTwelfth.map((b) => (b ? "1" : "0")),
      ].join(","),
    ),
  );
  return `${[header, ...rows].join("\n")}\n`;
}

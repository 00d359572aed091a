import { paycheckItemLabel } from "../ledger/paycheck-diff";
import { otherWithheldTaxes, type PaycheckFigures } from "../ledger/paycheck-figures";
import { Money } from "../money/money";
import { isPreTaxDeduction } from "../payroll/deductions";
import type { DocumentModel } from "./document-model";

export type PayStubInput = {
  employer: { name: string };
  employee: { name: string };
  /** The paycheck the stub is for. */
  paycheck: PaycheckFigures;
  /**
   * Every posted paycheck of the employee with the same employer in the paycheck's calendar year,
   * this one included (others with a later pay date are ignored): year to date is their sum.
   */
  yearPaychecks: readonly PaycheckFigures[];
  /** PTO hours by type as of the request (vacation, sick). */
  ptoBalances: Readonly<Record<string, string>>;
};

type Line = { code: string; amount: string };

function taxLines(f: PaycheckFigures): Line[] {
  return [
    ...Object.entries(f.employeeTaxes).map(([code, amount]) => ({ code, amount })),
    ...otherWithheldTaxes(f),
  ];
}

/** Current and year-to-date amounts per code, in the order codes first appear (current first). */
function rows(current: readonly Line[], year: readonly (readonly Line[])[]): string[][] {
  const order: string[] = [];
  const now = new Map<string, Money>();
  const ytd = new Map<string, Money>();
  for (const l of current) {
    if (!now.has(l.code)) order.push(l.code);
    now.set(l.code, (now.get(l.code) ?? Money.zero()).plus(Money.of(l.amount)));
  }
  for (const lines of year) {
    for (const l of lines) {
      if (!ytd.has(l.code) && !now.has(l.code)) order.push(l.code);
      ytd.set(l.code, (ytd.get(l.code) ?? Money.zero()).plus(Money.of(l.amount)));
    }
  }
  return order
    .filter((code) => !(now.get(code) ?? Money.zero()).isZero() || !(ytd.get(code) ?? Money.zero()).isZero())
    .map((code) => [
      paycheckItemLabel(code),
      (now.get(code) ?? Money.zero()).format(),
      (ytd.get(code) ?? Money.zero()).format(),
    ]);
}

/**
 * Deduction arrears, when the paycheck carried some in or left some: per deduction, what was taken of
 * arrears from earlier paychecks and what is carried to the next one (the deductions table above
 * already includes what was taken). A before-tax deduction says so: what it could not take was taxed
 * on this paycheck, and it is taken before tax when recovered.
 */
function arrearsSection(p: PaycheckFigures): DocumentModel["sections"] {
  const a = p.deductionArrears;
  if (!a) return [];
  const codes = [...new Set([...a.carriedIn, ...a.carriedOut].map((l) => l.code))];
  const amount = (lines: readonly Line[], code: string) =>
    Money.sum(lines.filter((l) => l.code === code).map((l) => Money.of(l.amount))).format();
  return [
    {
      kind: "table",
      heading: "Deduction arrears",
      columns: ["", "Owed from earlier paychecks", "Taken this paycheck", "Carried to next paycheck"],
      rows: codes.map((code) => [
        isPreTaxDeduction(code) ? `${paycheckItemLabel(code)} (before tax)` : paycheckItemLabel(code),
        amount(a.carriedIn, code),
        amount(a.taken, code),
        amount(a.carriedOut, code),
      ]),
    },
  ];
}

/**
 * A pay stub: this paycheck's earnings, employee taxes, deductions, gross and net, each beside its
 * year-to-date total (the stored figures summed, never recomputed), and the PTO balance. Pure.
 */
export function buildPayStub(input: PayStubInput): DocumentModel {
  const p = input.paycheck;
  const year = input.yearPaychecks.filter(
    (y) => y.payDate.slice(0, 4) === p.payDate.slice(0, 4) && y.payDate <= p.payDate,
  );
  const sum = (pick: (f: PaycheckFigures) => string) =>
    Money.sum(year.map((y) => Money.of(pick(y)))).format();
  const columns = ["", "This paycheck", "Year to date"];
  return {
    title: "Pay stub",
    header: [
      input.employer.name,
      input.employee.name,
      `Pay date ${p.payDate} · pay period ${p.periodStart} to ${p.periodEnd}`,
    ],
    sections: [
      {
        kind: "table",
        heading: "Earnings",
        columns,
        rows: rows(
          p.earnings,
          year.map((y) => y.earnings),
        ),
      },
      { kind: "table", heading: "Taxes withheld", columns, rows: rows(taxLines(p), year.map(taxLines)) },
      {
        kind: "table",
        heading: "Deductions",
        columns,
        rows: rows(
          p.deductions,
          year.map((y) => y.deductions),
        ),
      },
      ...arrearsSection(p),
      {
        kind: "table",
        heading: "Totals",
        columns,
        rows: [
          ["Gross pay", Money.of(p.gross).format(), sum((y) => y.gross)],
          ["Net pay", Money.of(p.net).format(), sum((y) => y.net)],
        ],
      },
      {
        kind: "table",
        heading: "Paid time off",
        columns: ["", "Balance (hours)"],
        rows: Object.entries(input.ptoBalances).map(([type, hours]) => [
          type.charAt(0).toUpperCase() + type.slice(1),
          hours,
        ]),
      },
    ],
    footer: `${input.employer.name} is the employer of record for this pay.`,
  };
}

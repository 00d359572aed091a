import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import type { PaycheckFigures } from "./paycheck-figures";

export type WorkersCompTerms = { classCode: string; ratePer100: string; experienceMod: string };

/** One line of the premium audit: the payroll and premium of one state, class code and rate. */
export type WorkersCompAuditLine = WorkersCompTerms & {
  state: string;
  employees: number;
  /** Remuneration under NCCI Rule 2 (the paychecks' workers' compensation wages). */
  payroll: string;
  /** payroll ÷ 100 × rate, rounded once to cents. */
  manualPremium: string;
  /** manualPremium's payroll × rate × experience mod, rounded once to cents. */
  modifiedPremium: string;
  /** What the paychecks accrued (each rounded to cents). */
  accruedPremium: string;
  /** accrued − modified: the paychecks' cent roundings, for the auditor to see. */
  difference: string;
  /** False when some paychecks predate recorded terms and were read with the client's current ones. */
  termsRecorded: boolean;
};

export type WorkersCompAudit = {
  from: string;
  to: string;
  lines: WorkersCompAuditLine[];
  totals: { payroll: string; modifiedPremium: string; accruedPremium: string };
};

const round = (m: Money) => m.round(RoundingRule.HalfUp);

/**
 * The workers' compensation premium audit for a period, from its posted paychecks (by pay date):
 * payroll by state and class code at each rate and experience mod, the premium those give, and the
 * premium the paychecks accrued. Paychecks stored without their terms are read with `current`.
 * @see NCCI Basic Manual Rule 2 (payroll) and Rule 3 (premium = payroll ÷ 100 × rate × experience mod)
 */
export function buildWorkersCompAudit(
  period: { from: string; to: string },
  paychecks: Iterable<PaycheckFigures>,
  current: WorkersCompTerms,
): WorkersCompAudit {
  type Acc = {
    terms: WorkersCompTerms;
    state: string;
    employees: Set<string>;
    payroll: Money;
    accrued: Money;
    recorded: boolean;
  };
  const groups = new Map<string, Acc>();
  for (const p of paychecks) {
    if (p.payDate < period.from || p.payDate > period.to) continue;
    const terms = p.workersComp ?? current;
    const key = [p.workState, terms.classCode, terms.ratePer100, terms.experienceMod].join("|");
    const acc = groups.get(key) ?? {
      terms,
      state: p.workState,
      employees: new Set<string>(),
      payroll: Money.zero(),
      accrued: Money.zero(),
      recorded: true,
    };
    groups.set(key, acc);
    acc.employees.add(p.employeeId);
    acc.payroll = acc.payroll.plus(Money.of(p.taxableWages.workersComp ?? p.gross));
    acc.accrued = acc.accrued.plus(Money.of(p.workersCompPremium));
    if (!p.workersComp) acc.recorded = false;
  }
  const lines = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => {
      const base = g.payroll.dividedBy(100).times(g.terms.ratePer100);
      const manual = round(base);
      const modified = round(base.times(g.terms.experienceMod));
      return {
        state: g.state,
        ...g.terms,
        employees: g.employees.size,
        payroll: g.payroll.toFixed(),
        manualPremium: manual.toFixed(),
        modifiedPremium: modified.toFixed(),
        accruedPremium: g.accrued.toFixed(),
        difference: g.accrued.minus(modified).toFixed(),
        termsRecorded: g.recorded,
      };
    });
  const total = (pick: (l: WorkersCompAuditLine) => string) =>
    lines.reduce((a, l) => a.plus(Money.of(pick(l))), Money.zero()).toFixed();
  return {
    from: period.from,
    to: period.to,
    lines,
    totals: {
      payroll: total((l) => l.payroll),
      modifiedPremium: total((l) => l.modifiedPremium),
      accruedPremium: total((l) => l.accruedPremium),
    },
  };
}

/** The audit as CSV: a header, then one row per line (money as decimal strings). */
export function workersCompAuditCsv(client: string, audit: WorkersCompAudit): string {
  const header =
    "client,from,to,state,class_code,rate_per_100,experience_mod,employees,payroll,manual_premium,modified_premium,accrued_premium,difference,terms_recorded";
  const rows = audit.lines.map((l) =>
    [
      client,
      audit.from,
      audit.to,
      l.state,
      l.classCode,
      l.ratePer100,
      l.experienceMod,
      l.employees,
      l.payroll,
      l.manualPremium,
      l.modifiedPremium,
      l.accruedPremium,
      l.difference,
      l.termsRecorded,
    ].join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}

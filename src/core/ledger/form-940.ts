import { parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { type Dated, pickDated } from "../tables/dated";
import type { FutaYear } from "../tables/us/futa";
import type { FutaCreditReductionYear } from "../tables/us/futa-credit-reduction";
import type { PaycheckFigures } from "./paycheck-figures";

/** Schedule A (Form 940): FUTA wages paid in each state, and the credit reduction for reduction states. */
export type ScheduleA = {
  /** False when the year's credit reduction states are not in the tables: line 11 is then unknown. */
  known: boolean;
  source: string | null;
  states: {
    state: string;
    futaWages: string;
    reductionRate: string | null;
    creditReduction: string | null;
  }[];
  total: string | null;
};

/** Form 940 lines 1–12 and 16–17 for a calendar year. Money is decimal strings. */
export type Form940 = {
  year: number;
  /** 1a: the one state when the employer paid state unemployment tax in one state; 1b: several. */
  line1a: string | null;
  line1b: boolean;
  line2: boolean;
  line3: string;
  line4: string;
  line5: string;
  line6: string;
  line7: string;
  line8: string;
  line9: string;
  line10: string;
  /** Total credit reduction from Schedule A; null when the year's reduction states are not known. */
  line11: string | null;
  line12: string;
  line16: { q1: string; q2: string; q3: string; q4: string };
  line17: string;
  scheduleA: ScheduleA;
  /** The FUTA the posted paychecks recorded (the ledger's liability), for reconciling with line 12. */
  ledgerFuta: string;
};

/** Form 940 line 8 rate, the FUTA wage base and the full state credit, from the FUTA table. */
export const FORM_940_FIGURES = {
  fullCredit: {
    effective: "2011-07-01",
    value: "0.054",
    source: "Instructions for Form 940 (2025), line 9: 5.4% credit for state unemployment tax",
  },
} as const satisfies Record<string, Dated<string>>;

const r = (m: Money) => m.round(RoundingRule.HalfUp);

/**
 * Form 940 from the year's posted paychecks (by pay date). Line 3 is gross pay; line 4 the payments
 * exempt from FUTA (Section 125 benefits: gross less the FUTA-subject wages, which the engine takes
 * as its Social Security/Medicare base); line 7 the FUTA taxable wages the paychecks recorded (each
 * employee's first $7,000); line 5 what lies between. Line 8 is line 7 × 0.6%; lines 9 and 10 are zero
 * (every wage is subject to state unemployment tax). Line 11 is Schedule A's total: FUTA wages paid in
 * each state × that state's credit reduction, rounded to cents per state. Lines 16a–c are each
 * quarter's FUTA wages × 0.6%; 16d takes the rest of line 12, credit reduction included, so line 17
 * equals line 12.
 * @see Instructions for Form 940 (2025), lines 1–17; Instructions for Schedule A (Form 940) (2025)
 */
export function buildForm940(
  year: number,
  paychecks: Iterable<PaycheckFigures>,
  tables: { futa: readonly Dated<FutaYear>[]; creditReductions: readonly Dated<FutaCreditReductionYear>[] },
): Form940 {
  const yearEnd = `${year}-12-31`;
  const futa = pickDated(tables.futa, yearEnd);
  if (!futa) throw new Error(`federal.futa: no table for ${year}`);
  const picked = pickDated(tables.creditReductions, yearEnd);
  // Only the year's own list counts: a credit reduction is never carried into another year.
  const reductions = picked?.effective.startsWith(`${year}-`) ? picked : undefined;
  const known = reductions !== undefined;
  let gross = Money.zero();
  let subject = Money.zero();
  let taxable = Money.zero();
  let ledgerFuta = Money.zero();
  const quarters = [Money.zero(), Money.zero(), Money.zero(), Money.zero()];
  const byState = new Map<string, Money>();
  const sutaStates = new Set<string>();
  for (const p of paychecks) {
    if (!p.payDate.startsWith(`${year}-`)) continue;
    gross = gross.plus(Money.of(p.gross));
    subject = subject.plus(Money.of(p.taxableWages.medicare));
    const wages = Money.of(p.taxableWages.futa);
    taxable = taxable.plus(wages);
    ledgerFuta = ledgerFuta.plus(Money.of(p.employerTaxes.futa));
    const q = Math.floor((parts(p.payDate).month - 1) / 3);
    quarters[q] = quarters[q]!.plus(wages);
    byState.set(p.workState, (byState.get(p.workState) ?? Money.zero()).plus(wages));
    if (!Money.of(p.taxableWages.suta).isZero() || !Money.of(p.employerTaxes.suta).isZero())
      sutaStates.add(p.workState);
  }
  const rate = futa.value.netRate;
  const line4 = gross.minus(subject);
  const line5 = subject.minus(taxable);
  const line6 = line4.plus(line5);
  const line7 = gross.minus(line6);
  const line8 = r(line7.times(rate));
  const states = [...byState.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, wages]) => {
      if (!known) return { state, futaWages: wages.toFixed(), reductionRate: null, creditReduction: null };
      const reductionRate = reductions.value.states[state] ?? null;
      return {
        state,
        futaWages: wages.toFixed(),
        reductionRate,
        creditReduction: reductionRate === null ? null : r(wages.times(reductionRate)).toFixed(),
      };
    });
  const reductionTotal = states.reduce((a, s) => a.plus(Money.of(s.creditReduction ?? "0")), Money.zero());
  const line11 = known ? reductionTotal : null;
  const line12 = line8.plus(line11 ?? Money.zero());
  const q = quarters.map((w) => r(w.times(rate)));
  const q4 = line12.minus(q[0]!).minus(q[1]!).minus(q[2]!);
  const withState = [...sutaStates].sort();
  const zero = Money.zero().toFixed();
  return {
    year,
    line1a: withState.length === 1 ? withState[0]! : null,
    line1b: withState.length > 1,
    line2: known && states.some((s) => s.reductionRate !== null),
    line3: gross.toFixed(),
    line4: line4.toFixed(),
    line5: line5.toFixed(),
    line6: line6.toFixed(),
    line7: line7.toFixed(),
    line8: line8.toFixed(),
    line9: zero,
    line10: zero,
    line11: line11 === null ? null : line11.toFixed(),
    line12: line12.toFixed(),
    line16: { q1: q[0]!.toFixed(), q2: q[1]!.toFixed(), q3: q[2]!.toFixed(), q4: q4.toFixed() },
    line17: line12.toFixed(),
    scheduleA: {
      known,
      source: known ? reductions.source : null,
      states,
      total: line11 === null ? null : line11.toFixed(),
    },
    ledgerFuta: ledgerFuta.toFixed(),
  };
}

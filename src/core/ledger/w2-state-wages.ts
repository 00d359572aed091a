import { Money } from "../money/money";
import { pickDated } from "../tables/dated";
import { NO_WAGE_TAX_STATES } from "../tables/states/no-tax";
import type { PaycheckFigures } from "./paycheck-figures";

/** W-2 boxes 15–17 for one state: the state, its taxable wages and the income tax withheld for it. */
export type W2StateLine = { state: string; wages: string; tax: string };

/**
 * Boxes 15–17 per employee for a calendar year, from the year's posted paychecks (by pay date): one
 * line per state the employee's wages were taxed in, in state order. A state with no tax on wages
 * gets no line (there is nothing withheld to report to it).
 * @see General Instructions for Forms W-2 and W-3 (2026), boxes 15–17
 */
export function buildW2StateLines(
  year: number,
  paychecks: Iterable<PaycheckFigures>,
): Map<string, W2StateLine[]> {
  const noTax = new Set(pickDated([NO_WAGE_TAX_STATES], `${year}-12-31`)?.value ?? []);
  const acc = new Map<string, Map<string, { wages: Money; tax: Money }>>();
  for (const p of paychecks) {
    if (!p.payDate.startsWith(`${year}-`) || noTax.has(p.workState)) continue;
    const byState = acc.get(p.employeeId) ?? new Map<string, { wages: Money; tax: Money }>();
    acc.set(p.employeeId, byState);
    const line = byState.get(p.workState) ?? { wages: Money.zero(), tax: Money.zero() };
    byState.set(p.workState, {
      wages: line.wages.plus(Money.of(p.taxableWages.state)),
      tax: line.tax.plus(Money.of(p.employeeTaxes.stateIncomeTax)),
    });
  }
  const out = new Map<string, W2StateLine[]>();
  for (const [employeeId, byState] of acc)
    out.set(
      employeeId,
      [...byState.entries()]
        .filter(([, l]) => !l.wages.isZero() || !l.tax.isZero())
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([state, l]) => ({ state, wages: l.wages.toFixed(), tax: l.tax.toFixed() })),
    );
  return out;
}

/** W-2 boxes 18–20 for one locality and tax: local wages, the local tax withheld, the locality. */
export type W2LocalLine = { state: string; locality: string; wages: string; tax: string };

/**
 * Boxes 18–20 per employee for a calendar year: one line per locality code and local tax, in code
 * order. The locality name is the locality code (`PA:700102`), with ` LST` for Pennsylvania's local
 * services tax, a head tax with no wages, so that it is not read as a second earned income tax.
 * Paychecks posted before local wages were kept count their tax with no wages.
 * @see General Instructions for Forms W-2 and W-3 (2026), boxes 18–20
 */
export function buildW2LocalLines(
  year: number,
  paychecks: Iterable<PaycheckFigures>,
): Map<string, W2LocalLine[]> {
  const acc = new Map<string, Map<string, { state: string; wages: Money; tax: Money }>>();
  for (const p of paychecks) {
    if (!p.payDate.startsWith(`${year}-`)) continue;
    for (const l of p.localTaxes ?? []) {
      const byLocality =
        acc.get(p.employeeId) ?? new Map<string, { state: string; wages: Money; tax: Money }>();
      acc.set(p.employeeId, byLocality);
      const locality = l.code === "PA_LST" ? `${l.jurisdiction} LST` : l.jurisdiction;
      const line = byLocality.get(locality) ?? {
        state: l.jurisdiction.slice(0, 2).toUpperCase(),
        wages: Money.zero(),
        tax: Money.zero(),
      };
      line.wages = line.wages.plus(Money.of(l.wages ?? "0"));
      line.tax = line.tax.plus(Money.of(l.amount));
      byLocality.set(locality, line);
    }
  }
  const out = new Map<string, W2LocalLine[]>();
  for (const [employeeId, byLocality] of acc)
    out.set(
      employeeId,
      [...byLocality.entries()]
        .filter(([, l]) => !l.tax.isZero())
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([locality, l]) => ({
          state: l.state,
          locality,
          wages: l.wages.toFixed(),
          tax: l.tax.toFixed(),
        })),
    );
  return out;
}

import { Decimal } from "../money/decimal";
import { deductionLabel, isPreTaxDeduction } from "./deductions";
import { isPositive, ZERO } from "./math";
import type { DeductionCode } from "./paycheck-input";
import type { PaycheckResult } from "./paycheck-result";

/** An amount of one deduction code, cents as a decimal string. */
export type ArrearsLine = { code: string; amount: string };

/**
 * What one paycheck did with an employee's deduction arrears: what it carried in (the request's
 * `deductionArrears`), what of that it took, and what it left to carry on (the result's
 * `deductionArrears`, this period's shortfall included).
 */
export type PaycheckArrears = {
  carriedIn: ArrearsLine[];
  taken: ArrearsLine[];
  carriedOut: ArrearsLine[];
};

function byCode(lines: readonly ArrearsLine[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const l of lines) out.set(l.code, (out.get(l.code) ?? ZERO).plus(new Decimal(l.amount)));
  return out;
}

function toLines(map: ReadonlyMap<string, Decimal>): ArrearsLine[] {
  return [...map]
    .filter(([, v]) => !v.isZero())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, v]) => ({ code, amount: v.toFixed(2) }));
}

/**
 * The arrears of a computed paycheck, or undefined when it carried none in and left none: taken is
 * what its arrears lines (`arrears: true`) took after any cut.
 */
export function paycheckArrears(
  carriedIn: readonly ArrearsLine[],
  result: Pick<PaycheckResult, "deductions" | "deductionArrears">,
): PaycheckArrears | undefined {
  const taken = toLines(byCode(result.deductions.filter((d) => d.arrears)));
  const carriedOut = toLines(byCode(result.deductionArrears ?? []));
  const inLines = toLines(byCode(carriedIn));
  if (inLines.length === 0 && carriedOut.length === 0) return undefined;
  return { carriedIn: inLines, taken, carriedOut };
}

/**
 * How a posted paycheck moves the employee's arrears balance, per code: what it carried out less what
 * it carried in. What came in and was neither taken nor carried out (an annual limit reached) is
 * dropped: that deduction is no longer owed. Codes that do not move are left out.
 */
export function arrearsMovements(a: Pick<PaycheckArrears, "carriedIn" | "carriedOut">): ArrearsLine[] {
  const moved = byCode(a.carriedOut);
  for (const [code, amount] of byCode(a.carriedIn)) moved.set(code, (moved.get(code) ?? ZERO).minus(amount));
  return toLines(moved);
}

/** The movements of a void: each posted movement the other way. */
export function reversedMovements(posted: readonly ArrearsLine[]): ArrearsLine[] {
  return toLines(new Map([...byCode(posted)].map(([code, v]) => [code, v.negated()])));
}

/**
 * The arrears a new paycheck carries in: the employee's posted balance less what paychecks of other
 * runs, calculated and not yet posted, already carry in, so two open runs never take the same arrears.
 * Only positive amounts, by code.
 */
export function arrearsToCarryIn(
  balance: readonly ArrearsLine[],
  pending: readonly ArrearsLine[],
): { code: DeductionCode; amount: string }[] {
  const left = byCode(balance);
  for (const [code, amount] of byCode(pending)) left.set(code, (left.get(code) ?? ZERO).minus(amount));
  return toLines(new Map([...left].filter(([, v]) => isPositive(v)))) as {
    code: DeductionCode;
    amount: string;
  }[];
}

/**
 * The codes whose balance would fall below zero after these movements: a paycheck would have taken
 * arrears nobody owes (two runs calculated on the same balance), or a void would give back arrears a
 * later paycheck already took. Empty when every balance stays at zero or above.
 */
export function overdrawnArrears(
  balance: readonly ArrearsLine[],
  movements: readonly ArrearsLine[],
): ArrearsLine[] {
  const after = byCode(balance);
  for (const [code, amount] of byCode(movements)) after.set(code, (after.get(code) ?? ZERO).plus(amount));
  return toLines(new Map([...after].filter(([, v]) => v.isNegative())));
}

/**
 * `aso report arrears`: what each employee of a client owes in deduction arrears, from posted runs.
 * Each row names the deduction (`deduction`) and whether it is taken before tax (`preTax`: the pay it
 * could not take was taxed, and it is recovered before tax).
 */
export type ArrearsReport = {
  client: string;
  name: string;
  employees: {
    employeeId: string;
    externalId: string;
    name: string;
    code: string;
    deduction: string;
    preTax: boolean;
    owed: string;
  }[];
  total: string;
};

/** The client's report from its balances (employee id → lines), sorted by census id then code. */
export function buildArrearsReport(
  client: { ein: string; name: string },
  balances: ReadonlyMap<string, readonly ArrearsLine[]>,
  names: ReadonlyMap<string, { externalId: string; name: string }>,
): ArrearsReport {
  const employees = [...balances].flatMap(([employeeId, lines]) =>
    lines
      .filter((l) => isPositive(new Decimal(l.amount)))
      .map((l) => ({
        employeeId,
        externalId: names.get(employeeId)?.externalId ?? "",
        name: names.get(employeeId)?.name ?? "",
        code: l.code,
        deduction: deductionLabel(l.code),
        preTax: isPreTaxDeduction(l.code),
        owed: l.amount,
      })),
  );
  employees.sort((a, b) => a.externalId.localeCompare(b.externalId) || a.code.localeCompare(b.code));
  const total = employees.reduce((sum, e) => sum.plus(new Decimal(e.owed)), ZERO);
  return { client: client.ein, name: client.name, employees, total: total.toFixed(2) };
}

import { Money } from "../money/money";
import { EMPLOYEE_PROGRAMS } from "../tables/states/employee-programs";
import { otherWithheldTaxes, type PaycheckFigures } from "./paycheck-figures";

export type PaycheckChange = { item: string; before: string; after: string; change: string };

const LABELS: Record<string, string> = {
  regular: "Regular pay",
  overtime: "Overtime pay",
  overtime_premium: "Overtime premium",
  double_time: "Double-time pay",
  salary: "Salary",
  bonus: "Bonus / other pay",
  federalIncomeTax: "Federal income tax",
  socialSecurity: "Social Security",
  medicare: "Medicare",
  additionalMedicare: "Additional Medicare",
  stateIncomeTax: "State income tax",
  ...Object.fromEntries(
    Object.values(EMPLOYEE_PROGRAMS)
      .flat()
      .map((p) => [p.code, p.label]),
  ),
  PA_EIT: "Local earned income tax",
  PA_LST: "Local services tax",
  PHILADELPHIA_WAGE_TAX: "Philadelphia wage tax",
  NYC_RESIDENT: "New York City tax",
  YONKERS_RESIDENT: "Yonkers tax",
  CITY_TAX: "City tax",
  MD_COUNTY: "County income tax",
  MD_NONRESIDENT: "Maryland nonresident local tax",
  IN_COUNTY: "Indiana county income tax",
  OR_METRO_SHS: "Metro SHS tax",
  OR_MULTNOMAH_PFA: "Multnomah PFA tax",
  "401k": "401(k)",
  roth_401k: "Roth 401(k)",
  section125_medical: "Medical premium",
  section125_dental: "Dental premium",
  section125_vision: "Vision premium",
  hsa_section125: "HSA",
  health_fsa: "Health FSA",
  dependent_care_fsa: "Dependent care FSA",
};

/** A plain label for an earning, tax or deduction code. */
export function paycheckItemLabel(code: string): string {
  return LABELS[code] ?? code.replaceAll("_", " ");
}

function byCode(lines: readonly { code: string; amount: string }[]): Map<string, Money> {
  const map = new Map<string, Money>();
  for (const l of lines) map.set(l.code, (map.get(l.code) ?? Money.zero()).plus(Money.of(l.amount)));
  return map;
}

/**
 * What changed between two paychecks, line by line (earnings, each employee tax, each deduction, then
 * gross and net), leaving out lines that did not change. Amounts are the stored figures, never
 * recomputed.
 */
export function comparePaychecks(before: PaycheckFigures, after: PaycheckFigures): PaycheckChange[] {
  const changes: PaycheckChange[] = [];
  const push = (item: string, a: Money, b: Money) => {
    if (!a.equals(b))
      changes.push({ item, before: a.toFixed(), after: b.toFixed(), change: b.minus(a).toFixed() });
  };
  const groups: [Map<string, Money>, Map<string, Money>][] = [
    [byCode(before.earnings), byCode(after.earnings)],
    [
      byCode([
        ...Object.entries(before.employeeTaxes).map(([code, amount]) => ({ code, amount })),
        ...otherWithheldTaxes(before),
      ]),
      byCode([
        ...Object.entries(after.employeeTaxes).map(([code, amount]) => ({ code, amount })),
        ...otherWithheldTaxes(after),
      ]),
    ],
    [byCode(before.deductions), byCode(after.deductions)],
  ];
  for (const [a, b] of groups) {
    for (const code of new Set([...a.keys(), ...b.keys()]))
      push(paycheckItemLabel(code), a.get(code) ?? Money.zero(), b.get(code) ?? Money.zero());
  }
  push("Gross pay", Money.of(before.gross), Money.of(after.gross));
  push("Net pay", Money.of(before.net), Money.of(after.net));
  return changes;
}

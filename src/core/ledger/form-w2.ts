import { Money } from "../money/money";
import {
  isHealthCoveragePremium,
  isRoth401k,
  isSection125Hsa,
  isTraditional401k,
  type PaycheckFigures,
} from "./paycheck-figures";

/** W-2 boxes 1–6 and box 12 for one employee and year. Money is decimal strings. */
export type W2 = {
  employeeId: string;
  year: number;
  box1: string;
  box2: string;
  box3: string;
  box4: string;
  box5: string;
  box6: string;
  box12: { code: "D" | "W" | "DD" | "AA" | "TT"; amount: string }[];
};

const BOX12_ORDER = ["D", "W", "AA", "DD", "TT"] as const;

/**
 * Form W-2 per employee for a calendar year, from the year's posted paychecks (by pay date):
 * box 1 federal income tax wages, 2 income tax withheld, 3 Social Security wages (the engine caps
 * them at the wage base), 4 Social Security withheld, 5 Medicare wages, 6 Medicare withheld including
 * Additional Medicare Tax. Box 12: D traditional 401(k) deferrals; W employee §125 HSA plus employer
 * HSA contributions; AA Roth 401(k); DD cost of employer-sponsored health coverage (employee premiums
 * plus the employer share for medical, dental and vision); TT the FLSA overtime premium.
 * @see General Instructions for Forms W-2 and W-3 (2026), box 12 codes; us-payroll-2026.md §3.1, §4, §7
 */
export function buildW2s(year: number, paychecks: Iterable<PaycheckFigures>): W2[] {
  type Acc = { b: Money[]; codes: Record<(typeof BOX12_ORDER)[number], Money> };
  const byEmployee = new Map<string, Acc>();
  for (const p of paychecks) {
    if (!p.payDate.startsWith(`${year}-`)) continue;
    let acc = byEmployee.get(p.employeeId);
    if (!acc) {
      acc = {
        b: Array.from({ length: 6 }, () => Money.zero()),
        codes: { D: Money.zero(), W: Money.zero(), AA: Money.zero(), DD: Money.zero(), TT: Money.zero() },
      };
      byEmployee.set(p.employeeId, acc);
    }
    const boxes = [
      p.taxableWages.federalIncomeTax,
      p.employeeTaxes.federalIncomeTax,
      p.taxableWages.socialSecurity,
      p.employeeTaxes.socialSecurity,
      p.taxableWages.medicare,
      Money.of(p.employeeTaxes.medicare).plus(Money.of(p.employeeTaxes.additionalMedicare)).toFixed(),
    ];
    boxes.forEach((v, i) => {
      acc.b[i] = acc.b[i]!.plus(Money.of(v));
    });
    for (const d of p.deductions) {
      const amount = Money.of(d.amount);
      if (isTraditional401k(d.code)) acc.codes.D = acc.codes.D.plus(amount);
      else if (isRoth401k(d.code)) acc.codes.AA = acc.codes.AA.plus(amount);
      else if (isSection125Hsa(d.code)) acc.codes.W = acc.codes.W.plus(amount);
      else if (isHealthCoveragePremium(d.code)) acc.codes.DD = acc.codes.DD.plus(amount);
    }
    for (const c of p.employerContributions ?? []) {
      const amount = Money.of(c.amount);
      if (c.code.toLowerCase().startsWith("hsa")) acc.codes.W = acc.codes.W.plus(amount);
      else if (isHealthCoveragePremium(c.code)) acc.codes.DD = acc.codes.DD.plus(amount);
    }
    if (p.flsaOvertimePremium !== undefined)
      acc.codes.TT = acc.codes.TT.plus(Money.of(p.flsaOvertimePremium));
    else
      for (const e of p.earnings)
        if (e.code === "overtime_premium") acc.codes.TT = acc.codes.TT.plus(Money.of(e.amount));
  }
  return [...byEmployee.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([employeeId, acc]) => ({
      employeeId,
      year,
      box1: acc.b[0]!.toFixed(),
      box2: acc.b[1]!.toFixed(),
      box3: acc.b[2]!.toFixed(),
      box4: acc.b[3]!.toFixed(),
      box5: acc.b[4]!.toFixed(),
      box6: acc.b[5]!.toFixed(),
      box12: BOX12_ORDER.filter((code) => !acc.codes[code].isZero()).map((code) => ({
        code,
        amount: acc.codes[code].toFixed(),
      })),
    }));
}

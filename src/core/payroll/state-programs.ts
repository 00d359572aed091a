import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { EMPLOYEE_PROGRAMS } from "../tables/states/employee-programs";
import type { TableLookup } from "../tables/table-lookup";
import { constant, percent, usd } from "./format";
import { compare } from "./math";

export type ProgramLine = { code: string; name: string; wages: Decimal; amount: Decimal };

/**
 * The work state's employee-paid programs for one check: rate × wages, rounded half-up to cents per
 * check (the programs' own rounding point). Wages are gross less Section 125 items (401(k)
 * deferrals stay in, as for Social Security); a program capped at the Social Security wage base
 * takes only this check's Social Security wages.
 */
export function computeEmployeePrograms(
  workState: string | undefined,
  wages: Decimal,
  socialSecurityWages: Decimal,
  payDate: string,
  tables: TableLookup,
): { lines: ProgramLine[]; explanation: string[] } {
  const programs = workState ? (EMPLOYEE_PROGRAMS[workState] ?? []) : [];
  const lines: ProgramLine[] = [];
  const explanation: string[] = [];
  for (const program of programs) {
    // Before its first year the program did not exist (WA Cares began on 1 July 2023).
    if (program.years[0] && payDate < program.years[0].effective) continue;
    const year = tables.pick(program.table, program.years, payDate, program.name);
    const rate = constant(year.rate);
    const capped = year.capAtSocialSecurityBase === true && compare(socialSecurityWages, wages) < 0;
    const programWages = capped ? socialSecurityWages : wages;
    // Rounding point: per check, half-up to cents.
    const amount = roundCents(programWages.times(rate), RoundingRule.HalfUp);
    lines.push({ code: program.code, name: program.name, wages: programWages, amount });
    explanation.push(
      `${program.name}: ${percent(rate)} of ${usd(programWages)} = ${usd(amount)}${capped ? " (only wages up to the Social Security yearly limit)" : ""}.`,
    );
  }
  return { lines, explanation };
}

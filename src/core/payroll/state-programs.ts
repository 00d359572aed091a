import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { EMPLOYEE_PROGRAMS } from "../tables/states/employee-programs";
import type { TableLookup } from "../tables/table-lookup";
import { constant, percent, usd } from "./format";

export type ProgramLine = { code: string; name: string; wages: Decimal; amount: Decimal };

/**
 * The work state's employee-paid programs for one check: rate × wages, rounded half-up to cents per
 * check (the programs' own rounding point). Wages are gross less Section 125 items (401(k)
 * deferrals stay in, as for Social Security).
 */
export function computeEmployeePrograms(
  workState: string | undefined,
  wages: Decimal,
  payDate: string,
  tables: TableLookup,
): { lines: ProgramLine[]; explanation: string[] } {
  const programs = workState ? (EMPLOYEE_PROGRAMS[workState] ?? []) : [];
  const lines: ProgramLine[] = [];
  const explanation: string[] = [];
  for (const program of programs) {
    const year = tables.pick(program.table, program.years, payDate, program.name);
    const rate = constant(year.rate);
    // Rounding point: per check, half-up to cents.
    const amount = roundCents(wages.times(rate), RoundingRule.HalfUp);
    lines.push({ code: program.code, name: program.name, wages, amount });
    explanation.push(`${program.name}: ${percent(rate)} of ${usd(wages)} = ${usd(amount)}.`);
  }
  return { lines, explanation };
}

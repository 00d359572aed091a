import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { EMPLOYEE_PROGRAMS } from "../tables/states/employee-programs";
import type { TableLookup } from "../tables/table-lookup";
import { PAY_PERIODS_PER_YEAR } from "../tables/us/pay-periods";
import { constant, dollars, percent, usd } from "./format";
import { atLeastZero, compare, count } from "./math";

export type ProgramLine = { code: string; name: string; wages: Decimal; amount: Decimal };

/** What one check brings to its work state's employee-paid programs. */
export type EmployeeProgramsInput = {
  workState: string | undefined;
  /** Gross less Section 125 items (401(k) deferrals stay in, as for Social Security): most programs' wages. */
  wages: Decimal;
  /** Federal income-tax wages (gross less 401(k) and Section 125): wages of a program marked `incomeTaxWages`. */
  incomeTaxWages: Decimal;
  /** This check's Social Security wages (what is left under the year's base). */
  socialSecurityWages: Decimal;
  /**
   * Program wages this employer already paid this year, for programs with their own `wageBase`: the
   * year-to-date Medicare wages (the same gross less Section 125, never capped).
   */
  ytdWages: Decimal;
  /** Pay periods a year of the check's pay frequency (52 weekly … 12 monthly), for a weekly cap. */
  periodsPerYear: number;
  payDate: string;
  tables: TableLookup;
};

const WEEKS_PER_YEAR = count(PAY_PERIODS_PER_YEAR.weekly);

/**
 * The work state's employee-paid programs for one check: rate × the program's wages, rounded half-up
 * to cents per check (the programs' own rounding point). The program's wages are the check's wages
 * (income-tax wages for a program marked so), then limited by each cap the year's table sets: the
 * check's Social Security wages (`capAtSocialSecurityBase`), what is left of the program's own yearly
 * `wageBase` after the year's wages so far, and the weekly wage cap times the weeks in the pay period
 * (`weeklyWageCap`, so the cap follows the pay frequency). Same computation for every state: the
 * rules are data in the table.
 */
export function computeEmployeePrograms(input: EmployeeProgramsInput): {
  lines: ProgramLine[];
  explanation: string[];
} {
  const { workState, payDate, tables } = input;
  const programs = workState ? (EMPLOYEE_PROGRAMS[workState] ?? []) : [];
  const lines: ProgramLine[] = [];
  const explanation: string[] = [];
  for (const program of programs) {
    // Before its first year the program did not exist (WA Cares began on 1 July 2023).
    if (program.years[0] && payDate < program.years[0].effective) continue;
    const year = tables.pick(program.table, program.years, payDate, program.name);
    const rate = constant(year.rate);
    let programWages = year.incomeTaxWages === true ? input.incomeTaxWages : input.wages;
    const limits: string[] = [];
    if (year.capAtSocialSecurityBase === true && compare(input.socialSecurityWages, programWages) < 0) {
      programWages = input.socialSecurityWages;
      limits.push("only wages up to the Social Security yearly limit");
    }
    if (year.wageBase !== undefined) {
      const wageBase = constant(year.wageBase);
      const left = atLeastZero(wageBase.minus(input.ytdWages));
      if (compare(left, programWages) < 0) {
        programWages = left;
        limits.push(
          `only the first ${dollars(wageBase)} of your pay each year counts, and ${usd(input.ytdWages)} was paid before this check`,
        );
      }
    }
    if (year.weeklyWageCap !== undefined) {
      const weekly = constant(year.weeklyWageCap);
      // Rounding point: the pay period's wage cap (weekly cap × 52 ÷ periods a year), half-up to cents.
      const periodCap = roundCents(
        weekly.times(WEEKS_PER_YEAR).dividedBy(count(input.periodsPerYear)),
        RoundingRule.HalfUp,
      );
      if (compare(periodCap, programWages) < 0) {
        programWages = periodCap;
        limits.push(`only ${usd(weekly)} of wages a week counts, ${usd(periodCap)} for this pay period`);
      }
    }
    // Rounding point: per check, half-up to cents.
    const amount = roundCents(programWages.times(rate), RoundingRule.HalfUp);
    lines.push({ code: program.code, name: program.name, wages: programWages, amount });
    explanation.push(
      `${program.name}: ${percent(rate)} of ${usd(programWages)} = ${usd(amount)}${limits.length ? ` (${limits.join("; ")})` : ""}.`,
    );
  }
  return { lines, explanation };
}

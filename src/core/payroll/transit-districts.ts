import { DomainError } from "../../errors/domain-error";
import type { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import { LocalTableNames } from "../tables/locals/local-tables";
import { OREGON_TRANSIT_DISTRICTS } from "../tables/locals/or-transit";
import type { TableLookup } from "../tables/table-lookup";
import { constant, percent, usd } from "./format";

/** One employer-paid local payroll tax on this check: a liability of the employer, never withheld. */
export type EmployerLocalTaxLine = {
  code: string;
  name: string;
  jurisdiction: string;
  wages: Decimal;
  amount: Decimal;
};

/** Why a transit district code names none we know, or undefined when it is known (for checks at the edges). */
export function transitDistrictProblem(code: string): string | undefined {
  return OREGON_TRANSIT_DISTRICTS[code.trim().toUpperCase()]
    ? undefined
    : `known transit districts are ${Object.keys(OREGON_TRANSIT_DISTRICTS).join(", ")}`;
}

/**
 * The transit district payroll tax for work done inside TriMet or Lane Transit District: the
 * district's rate on this check's wages, rounded half-up to cents per check. The wages are the
 * Medicare wages (gross less Section 125 reductions): the Department of Revenue counts deferred
 * compensation as wages and says nothing of cafeteria plans, so 401(k) deferrals stay in.
 *
 * @throws DomainError `payroll.unknown_locality` (a code that names no district),
 *   `payroll.no_table_for_date` (no rate for the pay date).
 */
export function transitDistrictTax(
  code: string,
  wages: Decimal,
  tables: TableLookup,
  payDate: string,
): { line: EmployerLocalTaxLine; explanation: string } {
  const normalized = code.trim().toUpperCase();
  const district = OREGON_TRANSIT_DISTRICTS[normalized];
  if (!district) {
    const why = transitDistrictProblem(code) ?? "";
    throw new DomainError(
      "payroll.unknown_locality",
      `localities.transitDistrict: unknown transit district "${code}" (${why})`,
      {
        userMessage: `The transit district "${code}" in localities.transitDistrict is not one payroll knows: correct it in the census.`,
        details: { field: "localities.transitDistrict", value: code },
      },
    );
  }
  const year = tables.pick(
    LocalTableNames.transitDistrict(normalized),
    district.years,
    payDate,
    district.name,
  );
  const rate = constant(year.rate);
  // Rounding point: per check, half-up to cents (the quarterly return may differ by cents).
  const amount = roundCents(wages.times(rate), RoundingRule.HalfUp);
  return {
    line: {
      code: normalized.replace(":", "_"),
      name: district.name,
      jurisdiction: normalized,
      wages,
      amount,
    },
    explanation: `${district.name} (paid by your employer, not taken from your pay): ${percent(rate)} of ${usd(wages)} = ${usd(amount)}.`,
  };
}

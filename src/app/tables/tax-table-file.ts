import { z } from "zod";
import { isIsoDate } from "../../core/calendar/iso-date";
import type { Dated } from "../../core/tables/dated";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";

/**
 * The file `aso tables import` reads: tax tables for a year or a figure the release does not carry,
 * each entry in the shape of the built-in table of the same name, with its source. Strict: an unknown
 * key or a figure in the wrong form is refused naming its JSON path, and nothing is stored.
 *
 * ```json
 * {"tables": [{"table": "federal.fica", "effective": "2027-01-01", "through": "2027-12-31",
 *              "source": "SSA fact sheet 2027 (October 2026)", "unverified": false,
 *              "value": {"socialSecurityRate": "0.062", …}}]}
 * ```
 */
const Amount = z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be a decimal amount, e.g. "184500" or "995.00"');
const Rate = z.string().regex(/^0(\.\d+)?$/, 'must be a decimal fraction below 1, e.g. "0.062"');
const Percent = z.string().regex(/^\d{1,2}(\.\d+)?$/, 'must be a percent below 100, e.g. "22"');
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(isIsoDate, "must be a real calendar date");

const FitRow = z.tuple([Amount, Amount, Percent]);
const FitColumn = z
  .array(FitRow)
  .min(2)
  .refine((rows) => rows[0]![0] === "0", "the first row must start at 0")
  .refine(
    (rows) => rows.every((r, i) => i === 0 || Number(r[0]) > Number(rows[i - 1]![0])),
    "rows must be in ascending order of column A",
  );
const FitColumns = z.strictObject({
  single: FitColumn,
  married_jointly: FitColumn,
  head_of_household: FitColumn,
});

/** Value schemas by table name; a table without one here cannot be loaded at run time yet. */
export const IMPORTABLE_TABLES = {
  "federal.income_tax": z.strictObject({
    standard: FitColumns,
    checkbox: FitColumns,
    line1g: z.strictObject({ married_jointly: Amount, other: Amount }),
    allowance: Amount,
  }),
  "federal.fica": z.strictObject({
    socialSecurityRate: Rate,
    socialSecurityWageBase: Amount,
    medicareRate: Rate,
    additionalMedicareRate: Rate,
    additionalMedicareThreshold: Amount,
  }),
  "federal.futa": z.strictObject({ netRate: Rate, wageBase: Amount }),
  "federal.supplemental": z.strictObject({ flatRate: Rate, mandatoryRate: Rate, mandatoryOver: Amount }),
  // Philadelphia sets its rates each 1 July, after the release: an ASO loads them here.
  "local.PA.philadelphia.wage_tax": z.strictObject({ resident: Rate, nonresident: Rate }),
  "federal.roth_catch_up": z.strictObject({ priorYearFicaWagesOver: Amount.nullable() }),
  "federal.benefit_limits": z.strictObject({
    elective401k: Amount,
    catchUp50: Amount,
    catchUp60to63: Amount,
    hsaSelf: Amount,
    hsaFamily: Amount,
    hsaCatchUp55: Amount,
    healthFsa: Amount,
    dependentCare: Amount,
  }),
} as const;
export type ImportableTable = keyof typeof IMPORTABLE_TABLES;

const Entry = z
  .strictObject({
    table: z.enum(Object.keys(IMPORTABLE_TABLES) as [ImportableTable, ...ImportableTable[]], {
      error: `must be one of ${Object.keys(IMPORTABLE_TABLES).join(", ")}`,
    }),
    effective: IsoDate,
    through: IsoDate.optional(),
    source: z.string().trim().min(10, "must name the publication (name, revision, page)"),
    unverified: z.boolean().optional(),
    value: z.unknown(),
  })
  .superRefine((entry, ctx) => {
    if (entry.through !== undefined && entry.through < entry.effective)
      ctx.addIssue({ code: "custom", path: ["through"], message: "must not be before effective" });
    const parsed = IMPORTABLE_TABLES[entry.table].safeParse(entry.value);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: ["value", ...issue.path], message: issue.message });
  });
const TableFile = z.strictObject({ tables: z.array(Entry).min(1, "must hold at least one table") });

/** One loaded table entry, ready to store and to hand to the engine. */
export type TableEntry = Dated<unknown> & { table: ImportableTable };

/** Parses and validates a table file; one `input.invalid` error naming the first bad field. */
export function parseTaxTableFile(text: string): TableEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError("input.invalid", `tables file: not JSON (${(error as Error).message})`);
  }
  const parsed = TableFile.safeParse(json);
  if (!parsed.success) throw new DomainError("input.invalid", `tables file: ${formatZodIssue(parsed.error)}`);
  const seen = new Set<string>();
  return parsed.data.tables.map((e, i) => {
    const key = `${e.table}@${e.effective}`;
    if (seen.has(key))
      throw new DomainError(
        "input.invalid",
        `tables file: tables.${i}: ${e.table} effective ${e.effective} appears twice`,
      );
    seen.add(key);
    return {
      table: e.table,
      effective: e.effective,
      ...(e.through ? { through: e.through } : {}),
      source: e.source,
      ...(e.unverified ? { unverified: true } : {}),
      value: e.value,
    };
  });
}

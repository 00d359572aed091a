import type { SheetRecord } from "./csv-to-markdown";
import type { DocumentSection } from "./sections";

/**
 * A converted sheet's rows, each followed by the record it came from as written: "Employee Only —
 * Employee cost per paycheck: $98.40; Paychecks per year: 24 (sheet row: Meridian Choice PPO
 * 1000,Employee Only,$98.40,$291.60,24)." The readable row is what retrieval and answers read; the
 * record is what a quote can show verbatim, and what a specialist finds in the file.
 */
export function withSheetRecords(
  sections: readonly DocumentSection[],
  records: readonly SheetRecord[],
): DocumentSection[] {
  const used = new Set<SheetRecord>();
  return sections.map((s) => {
    const lines = s.text.split("\n").map((line) => {
      const record = recordOf(`${s.section}\n${line}`, records, used);
      if (!record) return line;
      used.add(record);
      return `${withoutSheetRows(line).replace(/\.$/, "")} (sheet row: ${record.line}).`;
    });
    return { ...s, text: lines.join("\n") };
  });
}

/**
 * The record whose cells the row shows: all of them, or all but one (a plan code dropped beside the
 * plan's name); a record already placed is taken again only when no other fits.
 */
function recordOf(
  row: string,
  records: readonly SheetRecord[],
  used: ReadonlySet<SheetRecord>,
): SheetRecord | null {
  if (!row.includes(" — ")) return null;
  let best: { record: SheetRecord; score: number } | null = null;
  for (const record of records) {
    const cells = record.cells.filter((c) => c !== "");
    if (cells.length < 2) continue;
    const shown = cells.filter((c) => row.includes(c)).length;
    if (shown < Math.max(2, cells.length - 1)) continue;
    const score = shown / cells.length - (used.has(record) ? 1 : 0);
    if (!best || score > best.score) best = { record, score };
  }
  return best?.record ?? null;
}

/** " (sheet row: …)" to its closing parenthesis: cells may hold one level of their own. */
const SHEET_ROW = / \((sheet|table) row: (?:[^()\n]|\([^()\n]*\))*\)/g;

/** The " (sheet row: …)" or " (table row: …)" a readable row carries, or "" when it has none. */
export function rowAsWritten(line: string): string {
  return line.match(SHEET_ROW)?.[0] ?? "";
}

/**
 * Text without its rows as written (a sheet's record, a Markdown table's row): what retrieval and
 * quote choice read (the readable row already says it).
 */
export function withoutSheetRows(text: string): string {
  return /\((sheet|table) row: /.test(text) ? text.replace(SHEET_ROW, "") : text;
}

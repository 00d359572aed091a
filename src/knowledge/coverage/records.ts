import type { Line } from "./layout";
import { type ColumnRole, headerRole, joinWrapped, type Table, type TableRow } from "./tables";

/**
 * A form that prints each row of a table as a block of its own instead of a line: the service's name,
 * then one line per column, the column's label at the left and its value beside it:
 *
 *   Specialist visit
 *   In-network provider (you will pay the    $50 copay/visit; deductible does not apply
 *   Out-of-network provider (you will pay    40% coinsurance
 *   Limitations, exceptions & other          No referral required. Allergy testing: 20% …
 *
 * and the Important Questions as blocks of "Question / Answer / Why this matters". Each block is
 * read as one row of a table, the labels taking the roles a table's header would give them; a
 * label wrapped onto the next line is dropped, a value wrapped onto it goes on. Consecutive blocks
 * under one event ("If you have a test") are one table.
 */
export function readRecords(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  let event = "";
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const only = line.chunks.length === 1 ? line.chunks[0]!.text : null;
    if (only && /^if (you|your)\b/i.test(only)) event = only.replace(/\s*\(continued\)\s*$/i, "");
    const first = fieldOf(line);
    if (!first) {
      i++;
      continue;
    }
    const record = readRecord(lines, i, first);
    if (!record) {
      i++;
      continue;
    }
    const above = lines[i - 1];
    const title =
      above?.page === line.page && above.chunks.length === 1 && fieldOf(above) === null
        ? above.chunks[0]!
        : null;
    const row = recordRow(
      record.cells,
      title && title.x <= first.labelX + 3 ? title.text : null,
      event,
      line,
    );
    if (row) {
      const kind: Table["kind"] = row.cells.question ? "questions" : "costs";
      const last = tables.at(-1);
      const firstLine = row.cells.question || !title ? i : i - 1;
      if (last && last.kind === kind && last.lastLine >= firstLine - 2 && sameEvent(last, row)) {
        last.rows.push(row);
        last.lastLine = record.end;
      } else tables.push({ kind, rows: [row], firstLine, lastLine: record.end });
    }
    i = record.end + 1;
  }
  return tables;
}

type Field = { role: ColumnRole | null; labelX: number; valueX: number; value: string };

const RECORD_ROLES = new Set<ColumnRole>(["in", "out", "limits", "question", "answer", "why"]);

/** The column a block's label names ("Out-of-network provider (you will pay", "Question"), or null. */
function labelRole(text: string): ColumnRole | null {
  const role = /^questions?$/i.test(text) ? "question" : headerRole(text);
  return role && RECORD_ROLES.has(role) ? role : null;
}

/** A line of a block: a column's label and its value beside it, or null. */
function fieldOf(line: Line): Field | null {
  if (line.chunks.length < 2 || line.cells) return null;
  const [label, ...values] = line.chunks;
  // A label opens with a capital; "important information" under "Limitations, exceptions & other" goes on with it.
  const role = /^\p{Lu}/u.test(label!.text) ? labelRole(label!.text) : null;
  if (!role) return null;
  return {
    role,
    labelX: label!.x,
    valueX: values[0]!.x,
    value: values.map((v) => v.text).join(" "),
  };
}

/**
 * The block whose first field is on line `start`: its fields by role, and its last line. Null when
 * fewer than two fields line up (a lone "Network: $30" line is a leader row, read elsewhere).
 */
function readRecord(
  lines: readonly Line[],
  start: number,
  first: Field,
): { cells: Partial<Record<ColumnRole, string>>; end: number } | null {
  const fields: Field[] = [first];
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.page !== lines[end]!.page) break;
    const field = fieldOf(line);
    const at = (x: number, column: number) => Math.abs(x - column) <= 3;
    if (field && at(field.labelX, first.labelX) && at(field.valueX, first.valueX)) {
      // A column named twice is the next block's.
      if (fields.some((f) => f.role === field.role)) break;
      fields.push(field);
      end = j;
      continue;
    }
    // The label's or the value's next line: chunks only at the label's or the value's left edge, the
    // label's part going on in lower case ("important information"); a capital there is the next
    // block's title.
    const wraps =
      line.chunks.every((c) => at(c.x, first.labelX) || at(c.x, first.valueX)) &&
      line.chunks.filter((c) => at(c.x, first.labelX)).every((c) => /^[\p{Ll}(]/u.test(c.text));
    if (!wraps) break;
    const value = line.chunks.find((c) => at(c.x, first.valueX));
    if (value) fields.at(-1)!.value = joinWrapped(fields.at(-1)!.value, value.text);
    end = j;
  }
  if (fields.length < 2) return null;
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const f of fields) if (f.role && !cells[f.role]) cells[f.role] = f.value.replace(/\s+/g, " ").trim();
  return { cells, end };
}

function recordRow(
  cells: Partial<Record<ColumnRole, string>>,
  title: string | null,
  event: string,
  line: Line,
): TableRow | null {
  if (cells.question && cells.answer) return { cells, event: "", heading: "", page: line.page };
  if (!title || (!cells.in && !cells.out)) return null;
  return { cells: { ...cells, service: title }, event, heading: "", page: line.page };
}

function sameEvent(table: Table, row: TableRow): boolean {
  return table.rows.at(-1)?.event === row.event;
}

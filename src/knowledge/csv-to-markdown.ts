import { pipeTable } from "./html-to-markdown";

/**
 * A CSV rate sheet or benefit grid as Markdown: rows grouped under a heading per plan and section
 * when the sheet has such columns ("Plan Name", "Section", "Category"), each group a pipe table of
 * the other columns, so a group is one searchable section and its rows are read as table rows.
 * A sheet without such columns is one table.
 */
export function csvToMarkdown(csv: string, title: string): string {
  const rows = parseCsv(csv).filter((r) => r.some((c) => c.trim() !== ""));
  if (rows.length === 0) return `# ${title}\n`;
  const header = rows[0]!.map((h) => readableHeader(h.trim()));
  const body = rows.slice(1);
  const { grouping, dropped } = groupingColumns(header);
  const kept = header.map((_, i) => i).filter((i) => !grouping.includes(i) && !dropped.includes(i));
  const groups = new Map<string, string[][]>();
  for (const r of body) {
    const key = grouping
      .map((i) => (r[i] ?? "").trim())
      .filter(Boolean)
      .join(" — ");
    const group = groups.get(key) ?? [];
    group.push(kept.map((i) => (r[i] ?? "").trim()));
    groups.set(key, group);
  }
  const out = [`# ${title}`, ""];
  const columns = kept.map((i) => header[i]!);
  for (const [key, group] of groups) {
    if (key !== "") out.push(`## ${key}`, "");
    out.push(...pipeTable([columns, ...group]), "");
  }
  return `${out.join("\n").trim()}\n`;
}

/**
 * A database export's column name in words: "employee_cost_per_paycheck" → "Employee cost per
 * paycheck" (Markdown would read its underscores as emphasis, and people read words).
 */
function readableHeader(name: string): string {
  if (!/^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/.test(name)) return name;
  const words = name.split("_").join(" ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Columns that name a plan or a section; a plan's code beside its name repeats it and is dropped. */
function groupingColumns(header: readonly string[]): { grouping: number[]; dropped: number[] } {
  const find = (pattern: RegExp) => header.findIndex((h) => pattern.test(h));
  const plan = find(/^(plan( name)?|benefit plan)$/i);
  const planCode = find(/^plan (code|id)$/i);
  const section = find(/^(section|category|benefit (type|category)|coverage type|type of service)$/i);
  return {
    grouping: [plan >= 0 ? plan : planCode, section].filter((i) => i >= 0),
    dropped: plan >= 0 && planCode >= 0 ? [planCode] : [],
  };
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.cells);
}

/**
 * Each non-empty record of a CSV sheet as written (a quoted line break read as a space), with its
 * cells: what a citation quotes, since the converted table's wording is not in the file.
 */
export function sheetRecords(text: string): SheetRecord[] {
  return parseCsvRecords(text)
    .filter((r) => r.cells.some((c) => c.trim() !== ""))
    .map((r) => ({
      cells: r.cells.map((c) => c.trim()),
      line: r.line.replace(/\s*[\r\n]+\s*/g, " ").trim(),
    }));
}

export type SheetRecord = { cells: string[]; line: string };

function parseCsvRecords(text: string): { cells: string[]; line: string }[] {
  const rows: { cells: string[]; line: string }[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let start = 0;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push({ cells: row, line: src.slice(start, i) });
      if (c === "\r" && src[i + 1] === "\n") i++;
      start = i + 1;
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push({ cells: row, line: src.slice(start) });
  }
  return rows;
}

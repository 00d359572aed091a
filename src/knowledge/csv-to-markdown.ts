import { pipeTable } from "./html-to-markdown";

/**
 * A CSV rate sheet or benefit grid as Markdown: rows grouped under a heading per plan and section
 * when the sheet has such columns ("Plan Name", "Section", "Category"), each group a pipe table of
 * the other columns, so a group is one searchable section and its rows are read as table rows.
 * A sheet laid out as a form, with a title row over each block and blank rows between blocks
 * ("SECTION B - COVERED SERVICES" over "Service,Class,In-Network plan pays,…"), is read block by
 * block: the title a heading, the block's first row its header. A plain sheet is one table.
 */
export function csvToMarkdown(csv: string, title: string): string {
  const out = [`# ${title}`, ""];
  // An export's "#" lines (what the columns mean, how a figure is worked out) are paragraphs: the
  // ones before the sheet open it, any others close it.
  const { comments, data, closing } = sheetComments(csv);
  if (comments.length > 0) out.push(comments.join("\n"), "");
  const { blocks, form } = sheetBlocks(parseCsv(data));
  for (const block of blocks) {
    if (block.title) out.push(`## ${block.title}`, "");
    if (block.rows.length > 0) out.push(...blockTables(block.rows, form), "");
  }
  if (closing.length > 0) out.push(closing.join("\n"), "");
  return `${out.join("\n").trim()}\n`;
}

type SheetBlock = { title: string | null; rows: string[][] };

/**
 * The sheet's blocks: a row with one filled cell, the first, over a wider sheet titles the rows
 * below it; a blank row ends a block. Blank rows before any title only separate rows.
 */
function sheetBlocks(rows: readonly string[][]): { blocks: SheetBlock[]; form: boolean } {
  const width = Math.max(0, ...rows.map((r) => r.filter((c) => c.trim() !== "").length));
  const blocks: SheetBlock[] = [{ title: null, rows: [] }];
  const isTitle = (r: readonly string[]) =>
    width >= 2 && (r[0] ?? "").trim() !== "" && r.slice(1).every((c) => c.trim() === "");
  const titled = rows.some(isTitle);
  for (const r of rows) {
    const current = blocks.at(-1)!;
    if (r.every((c) => c.trim() === "")) {
      if (titled && current.rows.length > 0) blocks.push({ title: null, rows: [] });
    } else if (titled && isTitle(r)) {
      blocks.push({ title: r[0]!.trim(), rows: [] });
    } else current.rows.push(r);
  }
  return { blocks: blocks.filter((b) => b.title !== null || b.rows.length > 0), form: titled };
}

/**
 * A block's rows as tables: its first row the header, grouped by plan and section columns (under
 * the block's title in a form).
 */
function blockTables(rows: readonly string[][], form: boolean): string[] {
  const header = rows[0]!.map((h) => readableHeader(h.trim()));
  const body = rows.slice(1);
  // A lone row under a row of labels ("Group,Elkhorn…,Plan,Dental PPO") is a form's fields, not a grid.
  const { grouping, dropped } =
    !form || body.length >= 2 ? groupingColumns(header) : { grouping: [], dropped: [] };
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
  const out: string[] = [];
  const columns = kept.map((i) => header[i]!);
  if (groups.size === 0) out.push(...pipeTable([columns]));
  for (const [key, group] of groups) {
    if (key !== "") out.push(`${form ? "###" : "##"} ${key}`, "");
    out.push(...pipeTable([columns, ...group]), "");
  }
  return out;
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
  return parseCsvRecords(sheetComments(text).data)
    .filter((r) => r.cells.some((c) => c.trim() !== ""))
    .map((r) => ({
      cells: r.cells.map((c) => c.trim()),
      line: r.line.replace(/\s*[\r\n]+\s*/g, " ").trim(),
    }));
}

export type SheetRecord = { cells: string[]; line: string };

/**
 * A sheet's "#" comment lines, without their marks: those before its first row (`comments`) and the
 * rest (`closing`), and the sheet without them (`data`).
 */
function sheetComments(text: string): { comments: string[]; data: string; closing: string[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const comment = (l: string) => /^\s*#/.test(l);
  let n = 0;
  while (n < lines.length && comment(lines[n]!)) n++;
  const bare = (l: string) => l.trim().replace(/^#+\s*/, "");
  return {
    comments: lines.slice(0, n).map(bare),
    data: lines
      .slice(n)
      .filter((l) => !comment(l))
      .join("\n"),
    closing: lines.slice(n).filter(comment).map(bare),
  };
}

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

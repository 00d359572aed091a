import { isOutOfNetwork, startsCostShare, statesCost } from "./cost-share";
import { type Chunk, inCapitals, type Line } from "./layout";

/**
 * Tables rebuilt from positioned lines. A table starts at a header naming its columns (a cost table
 * has an in-network and an out-of-network column, or a "you pay" column; the SBC's first table has
 * "Important Questions" and "Answers"). Columns are where body text is left-aligned, each taking the
 * role of the header that sits over it. A row starts where a new price begins beside a label (cost
 * tables) or where the previous question ended with "?" (question tables); wrapped lines join the
 * row they belong to. A table ends at a line that crosses its columns (a heading or a paragraph).
 */

export type ColumnRole = "event" | "service" | "in" | "out" | "limits" | "question" | "answer" | "why";

export type TableRow = {
  cells: Partial<Record<ColumnRole, string>>;
  event: string;
  heading: string;
  page: number | null;
  /** The row as printed, when it was one line ("Deductible: $1,000 / $2,000"): quoted as is. */
  text?: string;
};

export type Table = {
  kind: "costs" | "questions";
  rows: TableRow[];
  firstLine: number;
  lastLine: number;
  /** The network columns say what the plan pays ("In-Network plan pays"), not the member. */
  planPays?: boolean;
};

/** A network column's header that gives the plan's share: "In-Network plan pays", "We pay". */
const PLAN_PAYS = /\b(plan|insurance|carrier|we) pays?\b|\bplan'?s share\b/i;

export function headerRole(text: string): ColumnRole | null {
  // Headers are short labels; a cell that states a figure or runs long is body text.
  if (text.length > 70 || /\$\s?\d|\d\s?%/.test(text)) return null;
  // Nor is a sentence ("Yes. In-network preventive care is…") or a question row's label.
  if (/[.!?]\s+\S|\?$/.test(text.trim())) return null;
  // A spreadsheet's column names: "in_network_you_pay", "how_often".
  const t = text.toLowerCase().replace(/_/g, " ");
  if (/important questions?/.test(t)) return "question";
  if (/^answers?$/.test(t.trim())) return "answer";
  if (/why (this|it) matters/.test(t)) return "why";
  // "Common Medical Event / Services You May Need" over one column: the services, grouped by events.
  // A PDF wraps it ("Common Medical" over "Event"): each line is read on its own.
  if (/common medical event|medical event|^common medical$|^events?$/.test(t.trim()))
    return /\bservices?\b/.test(t) ? "service" : "event";
  // The federal SBC template wraps its header: "What You Will Pay: Out-of-" over "Network Provider".
  // (A title, not a sentence wrapped after "out-of-": "…and care from out-of-" is an answer's line.)
  if (isOutOfNetwork(t) || (/\b(out[- ]of|non)[- ]?$/.test(t.trim()) && t.split(/\s+/).length <= 6))
    return "out";
  // "Tier 1 (Juniper network)", "Network": the in-network column, whatever the network is called.
  if (/\btier 1\b|\bnetwork\b/.test(t)) return "in";
  if (
    /network provider|in[- ]network|participating|you (will )?pay|member (pays|cost)|your (cost|share|copay)|^copay$|^cost$|preferred provider|\bretail\b/.test(
      t,
    )
  )
    return "in";
  if (
    /limitations?|exceptions?|important information|^notes?$|comments|^details$|mail[- ]order|frequency|how often|\blimits?\b/.test(
      t,
    )
  )
    return "limits";
  if (
    /\bservices?\b|^benefits?$|type of (care|service)|drug tier|^tier$|^benefit$|category|^what'?s covered$|^procedures?$/.test(
      t,
    )
  )
    return "service";
  return null;
}

type Header = { role: ColumnRole; chunk: Chunk };

/** Header chunks on the lines around `index` (same page, within two lines) that name a column. */
function headerAround(lines: readonly Line[], index: number): { headers: Header[]; last: number } {
  const headers: Header[] = [];
  let last = index;
  // The anchor line first: a title above the table ("What you pay") must not take a column's role.
  // A table of cells has its header on one line; the rows below it are rows.
  const order = (lines[index]!.cells ? [index] : [index, index + 1, index + 2, index - 1, index - 2]).filter(
    (i) => i >= 0 && i < lines.length,
  );
  for (const i of order) {
    const line = lines[i]!;
    if (line.page !== lines[index]!.page) continue;
    // A header wraps onto the line just above or below; a line further up (a band of key figures
    // over the table, in a PDF's points) is not part of it.
    if (i < index && Math.abs(line.y - lines[index]!.y) > 14) continue;
    const roles = line.chunks.map((c) => headerRole(c.text));
    // "WHAT YOU PAY   IN-NETWORK   OUT-OF-NETWORK": the first title over the labels names the table;
    // the network's own column is the one to its right.
    if (roles[0] === "in" && roles.indexOf("in", 1) > 0) roles[0] = "service";
    if (i !== index && roles.every((r) => r === null)) continue;
    if (i > index && line.chunks.some((c) => startsCostShare(c.text))) continue;
    line.chunks.forEach((c, j) => {
      const role = roles[j];
      // Conditions may fill two columns ("Frequency / limit", "Notes"): both are the row's limits.
      if (role && (role === "limits" || !headers.some((h) => h.role === role)))
        headers.push({ role, chunk: c });
    });
    if (i >= index) last = i;
  }
  return { headers, last };
}

function isHeaderLine(line: Line, kind?: Table["kind"]): boolean {
  const roles = line.chunks.map((c) => headerRole(c.text));
  // In a question table only its own headers repeat; an answer that mentions "services" is a row.
  if (kind === "questions") return roles.some((r) => r === "question" || r === "answer" || r === "why");
  // A row's own note ("Out-of-network emergency care is covered at the network level") beside its
  // prices is not a header: headers state no figures.
  if (line.chunks.some((c) => /\$\s?\d|\d\s?%/.test(c.text))) return false;
  return (
    roles.some((r) => r === "out" || r === "question" || r === "event") ||
    (roles.filter((r) => r !== null).length >= 2 && !line.chunks.some((c) => startsCostShare(c.text)))
  );
}

/** `title`: the header's words, for a column whose cells say nothing without them ("Mail order"). */
type Column = { start: number; role: ColumnRole | null; title?: string };

/** Column starts from where body chunks begin, each given the role of the header over it. */
function columnsFor(body: readonly Line[], headers: readonly Header[]): Column[] {
  const counts = new Map<number, number>();
  for (const line of body)
    for (const c of line.chunks) counts.set(Math.round(c.x), (counts.get(Math.round(c.x)) ?? 0) + 1);
  const starts: number[] = [];
  for (const [x] of [...counts].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0])) {
    // Left edges a few points apart are one column (a section's bar indented past its rows).
    if (starts.length > 0 && x - starts.at(-1)! < 6) continue;
    starts.push(x);
  }
  for (const h of headers) {
    // A header with no body text starting under it still marks a column (a short table).
    if (!starts.some((s) => s >= h.chunk.x - 4 && s <= h.chunk.right)) starts.push(Math.round(h.chunk.x));
  }
  starts.sort((a, b) => a - b);
  const columns: Column[] = starts.map((start) => ({ start, role: null }));
  const sortedHeaders = [...headers].sort((a, b) => a.chunk.x - b.chunk.x);
  for (const h of sortedHeaders) {
    const centre = (h.chunk.x + h.chunk.right) / 2;
    // The column the header's centre falls in; a left-aligned header belongs to the column it starts.
    let index = columns.findIndex(
      (c, i) =>
        c.start - 3 <= h.chunk.x && h.chunk.x < (columns[i + 1]?.start ?? Number.POSITIVE_INFINITY) - 3,
    );
    if (
      index === -1 ||
      (columns[index + 1] && centre >= columns[index + 1]!.start && columns[index]!.role !== null)
    ) {
      index = columns.findIndex(
        (c, i) => c.start <= centre && centre < (columns[i + 1]?.start ?? Number.POSITIVE_INFINITY),
      );
    }
    const column = columns[index];
    if (column && column.role === null) {
      column.role = h.role;
      column.title = h.chunk.text;
    }
  }
  return columns;
}

function columnOf(columns: readonly Column[], chunk: Chunk): number {
  let found = 0;
  columns.forEach((c, i) => {
    if (c.start <= chunk.x + 3) found = i;
  });
  return found;
}

/** True when a chunk runs across a column boundary: a heading or paragraph, not a cell. */
function crossesColumns(columns: readonly Column[], chunk: Chunk, synthetic: boolean): boolean {
  if (synthetic) return false;
  const i = columnOf(columns, chunk);
  const next = columns[i + 1];
  return next !== undefined && chunk.right > next.start + 6;
}

const SECTION_END =
  /^(excluded services|services your plan generally does not cover|other covered services|your rights to continue|your grievance|coverage examples?|about these coverage examples|the plan would be responsible)/i;

/** The kind of table whose header this line is, or null. */
function tableStart(line: Line): Table["kind"] | null {
  // A Markdown table's body row ("Network | Our network only | Plus out-of-network coverage") is a
  // row of the table its header starts, never a header of its own.
  if (line.tableHeader === false) return null;
  const roles = line.chunks.map((c) => headerRole(c.text));
  if (roles.includes("question") && roles.includes("answer")) return "questions";
  // A row of cells heads a cost table when none states a cost and one names what members pay
  // ("Feature | Member Pays | Notes"): the first column labels the rows.
  if (line.cells) {
    if (line.chunks.some((c) => statesCost(c.text))) return null;
    return roles.includes("out") || roles.includes("in") ? "costs" : null;
  }
  // A positioned line's header chunks open with a capital ("Out-of-Network Provider"); one in lower
  // case ("family for out-of-network") is a wrapped cell of the row above.
  const titled = roles.map((r, i) => (/^\p{Ll}/u.test(line.chunks[i]!.text) ? null : r));
  if (titled.includes("out") || (titled.includes("in") && titled.includes("service"))) return "costs";
  // Column titles alone over a drug table's prices: "RETAIL (30 DAYS) | MAIL ORDER (90 DAYS)".
  if (line.chunks.length >= 2 && titled.includes("in") && titled.every((r) => r !== null)) return "costs";
  return null;
}

/** A PDF's positioned lines and the tables read from them: read once at ingest, used three ways. */
export type PdfTables = { lines: Line[]; tables: Table[] };

/**
 * Every table in the lines, in order. `indentGroups`: a label alone over indented rows names their
 * group (plain text lined up by spaces; a PDF's wrapped cells indent for other reasons).
 */
export function readTables(
  lines: readonly Line[],
  options: { indentGroups?: boolean; pdf?: boolean } = {},
): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = tableStart(lines[i]!);
    if (!kind) {
      i++;
      continue;
    }
    const { headers, last } = headerAround(lines, i);
    const table = readBody(
      lines,
      last + 1,
      headers,
      kind,
      options.indentGroups ?? false,
      options.pdf ?? false,
    );
    if (headers.some((h) => (h.role === "in" || h.role === "out") && PLAN_PAYS.test(h.chunk.text)))
      table.planPays = true;
    if (table.rows.length > 0) tables.push(table);
    i = Math.max(table.lastLine + 1, last + 1);
  }
  return tables;
}

function readBody(
  lines: readonly Line[],
  from: number,
  headers: Header[],
  kind: Table["kind"],
  indentGroups: boolean,
  pdf: boolean,
): Table {
  const synthetic = lines[from]?.cells === true;
  // Body lines: up to the first line that ends the table (looked at before the columns are known).
  // A header on the last line has no body: no rows.
  let end = from - 1;
  const provisional: Line[] = [];
  // Where the header comes again last (a later page's repeat of it), looked up once when needed.
  let repeatAt: number | undefined;
  const lastRepeat = () => {
    repeatAt ??= lines.findLastIndex(
      (l, k) => k >= from && tableStart(l) === kind && repeatsHeader(l, headers),
    );
    return repeatAt;
  };
  // A row's band of notes (see `bandLine`) is part of the body, but no column starts at its edge:
  // its lines are kept apart, and the rows below take them as their limitations.
  let bandAt: number | null = null;
  const bands = new Set<Line>();
  for (let j = from; j < lines.length; j++) {
    const text = lines[j]!.chunks.map((c) => c.text).join(" ");
    if (SECTION_END.test(text)) break;
    bandAt = bandLine(lines, j, bandAt);
    if (bandAt !== null) {
      bands.add(lines[j]!);
      end = j;
      continue;
    }
    const next = tableStart(lines[j]!);
    if (next !== null && next !== kind) break;
    // In a PDF, another table's header below this one ("Service | You pay | Limits & notes" under a
    // band of key-figure tiles) starts that table; the same header repeated on a new page continues
    // this one. (A plain-text table's columns shift from line to line, and its wide lines are its
    // wrapped cells as often as not.)
    if (
      pdf &&
      kind === "costs" &&
      next !== null &&
      namesColumns(lines[j]!) &&
      !repeatsHeader(lines[j]!, headers)
    )
      break;
    // A line run across the header's first two columns ("PRESCRIPTION DRUGS (administered by …)",
    // a paragraph) is past the table; a row group's own heading stays within the label column.
    // (Page furniture between a table's pages also runs across: where the header comes again
    // further down, the table goes on.)
    if (pdf && kind === "costs" && j > from && spansColumns(lines[j]!, headers) && j > lastRepeat()) break;
    if (synthetic && lines[j]!.heading !== lines[from]!.heading) break;
    provisional.push(lines[j]!);
    end = j;
  }
  const columns = columnsFor(
    provisional.filter((l) => !isHeaderLine(l, kind)),
    headers,
  );
  // A cost table's first column labels its rows even when its header names no role ("PLAN
  // FEATURES", or none at all): without it every row would be nameless.
  const first = columns[0];
  if (kind === "costs" && first && first.role === null && !columns.some((c) => c.role === "service"))
    first.role = "service";
  const roleAt = (c: Chunk) => columns[columnOf(columns, c)]?.role ?? null;
  // In a PDF a wrapped cell's next line sits one line step below the last; a new row sits lower,
  // under its cell padding.
  const step = pdf ? lineStep(provisional) : undefined;
  const labelRole: ColumnRole = kind === "questions" ? "question" : "service";
  const priceRole: ColumnRole = kind === "questions" ? "answer" : "in";

  const rows: TableRow[] = [];
  let current: TableRow | null = null;
  let event = "";
  let lastLine = from - 1;
  // The first labelled line after a row-group heading starts a row, whatever its price cell says.
  let groupStart = false;
  let group: { label: string; x: number } | null = null;
  for (let j = from; j <= end; j++) {
    const line = lines[j]!;
    // A table of cells: a line of labels without a figure or a cost ("Tier | 30-day retail | Mail
    // order") heads another table; a row that names a network ("Out-of-network care | Not covered")
    // is a row, not a repeated header.
    if (
      synthetic &&
      line.chunks.length >= 2 &&
      !line.chunks.some((c) => /\d/.test(c.text) || startsCostShare(c.text))
    ) {
      if (line.chunks.some((c) => headerRole(c.text) === null)) break;
      lastLine = j;
      continue;
    }
    if (!synthetic && isHeaderLine(line, kind)) {
      lastLine = j;
      continue;
    }
    const pageTop = j > 0 && lines[j - 1]!.page !== line.page;
    // A row-group heading across the columns ("IF YOU VISIT A HEALTH CARE PROVIDER'S OFFICE") names
    // the event of the rows below it; it does not end the table.
    const across = line.chunks.map((c) => c.text).join(" ");
    if (kind === "costs" && line.chunks.length === 1 && isEventHeading(across)) {
      event = across;
      lastLine = j;
      groupStart = true;
      continue;
    }
    // A label alone over indented priced rows ("Lenses (every 12 months)" over "  Single vision
    // $20 copay $30") names a group: its rows are "Lenses (every 12 months) — Single vision".
    const next = lines[j + 1];
    if (
      indentGroups &&
      kind === "costs" &&
      line.chunks.length === 1 &&
      j + 1 <= end &&
      next &&
      next.chunks.length >= 2 &&
      next.chunks[0]!.x > line.chunks[0]!.x + 1 &&
      columnOf(columns, line.chunks[0]!) === 0 &&
      !statesCost(line.chunks[0]!.text) &&
      next.chunks.slice(1).some((c) => startsCostShare(c.text))
    ) {
      group = { label: line.chunks[0]!.text, x: line.chunks[0]!.x };
      lastLine = j;
      continue;
    }
    if (group && line.chunks[0] && line.chunks[0].x <= group.x) {
      group = null;
      // A heading in capitals after a group ("EXTRAS") is not the last row's label going on.
      if (line.chunks.length === 1 && line.heading === line.chunks[0].text) {
        lastLine = j;
        continue;
      }
    }
    // A band of notes under the row, across the table ("Limitations, Exceptions, & Other Important
    // Information: Referral from your PCP required."), is the row's limitations.
    if (pdf && bands.has(line)) {
      const note = line.chunks[0]!.text.replace(BAND_LABEL, "").trim();
      if (current && note !== "")
        current.cells.limits = current.cells.limits ? joinWrapped(current.cells.limits, note) : note;
      lastLine = j;
      continue;
    }
    if (line.chunks.some((c) => crossesColumns(columns, c, synthetic))) {
      if (pageTop || (j + 1 <= end && lines[j + 1]!.page !== line.page)) continue;
      break;
    }
    if (synthetic && line.heading !== lines[from]!.heading) break;
    lastLine = j;
    const byRole = new Map<ColumnRole, string>();
    for (const c of line.chunks) {
      const role = roleAt(c);
      if (!role) continue;
      const title = columns[columnOf(columns, c)]?.title ?? "";
      // "$10" under "90-day mail order" is a mail-order price, not a note: say whose it is.
      const text = role === "limits" && /mail[- ]order/i.test(title) ? `${title}: ${c.text}` : c.text;
      byRole.set(
        role,
        byRole.has(role) ? `${byRole.get(role)}${role === "limits" ? ";" : ""} ${text}` : text,
      );
    }
    const eventText = byRole.get("event");
    if (eventText) {
      event = /^if you\b/i.test(eventText) || event === "" || synthetic ? eventText : `${event} ${eventText}`;
      if (current && !/^if you\b/i.test(eventText) && current.event !== "") current.event = event;
    }
    const ownLabel = byRole.get(labelRole);
    const label = group && ownLabel !== undefined ? `${group.label} — ${ownLabel}` : ownLabel;
    if (label !== undefined) byRole.set(labelRole, label);
    const price = byRole.get(priceRole);
    // A group's heading in the label column ("URGENT AND EMERGENCY CARE", a grid's shaded row) ends
    // the row above: it is not the rest of its label.
    // So does a section's title over its own header or its prose ("Maternity" over "IN-NETWORK |
    // OUT-OF-NETWORK", a column's "Preauthorization" over a paragraph).
    const below = lines[j + 1];
    if (
      kind === "costs" &&
      byRole.size === 1 &&
      ownLabel !== undefined &&
      (inCapitals(ownLabel.replace(/\s*\([^)]*\)\s*$/, ""), 4) ||
        (!unfinished(current?.cells.service ?? "") &&
          below !== undefined &&
          below.page === line.page &&
          (isHeaderLine(below, kind) || below.chunks.some((c) => crossesColumns(columns, c, synthetic)))))
    ) {
      current = null;
      continue;
    }
    const starts =
      synthetic ||
      current === null ||
      (groupStart && label !== undefined) ||
      // A line in lower case ("injury or illness", "deductible does not apply") continues the row
      // above, as does a price after a cell that ends mid-phrase ("$25 copay/visit;").
      (kind === "costs"
        ? (current.cells.in !== undefined || current.cells.out !== undefined) &&
          // "20% after" over "deductible": a price cut mid-phrase goes on, whatever the label does.
          !/\b(after|per|up to|of|and|or|plus)$/i.test(current.cells.in ?? "") &&
          price !== undefined &&
          startsCostShare(price) &&
          !/^[a-z]/.test(label ?? "") &&
          (label !== undefined ||
            /^if you\b/i.test(eventText ?? "") ||
            (!wrapsAbove(lines, j, step) &&
              current.cells.in !== undefined &&
              !/[;,:]$|\b(and|or)$/.test(current.cells.in) &&
              !/^[a-z]/.test(price)))
        : label !== undefined && /\?\s*$/.test(current.cells.question ?? ""));
    if (starts && (label !== undefined || price !== undefined)) {
      current = { cells: {}, event, heading: line.heading, page: line.page };
      rows.push(current);
      groupStart = false;
    }
    if (!current) continue;
    if (eventText && /^if you\b/i.test(eventText)) current.event = event;
    for (const [role, text] of byRole) {
      if (role === "event") continue;
      const before = current.cells[role];
      current.cells[role] = before ? joinWrapped(before, text) : text;
    }
  }
  return {
    kind,
    // A table of cells also lists rules ("Specialist referrals | Required"): a row is one that prices.
    rows: rows.filter(
      (r) =>
        Object.keys(r.cells).length > 1 &&
        (!synthetic || kind !== "costs" || statesCost(`${r.cells.in ?? ""} ${r.cells.out ?? ""}`)),
    ),
    firstLine: from,
    lastLine: Math.max(lastLine, from),
  };
}

/** The label a row's band of notes opens with: "Limitations, Exceptions, & Other Important Information:". */
const BAND_LABEL = /^(?:limitations?|exceptions?|notes?|important information)\b[^:]{0,60}:\s*/i;

/**
 * Where line `j` is a line of a notes band (its x), or null: a lone chunk opening with the band's
 * label, or one at the x of the band the line above belongs to (`bandAt`), the band's wrapped text.
 */
function bandLine(lines: readonly Line[], j: number, bandAt: number | null): number | null {
  const line = lines[j]!;
  if (line.chunks.length !== 1) return null;
  const chunk = line.chunks[0]!;
  if (BAND_LABEL.test(chunk.text) && chunk.text.length > 40) return chunk.x;
  if (bandAt !== null && Math.abs(chunk.x - bandAt) <= 3 && lines[j - 1]?.page === line.page) return bandAt;
  return null;
}

/** A label cut mid-phrase ("Retail clinic (walk-in clinic inside a"): its next line goes on with it. */
function unfinished(label: string): boolean {
  const open = (label.match(/\(/g) ?? []).length > (label.match(/\)/g) ?? []).length;
  return open || /\b(a|an|the|of|and|or|to|for|with|in|inside|per|at)$/i.test(label);
}

/** The usual distance between a PDF table's lines (the most frequent), in points. */
function lineStep(body: readonly Line[]): number | undefined {
  const seen = new Map<number, number>();
  for (let k = 1; k < body.length; k++) {
    const gap = Math.round(body[k - 1]!.y - body[k]!.y);
    // Baselines a few points apart are one line's raised or lowered runs, not a line step.
    if (body[k - 1]!.page === body[k]!.page && gap >= 5) seen.set(gap, (seen.get(gap) ?? 0) + 1);
  }
  let step: number | undefined;
  for (const [gap, n] of seen) if (step === undefined || n > seen.get(step)!) step = gap;
  return step;
}

/** Whether line `j` sits one line step under the line above it: a wrapped cell going on. */
function wrapsAbove(lines: readonly Line[], j: number, step: number | undefined): boolean {
  const above = lines[j - 1];
  return (
    step !== undefined &&
    above !== undefined &&
    above.page === lines[j]!.page &&
    above.y - lines[j]!.y <= step * 1.25
  );
}

function spansColumns(line: Line, headers: readonly Header[]): boolean {
  const second = [...new Set(headers.map((h) => Math.round(h.chunk.x)))].sort((a, b) => a - b)[1];
  const only = line.chunks.length === 1 ? line.chunks[0]! : null;
  return (
    second !== undefined &&
    only !== null &&
    !isEventHeading(only.text) &&
    only.x < second - 6 &&
    only.right > second + 6
  );
}

/** A header of its own names two columns or more; one cell ending "…in or out of" is a wrapped note. */
function namesColumns(line: Line): boolean {
  return line.chunks.filter((c) => headerRole(c.text) !== null).length >= 2;
}

/** Whether a header line names the same columns as the table's own header (a page's repeat of it). */
function repeatsHeader(line: Line, headers: readonly Header[]): boolean {
  const roles = new Set(line.chunks.map((c) => headerRole(c.text)).filter((r) => r !== null));
  return [...roles].every((r) => headers.some((h) => h.role === r));
}

/** A line in capitals that opens a group of rows: "IF YOU NEED DRUGS TO TREAT YOUR ILLNESS". */
function isEventHeading(text: string): boolean {
  return /^if (you|your)\b/i.test(text) && inCapitals(text, 8);
}

/** Joins a wrapped cell's or paragraph's lines, mending words hyphenated at the line end. */
export function joinWrapped(before: string, next: string): string {
  // "copay/" over "visit", "care/" over "screening/immunization": a slash joins its two words.
  if (/\/$/.test(before) && /^[A-Za-z]/.test(next)) return `${before}${next}`;
  return /[a-z]-$/.test(before) && /^[a-z]/.test(next) ? `${before}${next}` : `${before} ${next}`;
}

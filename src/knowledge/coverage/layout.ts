/**
 * A document's text as positioned lines, the common ground for reading tables from PDFs, plain text
 * and Markdown alike. A PDF gives each text item its coordinates, so a table is rebuilt from where
 * its words sit rather than from a flattened stream; in plain text the position is the character
 * column; a Markdown table row's cells, and a tab-separated row's (a word processor's or a
 * spreadsheet's table pasted as text), get one synthetic column each.
 */

/** A run of text on one line: where it starts and ends (points for PDFs, columns for text). */
export type Chunk = { x: number; right: number; text: string };

/**
 * One visual line. `heading` is the nearest heading above it (Markdown and text), "" for PDFs.
 * `cells`: the chunks are a table row's cells in synthetic columns (1000 apart), not positions.
 */
export type Line = {
  page: number | null;
  y: number;
  chunks: Chunk[];
  heading: string;
  cells?: true;
  /**
   * A Markdown table row: true for the row over the `|---|` separator (the table's header), false
   * for the rows under a header that names anything. Unset where the text does not say.
   */
  tableHeader?: boolean;
};

/** Cells in synthetic columns, one per cell (empty cells keep their column). */
function cellChunks(cells: readonly string[]): Chunk[] {
  return cells
    .map((c, i) => ({ x: i * 1000, right: i * 1000 + 999, text: c.trim() }))
    .filter((c) => c.text !== "");
}

/** A PDF text item as PDF.js reports it (top-left origin is not assumed: y grows upwards). */
export type PdfItem = { str: string; x: number; y: number; width: number; height: number };

/**
 * A page's non-blank items grouped by baseline (within a third of the text height), rows top to
 * bottom, items left to right. The flattened text and the table reader both start from it.
 */
export function baselineRows(items: readonly PdfItem[]): { y: number; items: PdfItem[] }[] {
  const rows: { y: number; items: PdfItem[] }[] = [];
  for (const item of items) {
    if (item.str.trim() === "") continue;
    const tolerance = Math.max(1.5, item.height * 0.3);
    const row = rows.find((r) => Math.abs(r.y - item.y) <= tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** Lines of PDF pages, top to bottom, items on one baseline merged into chunks by their gaps. */
export function pdfLines(pages: readonly (readonly PdfItem[])[]): Line[] {
  const lines: Line[] = [];
  pages.forEach((items, index) => {
    for (const row of baselineRows(items)) {
      const chunks = rowChunks(row.items);
      if (chunks.length > 0) lines.push({ page: index + 1, y: row.y, chunks, heading: "" });
    }
  });
  return dropRunningLines(lines);
}

/** The items of one baseline (left to right) merged into chunks: a table's cells, a line's runs. */
export function rowChunks(items: readonly PdfItem[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const item of items) {
    const last = chunks.at(-1);
    // Words of one cell sit a space apart; cells are separated by padding wider than that.
    const gap = last ? item.x - last.right : Number.POSITIVE_INFINITY;
    if (last && gap < Math.max(2, item.height * 0.45)) {
      last.text = `${last.text}${gap > item.height * 0.1 && !last.text.endsWith(" ") ? " " : ""}${item.str}`;
      last.right = item.x + item.width;
    } else {
      chunks.push({ x: item.x, right: item.x + item.width, text: item.str });
    }
  }
  return chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, " ").trim() })).filter((c) => c.text !== "");
}

/**
 * Lines of a plain-text document: chunks are runs separated by two or more spaces or a tab, placed
 * at their character column. A form feed starts a new page. Headings (a line in capitals, or
 * numbered like "4.2 Adding a newborn") become the following lines' heading.
 */
export function textLines(text: string, options: { markdown?: boolean } = {}): Line[] {
  const lines: Line[] = [];
  let page = 1;
  let heading = "";
  const headings: string[] = [];
  text.split(/\r?\n/).forEach((raw, y) => {
    const pages = raw.split("\f");
    page += pages.length - 1;
    const rawLine = pages.at(-1) ?? "";
    const line = rawLine.replace(/\t/g, "    ");
    // Blank lines and rules ("-----", "=====") carry no text; a rule under a header is not a row.
    if (line.trim() === "" || /^[\s=_~*+|─━═-]+$/.test(line)) return;
    // One tab between cells ("Primary care visit<TAB>$15 copay<TAB>Notes"): cells, whatever their
    // widths, since a tab stop does not line the columns up.
    const tabbed = !options.markdown && /\S\t+\S/.test(rawLine.trim());
    const chunks: Chunk[] = tabbed ? cellChunks(rawLine.trim().split("\t")) : [];
    if (!tabbed) {
      for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
        chunks.push({ x: m.index, right: m.index + m[0].length, text: m[0] });
      }
    }
    const atx = options.markdown ? /^(#{1,6})\s+(.*)$/.exec(line.trim()) : null;
    if (atx) {
      // Markdown: the heading path below the document title, as sections name it.
      headings.length = atx[1]!.length - 1;
      headings[atx[1]!.length - 1] = atx[2]!.trim();
      heading = headings.slice(1).filter(Boolean).join(" > ");
    } else if (!options.markdown && chunks.length === 1 && isTextHeading(line)) heading = line.trim();
    lines.push({
      page: options.markdown ? null : page,
      y,
      chunks,
      heading,
      ...(tabbed ? { cells: true } : {}),
    });
  });
  return lines;
}

function isTextHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || /[.:,;]$/.test(t)) return false;
  if (/^\d+(\.\d+)*\.?\s+\S/.test(t)) return true;
  // "PRESCRIPTION DRUGS (ScriptWell Rx, 555-0173)": a heading with a remark in parentheses.
  return inCapitals(t.replace(/\s*\([^)]*\)\s*$/, ""), 4);
}

/** True when the text's letters (at least `minLetters` of them) are all capitals: a heading line. */
export function inCapitals(text: string, minLetters: number): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length >= minLetters && letters === letters.toUpperCase();
}

/**
 * Lines of a Markdown document's tables, each cell a chunk in its own synthetic column (1000
 * apart), the separator rows dropped. Text outside tables is not returned: prose is read elsewhere.
 */
export function markdownTableLines(text: string): Line[] {
  const lines: Line[] = [];
  const headings: string[] = [];
  const raws = text.split(/\r?\n/);
  const separator = (row: string | undefined) => {
    const t = row?.trim() ?? "";
    return (
      t.startsWith("|") &&
      t
        .replace(/^\||\|$/g, "")
        .split("|")
        .every((c) => /^\s*:?-{2,}:?\s*$/.test(c))
    );
  };
  // Whether the table being read has a header that names anything: its rows then never head a table.
  let named = false;
  raws.forEach((raw, y) => {
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const level = heading[1]!.length;
      headings.length = level - 1;
      headings[level - 1] = heading[2]!.trim();
      return;
    }
    const t = raw.trim();
    if (!t.startsWith("|")) {
      named = false;
      return;
    }
    if (separator(raw)) return;
    const cells = t.replace(/^\||\|$/g, "").split("|");
    const chunks = cellChunks(cells.map((c) => c.replace(/\*\*|__|`/g, "")));
    const header = separator(raws[y + 1]);
    if (header) named = chunks.length > 0;
    // The document title (a level-1 heading) is not part of a section's name.
    lines.push({
      page: null,
      y,
      chunks,
      heading: headings.slice(1).filter(Boolean).join(" > "),
      cells: true,
      ...(header ? { tableHeader: true } : named ? { tableHeader: false } : {}),
    });
  });
  return lines;
}

/** Drops page furniture: "Page 2 of 8" and lines repeated on several pages (running headers, footers). */
function dropRunningLines(lines: Line[]): Line[] {
  const key = (l: Line) =>
    l.chunks
      .map((c) => c.text)
      .join(" ")
      .replace(/\d+/g, "#")
      .toLowerCase();
  const pagesOf = new Map<string, Set<number | null>>();
  for (const l of lines) {
    const k = key(l);
    const set = pagesOf.get(k) ?? new Set();
    set.add(l.page);
    pagesOf.set(k, set);
  }
  const pageCount = new Set(lines.map((l) => l.page)).size;
  return lines.filter((l) => {
    const k = key(l);
    if (/\bpage # of #\b|^#$|^page #$|^- # -$/.test(k)) return false;
    // A table header repeated on each page is not furniture: the table reader needs it.
    if (/network|services you may need|important questions/.test(k)) return true;
    return !(pageCount >= 3 && (pagesOf.get(k)?.size ?? 0) >= Math.max(3, pageCount / 2));
  });
}

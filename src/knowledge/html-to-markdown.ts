import { Parser } from "htmlparser2";
import { markdownText } from "./markup-to-markdown";

/**
 * An HTML plan summary (a carrier's web page, a flyer saved as HTML) as the Markdown the knowledge
 * base reads: headings stay headings, tables become pipe tables (so their rows are read as coverage
 * rows), list items and definition lists become lines, everything else paragraphs. Scripts, styles
 * and the page's head are dropped; entities are decoded by the parser.
 */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  let line = "";
  let skip = 0;
  let heading = 0;
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  // The spans of the cell being read, and the cells still spanning down from rows above
  // (column → text and rows left): a row-spanning cell is repeated in each row it covers.
  let span = { rows: 1, cols: 1 };
  let below = new Map<number, { text: string; rows: number }>();
  // A first column of row groups (<th rowspan scope="rowgroup">Eye exam</th> beside "Routine eye exam"):
  // the group and the item together label the row.
  let rowGroups = false;
  const fillSpans = () => {
    while (row && below.has(row.length)) {
      const held = below.get(row.length)!;
      row.push(held.text);
      if (--held.rows === 0) below.delete(row.length - 1);
    }
  };

  const flush = () => {
    const text = networkCells(line.replace(/\s+/g, " ").trim());
    line = "";
    if (text === "") return;
    // A tile's label in a block of its own over its figure ("Deductible, in-network" over "$3,200
    // individual / $6,400 family"): one "Label: value" line, as a summary prints it.
    const above = out.length - 2;
    if (heading === 0 && /^[$\d]/.test(text) && isTileLabel(out[above])) {
      out[above] = `${out[above]}: ${text}`;
      return;
    }
    out.push(heading > 0 ? `${"#".repeat(heading)} ${text}` : text, "");
  };
  const write = (text: string) => {
    if (skip > 0) return;
    if (cell !== null) cell += text;
    else line += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" || name === "style" || name === "head" || name === "noscript") {
          skip++;
          return;
        }
        // Elements set as blocks by the page's style ("<span>Plan pays 100%.</span><span>2 exams…")
        // print apart: a sentence that ends where an element starts is followed by a space.
        if (/[.!?;:]$/.test(cell ?? line)) write(" ");
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = Number(name[1]);
        } else if (name === "summary" || (name === "button" && "aria-expanded" in attributes)) {
          // A disclosure's or an accordion's title ("Fillings, extractions and other basic care")
          // names the panel under it, as a heading would.
          flush();
          heading = 2;
        } else if (name === "table") {
          flush();
          table = [];
          below = new Map();
          rowGroups = false;
        } else if (name === "tr") {
          row = [];
        } else if ((name === "td" || name === "th") && row) {
          cell = "";
          const count = (value: string | undefined) => Math.max(1, Math.min(50, Number(value) || 1));
          span = { rows: count(attributes.rowspan), cols: count(attributes.colspan) };
          if (row.length === 0 && (attributes.scope === "rowgroup" || (name === "th" && span.rows > 1)))
            rowGroups = true;
        } else if (name === "br") {
          write(cell !== null ? " " : "\n");
        } else if (name === "li") {
          flush();
          line = "- ";
        } else if (name === "dt") {
          flush();
        } else if (name === "dd") {
          line = `${line.trim()}: `;
        } else if (name === "p" || name === "div" || name === "section" || name === "article") {
          if (cell === null) flush();
        }
        // A cell whose class says its network ("<span class="pill out">40%</span>"): the page shows
        // which by colour; the text says it.
        const network = NETWORK_CLASS.exec(attributes.class ?? "");
        if (network && cell === null && skip === 0)
          write(`${CELL_MARK}${/^(out|oon|non)/i.test(network[1]!) ? "Out-of-network" : "In-network"}: `);
        else if (
          /\bnote\b/.test(attributes.class ?? "") &&
          cell === null &&
          skip === 0 &&
          line.includes(CELL_MARK)
        )
          write(NOTE_MARK);
      },
      ontext(text) {
        write(text);
      },
      onclosetag(name) {
        if (name === "script" || name === "style" || name === "head" || name === "noscript") {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (/^h[1-6]$/.test(name) || name === "summary" || (name === "button" && heading > 0)) {
          flush();
          heading = 0;
        } else if ((name === "td" || name === "th") && row && cell !== null) {
          const text = cell.replace(/\s+/g, " ").replace(/\|/g, "/").trim();
          for (let k = 0; k < span.cols; k++) {
            fillSpans();
            if (span.rows > 1) below.set(row.length, { text, rows: span.rows - 1 });
            row.push(text);
          }
          cell = null;
        } else if (name === "tr" && table && row) {
          fillSpans();
          if (row.some((c) => c !== "")) table.push(row);
          row = null;
        } else if (name === "table" && table) {
          out.push(...pipeTable(rowGroups ? groupedLabels(table) : table), "");
          table = null;
        } else if (["ul", "ol", "li", "dd", "p", "div"].includes(name)) {
          if (cell === null) flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return markdownText(out);
}

/** Classes that name a network: "in", "out", "in-network", "oon", "non-network". */
const NETWORK_CLASS = /(?:^|\s)(in|out|in-?network|out-?of-?network|oon|inn|non-?network)(?:\s|$)/i;
const CELL_MARK = "\u0001";
const NOTE_MARK = "\u0002";

/**
 * A line with network cells in it ("Specialist office visit ␁In-network: $55 copay ␁Out-of-network:
 * 40% ␂No referral needed."): "Label: In-network: $55 copay; Out-of-network: 40%. No referral
 * needed.", as a summary prints a row.
 */
function networkCells(text: string): string {
  if (!text.includes(CELL_MARK)) return text;
  const [label, ...cells] = text.split(CELL_MARK);
  const joined = cells
    .map((c) => c.trim())
    .join("; ")
    .replace(/\b(In-network|Out-of-network): \1:\s*/gi, "$1: ")
    .replace(new RegExp(`\\s*;?\\s*${NOTE_MARK}\\s*`, "g"), ". ");
  const head = label!.trim().replace(/[:.]$/, "");
  return head === "" ? joined : `${head}: ${joined}`;
}

/** A short label of its own: no figure, no sentence, no heading, list item or table row. */
function isTileLabel(text: string | undefined): boolean {
  return (
    text !== undefined &&
    text.length <= 60 &&
    !/[$%\d]/.test(text) &&
    !/[.:;!?]$/.test(text) &&
    !/^(#|- |\|)/.test(text)
  );
}

/**
 * A table whose rows start with a row group and an item ("Eye exam | Routine eye exam | $10 copay |
 * …"): each row labelled "Eye exam — Routine eye exam", under a header that either titles both
 * columns ("Benefit | Item | …", kept as "Benefit") or the two together ("Item | …"). Left as it is
 * when the second column prices things (the group is the row's only label).
 */
function groupedLabels(rows: string[][]): string[][] {
  const [header, ...body] = rows;
  const width = body[0]?.length ?? 0;
  if (!header || body.length === 0 || body.some((r) => r.length !== width)) return rows;
  if (body.filter((r) => /\$\s?\d|\d\s?%/.test(r[1] ?? "")).length > body.length / 2) return rows;
  const head = header.length === width ? [header[0]!, ...header.slice(2)] : header;
  if (head.length !== width - 1) return rows;
  return [head, ...body.map((r) => [r[0] === r[1] ? r[0]! : `${r[0]} — ${r[1]}`, ...r.slice(2)])];
}

/** Rows as a Markdown pipe table, the first row the header, every row as wide as the widest. */
export function pipeTable(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => r[i] ?? "").join(" | ")} |`;
  return [line(rows[0]!), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)];
}

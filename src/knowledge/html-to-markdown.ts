import { Parser } from "htmlparser2";

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

  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    line = "";
    if (text === "") return;
    out.push(heading > 0 ? `${"#".repeat(heading)} ${text}` : text, "");
  };
  const write = (text: string) => {
    if (skip > 0) return;
    if (cell !== null) cell += text;
    else line += text;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "script" || name === "style" || name === "head" || name === "noscript") {
          skip++;
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = Number(name[1]);
        } else if (name === "table") {
          flush();
          table = [];
        } else if (name === "tr") {
          row = [];
        } else if ((name === "td" || name === "th") && row) {
          cell = "";
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
      },
      ontext(text) {
        write(text);
      },
      onclosetag(name) {
        if (name === "script" || name === "style" || name === "head" || name === "noscript") {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = 0;
        } else if ((name === "td" || name === "th") && row && cell !== null) {
          row.push(cell.replace(/\s+/g, " ").replace(/\|/g, "/").trim());
          cell = null;
        } else if (name === "tr" && table && row) {
          if (row.some((c) => c !== "")) table.push(row);
          row = null;
        } else if (name === "table" && table) {
          out.push(...pipeTable(table), "");
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
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/** Rows as a Markdown pipe table, the first row the header, every row as wide as the widest. */
export function pipeTable(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => r[i] ?? "").join(" | ")} |`;
  return [line(rows[0]!), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)];
}

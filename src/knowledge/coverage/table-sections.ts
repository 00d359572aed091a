import type { DocumentSection } from "../sections";
import type { PdfItem } from "./layout";
import type { PdfTables, TableRow } from "./tables";

/**
 * A PDF's tables as sections of their own: a plain-text split of the federal SBC reads its two
 * tables as one run of words, so a question about the out-of-pocket limit would cite a section
 * named after the file and quote a line of another row. Each Important Question becomes a section
 * named by its question, and each Common Medical Event one named by the event, with one line per
 * row ("Specialist visit — Network: $60 copay/visit; Out-of-network: 40% coinsurance; …"). They
 * are added after the document's own sections, numbered on from them.
 */
export function pdfTableSections(read: PdfTables, title: string, firstOrdinal: number): DocumentSection[] {
  const sections: { path: string[]; lines: string[] }[] = [];
  for (const table of read.tables) {
    if (table.kind === "questions") {
      for (const row of table.rows) {
        const question = row.cells.question?.trim();
        if (!question) continue;
        const body = [row.cells.answer, row.cells.why].filter(Boolean).join("\n");
        sections.push({ path: ["Important Questions", question], lines: [body] });
      }
      continue;
    }
    for (const row of table.rows) {
      const group = row.event.trim() || row.heading.trim() || "What you will pay";
      const last = sections.at(-1);
      const line = rowLine(row);
      if (!line) continue;
      if (last && last.path[0] === "Common Medical Event" && last.path[1] === group) last.lines.push(line);
      else sections.push({ path: ["Common Medical Event", group], lines: [line] });
    }
  }
  return sections.map((s, i) => ({
    ordinal: firstOrdinal + i,
    headingPath: [title, ...s.path],
    section: s.path.join(" > "),
    text: s.lines.join("\n"),
  }));
}

/**
 * A PDF's pages without the items of the tables read from them: their rows are sections of their
 * own (`pdfTableSections`), while the same cells read line by line interleave the columns
 * ("$60 copay/visit; deductible 40% coinsurance Allergy injections …") and would be quoted as
 * prose.
 */
export function withoutTables(pages: readonly (readonly PdfItem[])[], read: PdfTables): PdfItem[][] {
  const { lines } = read;
  // A band of a few key figures read as a table says more as its lines than as rows.
  const regions = read.tables
    .filter((t) => t.rows.length >= 3)
    .flatMap((t) => {
      const body = lines.slice(t.firstLine, t.lastLine + 1);
      return [...new Set(body.map((l) => l.page))].map((page) => {
        const ys = body.filter((l) => l.page === page).map((l) => l.y);
        return { page, top: Math.max(...ys), bottom: Math.min(...ys) };
      });
    });
  return pages.map((items, index) =>
    items.filter(
      (item) => !regions.some((r) => r.page === index + 1 && item.y <= r.top + 1 && item.y >= r.bottom - 1),
    ),
  );
}

function rowLine(row: TableRow): string | null {
  const { service, in: network, out, limits } = row.cells;
  if (!service || (!network && !out)) return null;
  const cells = [
    network ? `Network: ${network}` : null,
    out ? `Out-of-network: ${out}` : null,
    limits && !/^none\.?$/i.test(limits) ? `Limitations: ${limits}` : null,
  ].filter(Boolean);
  return `${service.replace(/\s+/g, " ").trim()} — ${cells.join("; ")}`;
}

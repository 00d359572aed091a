import type { DocumentSection } from "../sections";
import { type PdfItem, pdfLines } from "./layout";
import { readTables, type TableRow } from "./tables";

/**
 * A PDF's tables as sections of their own: a plain-text split of the federal SBC reads its two
 * tables as one run of words, so a question about the out-of-pocket limit would cite a section
 * named after the file and quote a line of another row. Each Important Question becomes a section
 * named by its question, and each Common Medical Event one named by the event, with one line per
 * row ("Specialist visit — Network: $60 copay/visit; Out-of-network: 40% coinsurance; …"). They
 * are added after the document's own sections, numbered on from them.
 */
export function pdfTableSections(
  pages: readonly (readonly PdfItem[])[],
  title: string,
  firstOrdinal: number,
): DocumentSection[] {
  const sections: { path: string[]; lines: string[] }[] = [];
  for (const table of readTables(pdfLines(pages), { pdf: true })) {
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

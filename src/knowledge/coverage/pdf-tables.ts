import { type PdfItem, pdfLines } from "./layout";
import { readRecords } from "./records";
import { type PdfTables, readTables, type Table } from "./tables";

/**
 * A PDF's lines and its tables: those with a header over their columns, and a form's blocks (a
 * service's name over a line per column) wherever no such table was read.
 */
export function readPdfTables(pages: readonly (readonly PdfItem[])[]): PdfTables {
  const lines = pdfLines(pages);
  const tables = readTables(lines, { pdf: true });
  const inTable = (t: Table) => tables.some((u) => t.firstLine <= u.lastLine && t.lastLine >= u.firstLine);
  const records = readRecords(lines).filter((t) => !inTable(t));
  return { lines, tables: [...tables, ...records].sort((a, b) => a.firstLine - b.firstLine) };
}

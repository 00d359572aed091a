import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { getDocumentProxy } from "unpdf";
import { csvField } from "../core/ledger/liabilities-report";
import { DomainError } from "../errors/domain-error";
import { baselineRows, type PdfItem, rowChunks } from "./coverage/layout";
import { csvToMarkdown, type SheetRecord, sheetRecords } from "./csv-to-markdown";
import { tomlToMarkdown, yamlToMarkdown } from "./data-to-markdown";
import { emailToMarkdown } from "./email-to-markdown";
import { htmlToMarkdown } from "./html-to-markdown";
import { asciidocToMarkdown, rstToMarkdown } from "./markup-to-markdown";
import { unfoldColumns } from "./pdf-columns";
import type { DocumentFormat } from "./sections";
import { slidesToMarkdown } from "./slides-to-markdown";
import { titledRows } from "./text-columns";
import { transcriptToMarkdown } from "./transcript-to-markdown";

/**
 * A plan document read from disk: its file name, format, text and content hash; for a PDF also each
 * page's positioned text items, from which tables are rebuilt.
 */
export type SourceDocument = {
  name: string;
  format: DocumentFormat;
  text: string;
  contentHash: string;
  pdfPages?: PdfItem[][] | undefined;
  /** A CSV sheet's records as written, which its converted rows quote. */
  sheetRecords?: SheetRecord[] | undefined;
};

/** Largest document accepted, in bytes and in PDF pages. */
export const DOCUMENT_LIMITS = { bytes: 20 * 1024 * 1024, pages: 300 } as const;

const FORMATS: Record<string, DocumentFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".pdf": "pdf",
  // Read as the Markdown they are converted to on the way in (`toMarkdown`).
  ".html": "markdown",
  ".htm": "markdown",
  ".csv": "markdown",
  ".yaml": "markdown",
  ".yml": "markdown",
  ".json": "markdown",
  ".toml": "markdown",
  ".adoc": "markdown",
  ".asciidoc": "markdown",
  ".rst": "markdown",
};

/**
 * HTML pages, CSV sheets, YAML, JSON or TOML exports and AsciiDoc or reStructuredText pages become Markdown, so headings, tables and rows read as in
 * any summary.
 */
function toMarkdown(name: string, text: string): string {
  const ext = extname(name).toLowerCase();
  const title = documentTitle(name);
  if (ext === ".html" || ext === ".htm") return htmlToMarkdown(text);
  // Markdown may embed HTML blocks (a wiki's tables): each is read as HTML is, in place.
  if (ext === ".md" || ext === ".markdown")
    return text.replace(/^[ \t]*<(table|dl|details)\b[\s\S]*?<\/\1>[ \t]*$/gim, (block) =>
      htmlToMarkdown(block).trim(),
    );
  if (ext === ".csv") return csvToMarkdown(text, title);
  if (ext === ".adoc" || ext === ".asciidoc") return asciidocToMarkdown(text);
  if (ext === ".rst") return rstToMarkdown(text);
  // An enrollment system's JSON export is YAML too (JSON is YAML's subset): read the same way; a
  // TOML export is read into the same sections.
  if (ext === ".yaml" || ext === ".yml" || ext === ".json" || ext === ".toml") {
    try {
      return ext === ".toml" ? tomlToMarkdown(text, title) : yamlToMarkdown(text, title);
    } catch (error) {
      const kind = ext === ".json" ? "JSON" : ext === ".toml" ? "TOML" : "YAML";
      refuse(name, `the ${kind} does not parse (${(error as Error).message.split("\n")[0]})`);
    }
  }
  return text;
}

/**
 * A text file that is a spreadsheet saved as tab-separated values (a benefit grid: one row per
 * benefit, a header row, "#" comment lines saying what the columns mean) is read as a CSV sheet is:
 * its rows become readable rows, each quoting its line as written, and its comments a paragraph
 * under the title. Null for any other text, a few tab-indented lines in prose included.
 */
function tabSeparatedSheet(raw: string, title: string): { text: string; records: SheetRecord[] } | null {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const comment = (l: string) => /^#/.test(l.trim());
  const data = lines.filter((l) => l.trim() !== "" && !comment(l));
  const rows = data.filter((l) => l.includes("\t"));
  const cells = (l: string) => l.split("\t").map((c) => c.trim());
  if (rows.length < 3 || rows.length < data.length * 0.8 || cells(rows[0]!).length < 3) return null;
  // Its comments, wherever they stand, open the sheet (as a CSV's opening "#" lines do).
  const csv = [
    ...lines.filter(comment).map((l) => l.trim()),
    ...rows.map((l) => cells(l).map(csvField).join(",")),
  ].join("\n");
  return { text: csvToMarkdown(csv, title), records: rows.map((l) => ({ cells: cells(l), line: l.trim() })) };
}

/** A file's title from its name: "benefits-guide_2027.md" → "benefits guide 2027". */
export function documentTitle(name: string): string {
  return basename(name, extname(name)).replace(/[-_]+/g, " ");
}

/** The format of a file by its extension, or null when the knowledge base does not take it. */
export function documentFormat(fileName: string): DocumentFormat | null {
  return FORMATS[extname(fileName).toLowerCase()] ?? null;
}

function refuse(name: string, reason: string): never {
  throw new DomainError("input.invalid", `${name}: ${reason}`);
}

/**
 * Reads a Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText or PDF file. PDF text comes from PDF.js (through unpdf) page by page, with
 * every text item's position; the flattened text is the items in reading order, lines joined. A
 * document over the size or page limit, a PDF that cannot be opened (corrupt, password-protected)
 * and a PDF with no text layer (a scan: there is no OCR here) are refused with the reason. The hash
 * is of the file's bytes, so re-ingesting an unchanged file is recognised and skipped.
 */
export async function readSourceDocument(path: string): Promise<SourceDocument> {
  const name = basename(path);
  const format = documentFormat(path);
  if (!format)
    refuse(
      name,
      "unsupported document type (Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText or PDF only)",
    );
  const size = (await stat(path)).size;
  if (size > DOCUMENT_LIMITS.bytes) {
    refuse(
      name,
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${DOCUMENT_LIMITS.bytes / 1024 / 1024} MB`,
    );
  }
  const bytes = await readFile(path);
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  if (format !== "pdf") {
    const raw = bytes.toString("utf8");
    const grid = format === "text" ? tabSeparatedSheet(raw, documentTitle(name)) : null;
    if (grid) return { name, format: "markdown", text: grid.text, contentHash, sheetRecords: grid.records };
    // A transcript, a slide deck's text export or an e-mail thread answered inline reads as the
    // sections it has.
    const title = documentTitle(name);
    const outline =
      format === "text"
        ? (transcriptToMarkdown(raw, title) ?? slidesToMarkdown(raw, title) ?? emailToMarkdown(raw, title))
        : null;
    if (outline) return { name, format: "markdown", text: outline, contentHash };
    const records = extname(name).toLowerCase() === ".csv" ? sheetRecords(raw) : undefined;
    return { name, format, text: toMarkdown(name, raw), contentHash, sheetRecords: records };
  }
  const pdfPages = await pdfItems(name, bytes);
  const text = pdfText(pdfPages);
  if (text.replace(/\s/g, "").length < 20 * pdfPages.length && text.replace(/\s/g, "").length < 200) {
    refuse(
      name,
      "the PDF has no text layer (a scanned document?); upload a PDF with selectable text, there is no OCR",
    );
  }
  return { name, format, text, contentHash, pdfPages };
}

async function pdfItems(name: string, bytes: Buffer): Promise<PdfItem[][]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const message = (error as Error).message ?? "";
    if ((error as { name?: string }).name === "PasswordException" || /password/i.test(message)) {
      refuse(name, "the PDF is password-protected; upload it without a password");
    }
    refuse(name, "the file is not a readable PDF (corrupt or truncated)");
  }
  try {
    if (pdf.numPages > DOCUMENT_LIMITS.pages) {
      refuse(name, `the PDF has ${pdf.numPages} pages; the limit is ${DOCUMENT_LIMITS.pages}`);
    }
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(
        unfoldColumns(
          content.items.flatMap((item) =>
            "str" in item
              ? [
                  {
                    str: item.str,
                    x: item.transform[4] as number,
                    y: item.transform[5] as number,
                    width: item.width,
                    height: Math.abs(item.transform[3] as number) || item.height,
                  },
                ]
              : [],
          ),
        ),
      );
    }
    return pages;
  } finally {
    await pdf.cleanup();
  }
}

/**
 * A PDF's pages as text (two-column pages were unfolded as they were read): items on one baseline
 * joined by spaces, lines by newlines, a blank line where the gap above is wider than a line's.
 */
export function pdfText(pages: readonly (readonly PdfItem[])[]): string {
  return pages.map(pageText).join("\n\n");
}

function pageText(items: readonly PdfItem[]): string {
  const out: string[] = [];
  let previous: { y: number; height: number } | null = null;
  const rows = baselineRows(items);
  // Plans side by side: each row with its cells labelled by the plan columns' titles.
  const labelled = titledRows(
    rows.map((row) => rowChunks(row.items)),
    true,
  );
  rows.forEach((row, i) => {
    const height = Math.max(...row.items.map((p) => p.height));
    // A gap of more than a line and a half is a blank line: it sets off a heading.
    if (labelled[i] !== "") {
      if (previous && previous.y - row.y > 1.5 * Math.max(height, previous.height) * 1.2) out.push("");
      out.push(
        labelled[i] ??
          row.items
            .map((p) => p.str)
            .join(" ")
            .replace(/\s+/g, " ")
            .trim(),
      );
    }
    previous = { y: row.y, height };
  });
  return out.join("\n");
}

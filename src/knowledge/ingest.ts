import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { DomainError } from "../errors/domain-error";
import { extractCoverage } from "./coverage/extract-coverage";
import { readPdfTables } from "./coverage/pdf-tables";
import { hasCoverage } from "./coverage/plan-coverage";
import { pdfTableSections, withoutTables } from "./coverage/table-sections";
import { type Embedder, gateEmbedder } from "./embeddings";
import { documentFormat, documentTitle, pdfText, readSourceDocument, type SourceDocument } from "./extract";
import type { KnowledgeStore } from "./knowledge-store";
import { splitDocument } from "./sections";
import { withSheetRecords } from "./sheet-rows";

export type IngestOutcome = {
  document: string;
  status: "created" | "replaced" | "unchanged";
  sections: number;
  /** Services with an extracted price, for a document ingested now (an unchanged one is not re-read). */
  services?: number;
};

/** A file that was not ingested, with the reason (nothing of it was stored). */
export type RefusedDocument = { document: string; reason: string };

export type IngestSummary = { documents: IngestOutcome[]; skipped: string[]; refused: RefusedDocument[] };

/**
 * Ingests one document for a client: splits it by its headings, extracts its costs and coverage
 * (tables, amounts, excluded services), embeds the sections when an embedder is configured, and
 * replaces the document's earlier sections and coverage. An unchanged file (same
 * content hash) is left as it is.
 */
export async function ingestDocument(
  store: KnowledgeStore,
  clientId: string,
  source: SourceDocument,
  options: { embedder?: Embedder | undefined } = {},
): Promise<IngestOutcome> {
  const previous = await store.documentHash(clientId, source.name);
  const fallbackTitle = documentTitle(source.name);
  // A PDF's tables are read as rows (their own sections below), not as lines of text.
  const pdfTables = source.pdfPages ? readPdfTables(source.pdfPages) : undefined;
  const text =
    source.pdfPages && pdfTables ? pdfText(withoutTables(source.pdfPages, pdfTables)) : source.text;
  const split = splitDocument(text, source.format, fallbackTitle);
  if (previous === source.contentHash) {
    return { document: source.name, status: "unchanged", sections: split.sections.length };
  }
  const coverage = extractCoverage({ ...source, sections: split.sections, pdfTables });
  const sections = pdfTables
    ? [...split.sections, ...pdfTableSections(pdfTables, split.title, split.sections.length)]
    : source.sheetRecords
      ? withSheetRecords(split.sections, source.sheetRecords)
      : split.sections;
  const embeddings = options.embedder
    ? await gateEmbedder(options.embedder).embedDocuments(
        sections.map((s) => `${s.headingPath.join(" > ")}\n${s.text}`),
      )
    : [];
  await store.replaceDocument(clientId, {
    name: source.name,
    format: source.format,
    title: split.title,
    contentHash: source.contentHash,
    sections: sections.map((s, i) => ({ ...s, embedding: embeddings[i] ?? null })),
    coverage: hasCoverage(coverage) ? coverage : null,
  });
  return {
    document: source.name,
    status: previous === null ? "created" : "replaced",
    sections: sections.length,
    services: coverage.rows.length,
  };
}

/**
 * Ingests every Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText and PDF file directly inside `dir` (sorted by name); others are
 * listed as skipped. A file refused as unreadable (a scan, a corrupt or protected PDF, over the
 * limits) is listed with its reason and the rest still go in.
 */
export async function ingestDirectory(
  store: KnowledgeStore,
  clientId: string,
  dir: string,
  options: { embedder?: Embedder | undefined } = {},
): Promise<IngestSummary> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  entries.sort();
  const summary: IngestSummary = { documents: [], skipped: [], refused: [] };
  for (const name of entries) {
    if (!documentFormat(name)) {
      summary.skipped.push(name);
      continue;
    }
    let source: SourceDocument;
    try {
      source = await readSourceDocument(join(dir, name));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      summary.refused.push({ document: name, reason: error.message.replace(`${name}: `, "") });
      continue;
    }
    summary.documents.push(await ingestDocument(store, clientId, source, options));
  }
  return summary;
}

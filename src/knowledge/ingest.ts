import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { type Embedder, gateEmbedder } from "./embeddings";
import { documentFormat, readSourceDocument, type SourceDocument } from "./extract";
import type { KnowledgeStore } from "./knowledge-store";
import { splitDocument } from "./sections";

export type IngestOutcome = {
  document: string;
  status: "created" | "replaced" | "unchanged";
  sections: number;
};

export type IngestSummary = { documents: IngestOutcome[]; skipped: string[] };

/**
 * Ingests one document for a client: splits it by its headings, embeds the sections when an
 * embedder is configured, and replaces the document's earlier sections. An unchanged file (same
 * content hash) is left as it is.
 */
export async function ingestDocument(
  store: KnowledgeStore,
  clientId: string,
  source: SourceDocument,
  options: { embedder?: Embedder | undefined } = {},
): Promise<IngestOutcome> {
  const previous = await store.documentHash(clientId, source.name);
  const fallbackTitle = source.name.replace(/\.[a-z]+$/i, "").replace(/[-_]+/g, " ");
  const split = splitDocument(source.text, source.format, fallbackTitle);
  if (previous === source.contentHash) {
    return { document: source.name, status: "unchanged", sections: split.sections.length };
  }
  const embeddings = options.embedder
    ? await gateEmbedder(options.embedder).embedDocuments(
        split.sections.map((s) => `${s.headingPath.join(" > ")}\n${s.text}`),
      )
    : [];
  await store.replaceDocument(clientId, {
    name: source.name,
    format: source.format,
    title: split.title,
    contentHash: source.contentHash,
    sections: split.sections.map((s, i) => ({ ...s, embedding: embeddings[i] ?? null })),
  });
  return {
    document: source.name,
    status: previous === null ? "created" : "replaced",
    sections: split.sections.length,
  };
}

/** Ingests every Markdown, text and PDF file directly inside `dir` (sorted by name); others are listed as skipped. */
export async function ingestDirectory(
  store: KnowledgeStore,
  clientId: string,
  dir: string,
  options: { embedder?: Embedder | undefined } = {},
): Promise<IngestSummary> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  entries.sort();
  const summary: IngestSummary = { documents: [], skipped: [] };
  for (const name of entries) {
    if (!documentFormat(name)) {
      summary.skipped.push(name);
      continue;
    }
    const source = await readSourceDocument(join(dir, name));
    summary.documents.push(await ingestDocument(store, clientId, source, options));
  }
  return summary;
}

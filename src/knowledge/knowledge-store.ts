import type { DocumentCoverage } from "./coverage/plan-coverage";
import type { IndexedSection } from "./knowledge-index";
import type { DocumentFormat, DocumentSection } from "./sections";

/** A document ready to be stored: its sections replace any earlier version's. */
export type StoredDocumentInput = {
  name: string;
  format: DocumentFormat;
  title: string;
  contentHash: string;
  sections: (DocumentSection & { embedding?: number[] | null })[];
  /** Costs and coverage extracted at ingest; null when the document states none. */
  coverage?: DocumentCoverage | null | undefined;
};

/**
 * Where the knowledge base keeps documents and sections (src/db/knowledge-repository.ts in the
 * product, an in-memory map in tests and the eval). Everything is per client employer.
 */
export type KnowledgeStore = {
  /** Every section of the client's documents, in document then section order. */
  listSections(clientId: string): Promise<IndexedSection[]>;
  /** The extracted coverage of each of the client's documents that has any, by document name. */
  listCoverage(clientId: string): Promise<Map<string, DocumentCoverage>>;
  /** A token that changes whenever the client's documents change (cache key). */
  version(clientId: string): Promise<string>;
  /** The stored content hash of a document, or null when the client has no such document. */
  documentHash(clientId: string, name: string): Promise<string | null>;
  /** Stores the document, replacing its earlier sections and coverage in one transaction. */
  replaceDocument(clientId: string, document: StoredDocumentInput): Promise<void>;
};

/** An in-memory KnowledgeStore for tests, the eval and the offline demo. */
export function memoryKnowledgeStore(): KnowledgeStore & {
  documents(clientId: string): StoredDocumentInput[];
} {
  const byClient = new Map<string, Map<string, StoredDocumentInput>>();
  let generation = 0;
  const docs = (clientId: string) => {
    let m = byClient.get(clientId);
    if (!m) {
      m = new Map();
      byClient.set(clientId, m);
    }
    return m;
  };
  return {
    async listSections(clientId) {
      return [...docs(clientId).values()].flatMap((d) =>
        d.sections.map((s) => ({
          id: `${d.name}#${s.ordinal}`,
          document: d.name,
          section: s.section,
          headingPath: s.headingPath,
          text: s.text,
          embedding: s.embedding ?? null,
        })),
      );
    },
    async listCoverage(clientId) {
      return new Map(
        [...docs(clientId).values()].flatMap((d) => (d.coverage ? [[d.name, d.coverage] as const] : [])),
      );
    },
    async version(clientId) {
      return `${generation}:${docs(clientId).size}`;
    },
    async documentHash(clientId, name) {
      return docs(clientId).get(name)?.contentHash ?? null;
    },
    async replaceDocument(clientId, document) {
      generation += 1;
      docs(clientId).set(document.name, document);
    },
    documents(clientId) {
      return [...docs(clientId).values()];
    },
  };
}

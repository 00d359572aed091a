import type { DocumentCoverage } from "./coverage/plan-coverage";
import { type Embedder, gateEmbedder, rerankByEmbedding } from "./embeddings";
import { KnowledgeIndex, type Passage, type SearchOptions } from "./knowledge-index";
import type { KnowledgeStore } from "./knowledge-store";

/** How many keyword results the embedding re-rank looks at. */
const RERANK_POOL = 12;

/**
 * Retrieval for one client at a time: the client's sections come from the store, the index is built
 * in memory on first use and cached per client until the store's version token changes (a
 * re-ingest). Passages never cross clients: each index only ever holds one client's sections.
 */
export class KnowledgeRetriever {
  private readonly cache = new Map<
    string,
    { version: string; index: KnowledgeIndex; coverage?: Map<string, DocumentCoverage> }
  >();

  constructor(
    private readonly store: KnowledgeStore,
    private readonly options: { embedder?: Embedder | undefined } = {},
  ) {}

  /** The client's index, rebuilt when its documents changed. */
  async indexFor(clientId: string): Promise<KnowledgeIndex> {
    const version = await this.store.version(clientId);
    const cached = this.cache.get(clientId);
    if (cached && cached.version === version) return cached.index;
    const index = new KnowledgeIndex(await this.store.listSections(clientId));
    this.cache.set(clientId, { version, index });
    return index;
  }

  /** The extracted coverage of the client's documents by name, cached like the index. */
  async coverage(clientId: string): Promise<Map<string, DocumentCoverage>> {
    await this.indexFor(clientId);
    const cached = this.cache.get(clientId)!;
    cached.coverage ??= await this.store.listCoverage(clientId);
    return cached.coverage;
  }

  /** Best passages for a question within one client's documents, best first. */
  async search(clientId: string, question: string, options: SearchOptions = {}): Promise<Passage[]> {
    const index = await this.indexFor(clientId);
    const limit = options.limit ?? 5;
    const embedder = this.options.embedder && gateEmbedder(this.options.embedder);
    if (!embedder) return index.search(question, options);
    const pool = index.search(question, { ...options, limit: RERANK_POOL });
    if (!pool.some((p) => p.section.embedding)) return pool.slice(0, limit);
    const queryEmbedding = await embedder.embedQuery(question);
    const reranked = rerankByEmbedding(
      pool.map((p) => ({ passage: p, score: p.score, embedding: p.section.embedding })),
      queryEmbedding,
    );
    return reranked.slice(0, limit).map((r) => r.passage);
  }

  /** What the question asks about that none of the client's documents names (see KnowledgeIndex). */
  async unknownSubject(
    clientId: string,
    question: string,
    options: { namesOnly?: boolean } = {},
  ): Promise<string | null> {
    return (await this.indexFor(clientId)).unknownSubject(question, options);
  }

  /** Drops a client's cached index (after an ingest in this process). */
  invalidate(clientId: string): void {
    this.cache.delete(clientId);
  }
}

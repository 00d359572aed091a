/**
 * Optional semantic re-ranking. Only used when an LLM provider with embeddings is configured;
 * the keyword index alone is the default and works offline.
 */

import { redact } from "../core/privacy/redaction";

/** The slice of LangChain's `Embeddings` the knowledge base needs. */
export type Embedder = {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
};

/**
 * The embedder behind the model gate's redaction (src/conversation/llm/model-gate.ts): a question
 * is a person's words (strict redaction), a plan document the product's own text (identity and
 * account numbers only). Idempotent, so wrapping twice changes nothing.
 */
export function gateEmbedder(embedder: Embedder): Embedder {
  if (GATED.has(embedder)) return embedder;
  const gated: Embedder = {
    embedDocuments: (texts) => embedder.embedDocuments(texts.map((t) => redact(t, "identifiers"))),
    embedQuery: (text) => embedder.embedQuery(redact(text, "strict")),
  };
  GATED.add(gated);
  return gated;
}
const GATED = new WeakSet<Embedder>();

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Re-ranks keyword results by a blend of the keyword score (scaled to the best one) and the cosine
 * similarity of the query and section embeddings; items without an embedding keep their keyword rank.
 */
export function rerankByEmbedding<T extends { score: number; embedding?: number[] | null }>(
  items: readonly T[],
  queryEmbedding: readonly number[],
  keywordWeight = 0.5,
): T[] {
  const top = Math.max(...items.map((i) => i.score), Number.EPSILON);
  return items
    .map((item, index) => {
      const keyword = item.score / top;
      const semantic = item.embedding ? cosine(item.embedding, queryEmbedding) : keyword;
      return { item, index, blended: keywordWeight * keyword + (1 - keywordWeight) * semantic };
    })
    .sort((a, b) => b.blended - a.blended || a.index - b.index)
    .map((x) => x.item);
}

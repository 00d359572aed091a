import { describe, expect, it } from "vitest";
import { cosine, rerankByEmbedding } from "../../../src/knowledge/embeddings";
import { KnowledgeRetriever } from "../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../src/knowledge/knowledge-store";

describe("embedding re-rank", () => {
  it("computes cosine similarity", () => {
    expect(cosine([1, 0], [1, 0])).toBe(1);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });

  it("blends keyword and semantic scores so a close semantic match can move up", () => {
    const items = [
      { id: "a", score: 10, embedding: [0, 1] },
      { id: "b", score: 9, embedding: [1, 0] },
    ];
    expect(rerankByEmbedding(items, [1, 0]).map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("re-ranks retrieval results with the configured embedder", async () => {
    const store = memoryKnowledgeStore();
    const section = (ordinal: number, title: string, text: string, embedding: number[]) => ({
      ordinal,
      headingPath: ["Doc", title],
      section: title,
      text,
      embedding,
    });
    await store.replaceDocument("c", {
      name: "doc.md",
      format: "markdown",
      title: "Doc",
      contentHash: "h",
      sections: [
        section(0, "Deductible", "The deductible is $1,000 per plan year for the plan.", [0, 1]),
        section(1, "Annual limit", "Per plan year the plan pays up to $1,500.", [1, 0]),
      ],
    });
    const embedder = { embedDocuments: async () => [], embedQuery: async () => [1, 0] };
    const plain = await new KnowledgeRetriever(store).search("c", "plan year deductible");
    const reranked = await new KnowledgeRetriever(store, { embedder }).search("c", "plan year deductible");
    expect(plain[0]?.section.section).toBe("Deductible");
    expect(reranked[0]?.section.section).toBe("Annual limit");
  });
});

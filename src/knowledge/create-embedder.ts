import { OllamaEmbeddings } from "@langchain/ollama";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { Env } from "../config/env";
import type { Embedder } from "./embeddings";

/** Embedding models per provider; Anthropic has no embeddings API, so it gets none. */
export const DEFAULT_EMBEDDING_MODELS = {
  openai: "text-embedding-3-small",
  ollama: "nomic-embed-text",
} as const;

/**
 * The embedder for this configuration, or undefined (the default: keyword retrieval only).
 * Only providers with an embeddings API qualify: OpenAI (or an OpenAI-compatible base URL) and Ollama.
 */
export function createEmbedder(
  env: Pick<Env, "LLM_PROVIDER" | "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "OLLAMA_BASE_URL">,
): Embedder | undefined {
  switch (env.LLM_PROVIDER) {
    case "openai":
      return new OpenAIEmbeddings({
        model: DEFAULT_EMBEDDING_MODELS.openai,
        apiKey: env.OPENAI_API_KEY,
        maxRetries: 1,
        timeout: 10_000,
        ...(env.OPENAI_BASE_URL ? { configuration: { baseURL: env.OPENAI_BASE_URL } } : {}),
      });
    case "ollama":
      return new OllamaEmbeddings({
        model: DEFAULT_EMBEDDING_MODELS.ollama,
        ...(env.OLLAMA_BASE_URL ? { baseUrl: env.OLLAMA_BASE_URL } : {}),
      });
    default:
      return undefined;
  }
}

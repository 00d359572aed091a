import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Env } from "../../config/env";
import { createChatModel } from "../../conversation/llm/chat-model";
import { type BenefitsRepository, createBenefitsRepository } from "../../db/benefits-repository";
import type { Database } from "../../db/database";
import { createKnowledgeRepository } from "../../db/knowledge-repository";
import { createEmbedder } from "../../knowledge/create-embedder";
import type { Embedder } from "../../knowledge/embeddings";
import { KnowledgeRetriever } from "../../knowledge/knowledge-retriever";
import type { KnowledgeStore } from "../../knowledge/knowledge-store";

/** Everything the benefits use cases, dialogs and CLI commands need, built once per process. */
export type BenefitsServices = {
  repo: BenefitsRepository;
  knowledge: KnowledgeStore;
  retriever: KnowledgeRetriever;
  embedder: Embedder | undefined;
  chatModel: BaseChatModel | undefined;
};

/** The configuration the benefits services read: which models LLM_PROVIDER names. */
export type BenefitsEnv = Pick<
  Env,
  | "LLM_PROVIDER"
  | "LLM_MODEL"
  | "OPENAI_API_KEY"
  | "OPENAI_BASE_URL"
  | "ANTHROPIC_API_KEY"
  | "OLLAMA_BASE_URL"
>;

/**
 * The benefits services for a database and configuration, built once per process by the composition
 * root (once per invocation by a CLI command) and passed to every caller, so the retriever and its
 * per-client index cache are shared. The chat model and embedder exist only when LLM_PROVIDER says so.
 */
export function createBenefitsServices(
  db: Database,
  env: BenefitsEnv,
  /** Models chosen by the caller (tests: fake models) instead of the ones LLM_PROVIDER names. */
  models: { chatModel?: BaseChatModel; embedder?: Embedder } = {},
): BenefitsServices {
  const knowledge = createKnowledgeRepository(db.prisma);
  const embedder = models.embedder ?? createEmbedder(env);
  return {
    repo: createBenefitsRepository(db.prisma),
    knowledge,
    retriever: new KnowledgeRetriever(knowledge, { embedder }),
    embedder,
    chatModel: models.chatModel ?? createChatModel(env, { timeoutMs: 20_000 }),
  };
}

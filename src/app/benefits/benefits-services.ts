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

const cache = new WeakMap<Database, BenefitsServices>();

/**
 * The benefits services for a database and configuration: the retriever (and its per-client index
 * cache) is shared by every caller in the process. The chat model and embedder exist only when
 * LLM_PROVIDER says so.
 */
export function benefitsServicesFor(
  db: Database,
  env: Pick<
    Env,
    | "LLM_PROVIDER"
    | "LLM_MODEL"
    | "OPENAI_API_KEY"
    | "OPENAI_BASE_URL"
    | "ANTHROPIC_API_KEY"
    | "OLLAMA_BASE_URL"
  >,
  /** Models chosen by the caller (tests: fake models) instead of the ones LLM_PROVIDER names. */
  models: { chatModel?: BaseChatModel; embedder?: Embedder } = {},
): BenefitsServices {
  const cached = cache.get(db);
  if (cached) return cached;
  const knowledge = createKnowledgeRepository(db.prisma);
  const embedder = models.embedder ?? createEmbedder(env);
  const services: BenefitsServices = {
    repo: createBenefitsRepository(db.prisma),
    knowledge,
    retriever: new KnowledgeRetriever(knowledge, { embedder }),
    embedder,
    chatModel: models.chatModel ?? createChatModel(env, { timeoutMs: 20_000 }),
  };
  cache.set(db, services);
  return services;
}

import { ChatAnthropic } from "@langchain/anthropic";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import type { Env } from "../../config/env";

/** Default model per provider when LLM_MODEL is not set. */
export const DEFAULT_MODELS = {
  openai: "gpt-4o-mini",
  anthropic: "claude-3-5-haiku-latest",
  ollama: "llama3.1",
} as const;

/**
 * The chat model chosen by `LLM_PROVIDER` (`none` → undefined: the offline classifier only).
 * Temperature 0 and a short timeout: classification must be quick and repeatable.
 */
export function createChatModel(
  env: Pick<
    Env,
    | "LLM_PROVIDER"
    | "LLM_MODEL"
    | "OPENAI_API_KEY"
    | "OPENAI_BASE_URL"
    | "ANTHROPIC_API_KEY"
    | "OLLAMA_BASE_URL"
  >,
  options: { maxRetries?: number; timeoutMs?: number } = {},
): BaseChatModel | undefined {
  const maxRetries = options.maxRetries ?? 1;
  const timeout = options.timeoutMs ?? 10_000;
  switch (env.LLM_PROVIDER) {
    case "none":
      return undefined;
    case "openai":
      return new ChatOpenAI({
        model: env.LLM_MODEL ?? DEFAULT_MODELS.openai,
        apiKey: env.OPENAI_API_KEY,
        temperature: 0,
        maxRetries,
        timeout,
        ...(env.OPENAI_BASE_URL ? { configuration: { baseURL: env.OPENAI_BASE_URL } } : {}),
      });
    case "anthropic":
      return new ChatAnthropic({
        model: env.LLM_MODEL ?? DEFAULT_MODELS.anthropic,
        apiKey: env.ANTHROPIC_API_KEY,
        temperature: 0,
        maxRetries,
      });
    case "ollama":
      return new ChatOllama({
        model: env.LLM_MODEL ?? DEFAULT_MODELS.ollama,
        temperature: 0,
        maxRetries,
        ...(env.OLLAMA_BASE_URL ? { baseUrl: env.OLLAMA_BASE_URL } : {}),
      });
  }
}

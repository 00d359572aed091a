import { ChatAnthropic } from "@langchain/anthropic";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import type { Env } from "../../config/env";

/**
 * Default model per provider when LLM_MODEL is not set: small, fast models each provider serves under a
 * stable alias, that accept temperature 0 (the newest reasoning models of OpenAI and Anthropic refuse
 * any temperature but 1).
 * - OpenAI `gpt-4.1-mini`: `gpt-4o-mini` is the older generation of the same tier.
 * - Anthropic `claude-haiku-4-5`: `claude-3-5-haiku-latest` is retired.
 * - Ollama `llama3.1`: a local model tag the Ollama library serves; pulled by the operator.
 */
export const DEFAULT_MODELS = {
  openai: "gpt-4.1-mini",
  anthropic: "claude-haiku-4-5",
  ollama: "llama3.1",
} as const;

/** A chat call's bounds, the same for every provider: each attempt's timeout, and retries after it. */
export const DEFAULT_MODEL_TIMEOUT_MS = 10_000;
export const DEFAULT_MODEL_MAX_RETRIES = 1;

/**
 * The chat model chosen by `LLM_PROVIDER` (`none` → undefined: the offline classifier only).
 * Temperature 0, a timeout per attempt and a bounded number of retries for every provider: a model that
 * does not answer costs a person at most (1 + retries) × timeout before the offline path answers.
 */
export function createChatModel(
  env: Pick<
    Env,
    | "LLM_PROVIDER"
    | "LLM_MODEL"
    | "OPENAI_API_KEY"
    | "OPENAI_BASE_URL"
    | "ANTHROPIC_API_KEY"
    | "ANTHROPIC_BASE_URL"
    | "OLLAMA_BASE_URL"
  >,
  options: { maxRetries?: number; timeoutMs?: number } = {},
): BaseChatModel | undefined {
  const maxRetries = options.maxRetries ?? DEFAULT_MODEL_MAX_RETRIES;
  const timeout = options.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
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
        // LangChain retries; the SDK's own retries are off so the bound holds.
        maxRetries,
        clientOptions: { timeout, maxRetries: 0 },
        ...(env.ANTHROPIC_BASE_URL ? { anthropicApiUrl: env.ANTHROPIC_BASE_URL } : {}),
      });
    case "ollama":
      return new ChatOllama({
        model: env.LLM_MODEL ?? DEFAULT_MODELS.ollama,
        temperature: 0,
        // The Ollama client has neither a timeout nor retries of its own (and LangChain does not retry
        // its errors): the requests it makes get both here.
        maxRetries: 0,
        fetch: boundedFetch(timeout, maxRetries),
        ...(env.OLLAMA_BASE_URL ? { baseUrl: env.OLLAMA_BASE_URL } : {}),
      });
  }
}

/**
 * `fetch` with a timeout per attempt and up to `maxRetries` retries after a timeout, a network error
 * or a 5xx answer; a caller's own abort is never retried.
 */
function boundedFetch(timeoutMs: number, maxRetries: number): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
      try {
        const response = await fetch(input, { ...init, signal });
        if (response.status < 500 || attempt >= maxRetries) return response;
        await response.body?.cancel();
      } catch (error) {
        if (init?.signal?.aborted || attempt >= maxRetries) throw error;
      }
    }
  };
}

import type { Env } from "../config/env";
import type { Logger } from "../log/logger";
import type { IntentClassifier } from "./classifier";
import { createChatModel } from "./llm/chat-model";
import { LlmIntentClassifier } from "./llm/llm-classifier";
import { OfflineIntentClassifier } from "./offline/offline-classifier";

/**
 * The classifier for this configuration: offline (default, `LLM_PROVIDER=none`), or the LLM one
 * with the offline classifier as its fallback.
 */
export function createIntentClassifier(
  env: Parameters<typeof createChatModel>[0],
  logger: Logger,
  offline: OfflineIntentClassifier = OfflineIntentClassifier.train(),
  /** The process's chat model when the caller already built one (the composition root shares it). */
  model = createChatModel(env),
): IntentClassifier {
  return model ? new LlmIntentClassifier({ model, fallback: offline, logger }) : offline;
}

export type { Env };

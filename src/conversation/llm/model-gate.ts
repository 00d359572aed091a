import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { type RedactionProfile, redact } from "../../core/privacy/redaction";

/**
 * One message of a prompt. `person` is anything a person wrote (a chat message, a transcript):
 * it goes out with the strict redaction (identity and account numbers, every amount, emails,
 * phones). `sources` is the product's own text (instructions, plan passages, the person's own
 * benefit facts): identity and account numbers only, so plan figures stay for the model to restate.
 */
export type PromptMessage = { from: "instructions" | "sources" | "person"; text: string };

const PROFILE: Record<PromptMessage["from"], RedactionProfile> = {
  instructions: "identifiers",
  sources: "identifiers",
  person: "strict",
};

/**
 * The single way text reaches a language model (docs/architecture.md, "Errors and privacy"):
 * every message of every prompt (classification, answer phrasing, case summaries) passes the one
 * redaction in `src/core/privacy/redaction.ts` first, and the answer comes back as plain text.
 */
export class ModelGate {
  readonly #model: BaseChatModel;

  constructor(model: BaseChatModel) {
    this.#model = model;
  }

  /** Sends the redacted prompt; resolves to the answer's text. */
  async complete(messages: readonly PromptMessage[]): Promise<string> {
    const prompt: BaseMessage[] = messages.map((m) => {
      const text = redact(m.text, PROFILE[m.from]);
      return m.from === "person" ? new HumanMessage(text) : new SystemMessage(text);
    });
    const reply = await this.#model.invoke(prompt);
    return contentText(reply.content);
  }
}

/** A model or an existing gate, as a gate: nothing calls a chat model except through one. */
export type ModelLike = BaseChatModel | ModelGate;

export function toModelGate(model: ModelLike): ModelGate {
  return model instanceof ModelGate ? model : new ModelGate(model);
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content
      .map((part) =>
        typeof part === "string"
          ? part
          : typeof part === "object" && part !== null && "text" in part && typeof part.text === "string"
            ? part.text
            : "",
      )
      .join("");
  return "";
}

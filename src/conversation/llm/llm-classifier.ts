import { z } from "zod";
import { PTO_TYPES } from "../../core/pto/pto-types";
import type { Logger } from "../../log/logger";
import type { Classification, ClassifyContext, IntentClassifier } from "../classifier";
import { INTENT_INFO, INTENTS } from "../intents";
import { matchSensitiveReport } from "../offline/sensitive-rules";
import { datePreferenceFor, extractSlots } from "../slot-extraction";
import { DEPENDENT_RELATIONS, LIFE_EVENT_TYPES, PLAN_WORDS, type Slots } from "../slots";
import { type ModelGate, type ModelLike, type PromptMessage, toModelGate } from "./model-gate";
import { loadPrompt, renderPrompt } from "./prompts";

/**
 * What the model must answer. Only labels: dates, hours and amounts are never taken from the model
 * (the deterministic extractor reads them from the original text, locally).
 */
export const LlmAnswerSchema = z.object({
  intent: z.enum(INTENTS),
  confidence: z.number().min(0).max(1),
  slots: z
    .object({
      ptoType: z.enum(PTO_TYPES).optional(),
      planType: z.enum(PLAN_WORDS).optional(),
      dependentRelation: z.enum(DEPENDENT_RELATIONS).optional(),
      lifeEventType: z.enum(LIFE_EVENT_TYPES).optional(),
      topic: z
        .string()
        .regex(/^[a-z_ ]{1,40}$/)
        .optional(),
    })
    .partial()
    .default({}),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

export type LlmClassifierOptions = {
  /** The chat model; every prompt goes through its {@link ModelGate}. */
  model: ModelLike;
  /** Used whenever the model fails or answers outside the schema — never a guess. */
  fallback: IntentClassifier;
  logger: Logger;
  /** Prompt template name in prompts/ (default `classify-intent`, highest version). */
  promptName?: string;
  promptVersion?: number;
};

/** Pulls the JSON object out of a model reply (tolerates ```json fences and leading prose). */
function parseJsonObject(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  const body = (fenced?.[1] ?? content).trim();
  const start = body.indexOf("{");
  const end = body.lastIndexOf("}");
  if (start < 0 || end <= start) throw new Error("no JSON object in the answer");
  return JSON.parse(body.slice(start, end + 1));
}

/**
 * Classifies with a LangChain chat model. The text is redacted before it is sent (SSNs, card and
 * bank numbers, money amounts, emails, phones), the prompt comes from prompts/, and the answer is
 * validated with zod; a failed call or invalid answer falls back to the offline classifier. The
 * safety rules still win: a message they flag is `sensitive_report` whatever the model says.
 */
export class LlmIntentClassifier implements IntentClassifier {
  readonly #system: string;
  readonly #gate: ModelGate;

  constructor(private readonly options: LlmClassifierOptions) {
    this.#gate = toModelGate(options.model);
    const template = loadPrompt(options.promptName ?? "classify-intent", options.promptVersion);
    this.#system = renderPrompt(template, {
      intent_list: INTENTS.map((i) => `- ${i}: ${INTENT_INFO[i].description}`).join("\n"),
    });
  }

  async classify(text: string, context: ClassifyContext): Promise<Classification> {
    const sensitiveKind = matchSensitiveReport(text);
    if (sensitiveKind) {
      // Safety first, and a sensitive report's text need not go to any model.
      return {
        intent: "sensitive_report",
        confidence: 0.99,
        slots: { topic: sensitiveKind },
        alternatives: [],
        source: "rule",
      };
    }
    let answer: LlmAnswer;
    try {
      const messages: PromptMessage[] = [{ from: "instructions", text: this.#system }];
      // Short follow-ups ("and dental?") read better knowing the previous topic (a label, never text).
      if (context.previousIntent)
        messages.push({
          from: "instructions",
          text: `The previous turn was about: ${context.previousIntent}.`,
        });
      messages.push({ from: "person", text });
      const reply = await this.#gate.complete(messages);
      const parsed = LlmAnswerSchema.safeParse(parseJsonObject(reply));
      if (!parsed.success)
        throw new Error(`answer outside the schema: ${parsed.error.issues[0]?.message ?? ""}`);
      answer = parsed.data;
    } catch (error) {
      this.options.logger.warn(
        { event: "conversation.llm_fallback", reason: (error as Error).name },
        "language model answer unusable; using the offline classifier",
      );
      return this.options.fallback.classify(text, context);
    }
    // Dates, hours and amounts come from the local extractor on the original text, never from the model.
    const local = extractSlots(text, { ...context, prefer: datePreferenceFor(answer.intent) });
    const slots: Slots = { ...answer.slots, ...local };
    for (const key of Object.keys(slots) as (keyof Slots)[]) if (slots[key] === undefined) delete slots[key];
    return { intent: answer.intent, confidence: answer.confidence, slots, alternatives: [], source: "llm" };
  }
}

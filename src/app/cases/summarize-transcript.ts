import { type ModelLike, toModelGate } from "../../conversation/llm/model-gate";
import { loadPrompt, type PromptTemplate, renderPrompt } from "../../conversation/llm/prompts";
import {
  checkSummaryAgainstTranscript,
  type RedactedTranscript,
  redactTranscript,
  type TranscriptTurn,
} from "../../core/cases/transcript-summary";
import type { Logger } from "../../log/logger";

/** Writes a short summary of an already-redacted transcript. */
export type TranscriptSummarizer = {
  readonly name: string;
  summarize(redactedTranscript: string): Promise<string>;
};

/** Prompt template (`prompts/case-summary.v1.md`), named in logs beside each model summary's use. */
export const CASE_SUMMARY_PROMPT = { name: "case-summary", version: 1 } as const;

let template: PromptTemplate | undefined;
function loadTemplate(): PromptTemplate {
  template ??= loadPrompt(CASE_SUMMARY_PROMPT.name, CASE_SUMMARY_PROMPT.version);
  return template;
}

/** A summarizer over any LangChain chat model (OpenAI, Anthropic, Ollama; fake models in tests). */
export function createModelSummarizer(model: ModelLike): TranscriptSummarizer {
  const gate = toModelGate(model);
  return {
    name: `${CASE_SUMMARY_PROMPT.name}.v${CASE_SUMMARY_PROMPT.version}`,
    async summarize(redactedTranscript) {
      const prompt = renderPrompt(loadTemplate(), { transcript: redactedTranscript });
      // The transcript is a person's words: the whole prompt goes out with the strict redaction.
      return (await gate.complete([{ from: "person", text: prompt }])).trim();
    },
  };
}

export type CaseSummary = {
  summary: string;
  source: "extractive" | "model";
  transcript: RedactedTranscript;
  /** Why a model summary was not used (for logs and tests; no transcript text). */
  rejected?: string;
};

/** Longest extractive summary kept on the case. */
const MAX_SUMMARY_CHARS = 2_000;

/**
 * The case summary: the conversation's last turns redacted (SSNs, card and bank numbers, other
 * people's pay); with a summarizer, a model summary of that redacted text instead — used only when
 * it names no figure or name the transcript lacks. A failing or rejected model falls back to the
 * extractive summary; the model never sees unredacted text.
 */
export async function summarizeCaseTranscript(
  turns: readonly TranscriptTurn[],
  summarizer?: TranscriptSummarizer,
  logger?: Logger,
): Promise<CaseSummary> {
  const transcript = redactTranscript(turns);
  const extractive =
    transcript.text.length > MAX_SUMMARY_CHARS
      ? `…${transcript.text.slice(-(MAX_SUMMARY_CHARS - 1))}`
      : transcript.text;
  const fallback = (rejected?: string): CaseSummary => ({
    summary: extractive || "(no conversation)",
    source: "extractive",
    transcript,
    ...(rejected ? { rejected } : {}),
  });
  if (!summarizer || transcript.turns.length === 0) return fallback();
  let written: string;
  try {
    written = await summarizer.summarize(transcript.text);
  } catch (error) {
    logger?.warn(
      { err: error, prompt: summarizer.name },
      "case summary model failed; using extractive summary",
    );
    return fallback("model failed");
  }
  const check = checkSummaryAgainstTranscript(written, transcript.text);
  if (!check.ok) {
    // Only the kind: the reason quotes the summary, which may name people.
    logger?.warn({ prompt: summarizer.name, rejected: check.kind }, "model summary rejected");
    return fallback(check.reason);
  }
  return { summary: written, source: "model", transcript };
}

import { ChatAnthropic } from "@langchain/anthropic";
import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env";
import { createChatModel } from "../../../src/conversation/llm/chat-model";
import { loadPrompt, renderPrompt } from "../../../src/conversation/llm/prompts";

describe("createChatModel", () => {
  it("builds no model for LLM_PROVIDER=none (the default)", () => {
    expect(createChatModel(loadEnv({}))).toBeUndefined();
  });

  it.each([
    [{ LLM_PROVIDER: "openai", OPENAI_API_KEY: "sk-x", LLM_MODEL: "gpt-x" }, ChatOpenAI, "gpt-x"],
    [{ LLM_PROVIDER: "anthropic", ANTHROPIC_API_KEY: "k" }, ChatAnthropic, "claude-haiku-4-5"],
    [{ LLM_PROVIDER: "ollama", OLLAMA_BASE_URL: "http://127.0.0.1:11434" }, ChatOllama, "llama3.1"],
  ] as const)("builds the provider's LangChain model (%o)", (env, type, model) => {
    const chat = createChatModel(loadEnv(env));
    expect(chat).toBeInstanceOf(type);
    expect((chat as unknown as { model: string }).model).toBe(model);
  });
});

describe("loadPrompt", () => {
  it("loads the highest version of a prompt by name and fills its placeholders", () => {
    const prompt = loadPrompt("classify-intent");
    expect(prompt.version).toBeGreaterThanOrEqual(1);
    expect(renderPrompt(prompt, { intent_list: "- x" })).toContain("- x");
  });

  it("refuses a missing prompt or an unfilled placeholder", () => {
    expect(() => loadPrompt("no-such-prompt")).toThrow(/not found/);
    expect(() => renderPrompt(loadPrompt("classify-intent"), {})).toThrow(/intent_list/);
  });
});

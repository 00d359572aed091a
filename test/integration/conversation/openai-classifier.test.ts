import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env";
import { createIntentClassifier } from "../../../src/conversation/create-classifier";
import { createChatModel } from "../../../src/conversation/llm/chat-model";
import { LlmIntentClassifier } from "../../../src/conversation/llm/llm-classifier";
import { memoryLogger, offlineClassifier } from "../../unit/conversation/support";

type Recorded = { path: string; body: { model: string; messages: { role: string; content: string }[] } };

/** An OpenAI-compatible chat completions server on 127.0.0.1 whose next answers the test sets. */
function fakeOpenAi() {
  const requests: Recorded[] = [];
  const answers: { status: number; content: string }[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    requests.push({ path: req.url ?? "", body: JSON.parse(raw || "{}") });
    const next = answers.shift() ?? { status: 200, content: "" };
    if (next.status !== 200) {
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "boom", type: "server_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-test",
        object: "chat.completion",
        created: 1_764_000_000,
        model: "fake-model",
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: next.content },
            finish_reason: "stop",
            logprobs: null,
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  });
  return { server, requests, answers };
}

describe("LLM classifier through the real @langchain/openai client", () => {
  const fake = fakeOpenAi();
  let baseUrl = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => fake.server.close(() => resolve()));
  });

  function classifier() {
    const env = loadEnv({
      LLM_PROVIDER: "openai",
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: baseUrl,
      LLM_MODEL: "fake-model",
    });
    const model = createChatModel(env, { maxRetries: 0, timeoutMs: 5_000 });
    const { logger, lines } = memoryLogger();
    return { lines, llm: new LlmIntentClassifier({ model: model!, fallback: offlineClassifier(), logger }) };
  }

  const ctx = { timezone: "America/Chicago", now: new Date("2026-11-25T15:00:00Z") };

  it("sends redacted text with the prompt and uses the validated answer", async () => {
    fake.answers.push({ status: 200, content: '{"intent":"direct_deposit","confidence":0.88}' });
    const { llm } = classifier();
    const result = await llm.classify("switch my deposit to account 000123456789 routing 021000021", ctx);
    expect(result).toMatchObject({ intent: "direct_deposit", confidence: 0.88, source: "llm" });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body.model).toBe("fake-model");
    const sent = JSON.stringify(request.body.messages);
    expect(sent).not.toContain("000123456789");
    expect(sent).not.toContain("021000021");
    expect(request.body.messages[0]?.role).toBe("system");
  });

  it("falls back to the offline classifier on an HTTP 500 without retrying", async () => {
    const before = fake.requests.length;
    fake.answers.push({ status: 500, content: "" });
    const { llm, lines } = classifier();
    const result = await llm.classify("how many vacation days do i have left", ctx);
    expect(result).toMatchObject({ intent: "pto_balance", source: "offline" });
    expect(fake.requests.length - before).toBe(1);
    expect(lines.join("")).not.toContain("vacation days");
  });

  it("falls back on an answer outside the schema", async () => {
    fake.answers.push({ status: 200, content: '{"intent":"approve_all","confidence":1}' });
    const { llm } = classifier();
    expect((await llm.classify("what's my dental deductible", ctx)).source).toBe("offline");
  });

  it("is only used when LLM_PROVIDER selects it", () => {
    const { logger } = memoryLogger();
    const offline = offlineClassifier();
    expect(createIntentClassifier(loadEnv({}), logger, offline)).toBe(offline);
    expect(
      createIntentClassifier(
        loadEnv({ LLM_PROVIDER: "openai", OPENAI_API_KEY: "sk", OPENAI_BASE_URL: baseUrl }),
        logger,
        offline,
      ),
    ).toBeInstanceOf(LlmIntentClassifier);
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Env, loadEnv } from "../../../src/config/env";
import { createChatModel, DEFAULT_MODELS } from "../../../src/conversation/llm/chat-model";
import { LlmIntentClassifier } from "../../../src/conversation/llm/llm-classifier";
import { memoryLogger, offlineClassifier } from "../../unit/conversation/support";

type Provider = "openai" | "anthropic" | "ollama";
type Recorded = { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> };
/** What the fake does with the next request: answer this text, fail with a status, or never answer. */
type Next = { text: string } | { status: number } | "hang";

/** Writes `text` as the provider's own API would answer a chat request. */
function answer(provider: Provider, body: Record<string, unknown>, text: string, res: ServerResponse): void {
  const model = String(body.model);
  if (provider === "openai") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-test",
        object: "chat.completion",
        created: 1_764_000_000,
        model,
        choices: [
          { index: 0, message: { role: "assistant", content: text }, finish_reason: "stop", logprobs: null },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  } else if (provider === "anthropic") {
    res.writeHead(200, { "content-type": "application/json", "request-id": "req_test" });
    res.end(
      JSON.stringify({
        id: "msg_test",
        type: "message",
        role: "assistant",
        model,
        content: [{ type: "text", text }],
        stop_reason: "end_turn",
        stop_sequence: null,
        usage: { input_tokens: 10, output_tokens: 10 },
      }),
    );
  } else {
    // Ollama's /api/chat: one JSON object, or NDJSON chunks ending with `done: true` when streaming.
    const at = "2026-12-04T10:00:00Z";
    const last = {
      model,
      created_at: at,
      message: { role: "assistant", content: "" },
      done: true,
      done_reason: "stop",
    };
    res.writeHead(200, {
      "content-type": body.stream === false ? "application/json" : "application/x-ndjson",
    });
    if (body.stream === false)
      res.end(JSON.stringify({ ...last, message: { role: "assistant", content: text } }));
    else
      res.end(
        `${JSON.stringify({ model, created_at: at, message: { role: "assistant", content: text }, done: false })}\n${JSON.stringify(last)}\n`,
      );
  }
}

function fakeProvider(provider: Provider) {
  const requests: Recorded[] = [];
  const script: Next[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || "{}") as Record<string, unknown>;
    requests.push({ path: req.url ?? "", headers: req.headers, body });
    const next = script.shift() ?? { status: 500 };
    if (next === "hang") return void hanging.push(res);
    if ("status" in next) {
      res.writeHead(next.status, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ error: { type: "api_error", message: "overloaded" } }));
    }
    answer(provider, body, next.text, res);
  });
  return { server, requests, script, hanging };
}

const envs: Record<Provider, (url: string) => Partial<Record<keyof Env, string>>> = {
  openai: (url) => ({
    LLM_PROVIDER: "openai",
    OPENAI_API_KEY: "sk-test-openai",
    OPENAI_BASE_URL: `${url}/v1`,
  }),
  anthropic: (url) => ({
    LLM_PROVIDER: "anthropic",
    ANTHROPIC_API_KEY: "sk-ant-test",
    ANTHROPIC_BASE_URL: url,
  }),
  ollama: (url) => ({ LLM_PROVIDER: "ollama", OLLAMA_BASE_URL: url }),
};
const paths: Record<Provider, string> = {
  openai: "/v1/chat/completions",
  anthropic: "/v1/messages",
  ollama: "/api/chat",
};
const ctx = { timezone: "America/Chicago", now: new Date("2026-11-25T15:00:00Z") };

describe.each(["openai", "anthropic", "ollama"] as const)(
  "the %s provider against a local fake of its API",
  (provider) => {
    const fake = fakeProvider(provider);
    let url = "";

    beforeAll(async () => {
      await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      for (const res of fake.hanging) res.destroy();
      fake.server.closeAllConnections();
      await new Promise<void>((resolve) => fake.server.close(() => resolve()));
    });

    function classifier(options: { timeoutMs?: number } = {}) {
      // Default retries (one), so the tests hold the product's own bound.
      const model = createChatModel(loadEnv(envs[provider](url)), options);
      const { logger, lines } = memoryLogger();
      return {
        lines,
        llm: new LlmIntentClassifier({ model: model!, fallback: offlineClassifier(), logger }),
      };
    }

    it("classifies through the provider's API with the default model and the key", async () => {
      fake.script.push({ text: '{"intent":"pto_balance","confidence":0.91}' });
      const before = fake.requests.length;
      const result = await classifier().llm.classify("how much vacation do I have", ctx);
      expect(result).toMatchObject({ intent: "pto_balance", confidence: 0.91, source: "llm" });
      expect(fake.requests.length - before).toBe(1);
      const request = fake.requests.at(-1)!;
      expect(request.path).toBe(paths[provider]);
      expect(request.body.model).toBe(DEFAULT_MODELS[provider]);
      if (provider === "openai") expect(request.headers.authorization).toBe("Bearer sk-test-openai");
      if (provider === "anthropic") expect(request.headers["x-api-key"]).toBe("sk-ant-test");
    });

    it("retries a server error once, then answers", async () => {
      fake.script.push({ status: 500 }, { text: '{"intent":"greeting_help","confidence":0.8}' });
      const before = fake.requests.length;
      const result = await classifier().llm.classify("hello there", ctx);
      expect(result).toMatchObject({ intent: "greeting_help", source: "llm" });
      expect(fake.requests.length - before).toBe(2);
    });

    it("gives up after the timeout and one retry, and the offline classifier answers", async () => {
      fake.script.push("hang", "hang");
      const before = fake.requests.length;
      const result = await classifier({ timeoutMs: 300 }).llm.classify(
        "how many vacation days do i have left",
        ctx,
      );
      expect(result).toMatchObject({ intent: "pto_balance", source: "offline" });
      expect(fake.requests.length - before).toBe(2);
    });
  },
);

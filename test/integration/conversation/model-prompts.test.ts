import { randomBytes } from "node:crypto";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDemoDocuments } from "../../../src/app/benefits/ingest-plan-documents";
import { loadDemoData } from "../../../src/app/census/load-demo";
import { systemClock } from "../../../src/app/clock";
import { resolveActorByEmail } from "../../../src/app/identity/resolve-actor";
import { loadEnv } from "../../../src/config/env";
import { handleTurn } from "../../../src/conversation/engine";
import { findPersonalNumbers } from "../../../src/core/privacy/redaction";
import { createLogger } from "../../../src/log/logger";
import { type AppRuntime, createAppRuntime } from "../../../src/main/runtime";
import { createTestDatabase, type TestDatabase } from "../../support/database";

/**
 * A LangChain chat model standing in for the provider: it records every prompt it is sent and
 * answers by what the prompt asks for (an intent as JSON, an answer, a summary).
 */
class RecordingProvider extends BaseChatModel {
  readonly prompts: string[] = [];
  intents: string[] = [];
  _llmType() {
    return "recording-provider";
  }
  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const prompt = messages.map((m) => String(m.content)).join("\n");
    this.prompts.push(prompt);
    let text = "Please see the plan documents.";
    if (prompt.includes("You classify one message"))
      text = JSON.stringify({ intent: this.intents.shift() ?? "out_of_scope", confidence: 0.95 });
    else if (prompt.toLowerCase().includes("summar")) text = "Employee asks about a direct deposit.";
    return { generations: [{ text, message: new AIMessage(text) }] };
  }
}

/** An embeddings provider that records what it is sent. */
function recordingEmbedder(sent: string[]) {
  const vector = (t: string) => [t.length % 7, 1, 0];
  return {
    async embedDocuments(texts: string[]) {
      sent.push(...texts);
      return texts.map(vector);
    },
    async embedQuery(text: string) {
      sent.push(text);
      return vector(text);
    },
  };
}

const SECRETS = [
  "123-45-6789",
  "123456789",
  "021000021",
  "000123456789",
  "4111 1111 1111 1111",
  "4111111111111111",
];
const MESSAGE =
  "My SSN is 123-45-6789 and my new account 000123456789 (routing 021000021), card 4111 1111 1111 1111: " +
  "what is my medical deductible?";

describe("every prompt sent to a model passes the one redaction", () => {
  let db: TestDatabase;
  let runtime: AppRuntime;
  const provider = new RecordingProvider({});
  const embedded: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = loadEnv({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      REDIS_URL: process.env.REDIS_URL ?? "",
    });
    runtime = await createAppRuntime(env, {
      logger: createLogger("silent"),
      clock: systemClock,
      db,
      queuePrefix: `mp${randomBytes(4).toString("hex")}`,
      models: { chatModel: provider, embedder: recordingEmbedder(embedded) },
    });
    await loadDemoData(db, { clock: systemClock });
    await ingestDemoDocuments(runtime.services.benefits);
  });
  afterAll(async () => {
    await runtime?.close();
    await db?.cleanup();
  });

  it("classification, answer phrasing, retrieval and the case summary never see SSN, bank, card or routing numbers", async () => {
    const acme = await db.prisma.clientEmployer.findFirstOrThrow({ where: { ein: "12-3456789" } });
    const row = await db.prisma.employee.findFirstOrThrow({
      where: { clientId: acme.id, terminationDate: null },
      orderBy: { name: "asc" },
    });
    const actor = await resolveActorByEmail(runtime.services.identities, row.email);
    if (!actor) throw new Error("demo employee not found");
    const turn = (text: string) =>
      handleTurn(runtime.conversation, {
        actor,
        channel: "playground",
        conversationKey: `playground:${row.id}`,
        input: { kind: "text", text },
      });

    provider.intents = ["benefits_question", "talk_to_human"];
    await turn(MESSAGE);
    await turn(`I want to talk to a person about it. ${MESSAGE}`);

    const prompts = provider.prompts.join("\n----\n");
    // Each model path was exercised: the classifier, the answer's phrasing and the case summary.
    expect(provider.prompts.filter((p) => p.includes("You classify one message"))).toHaveLength(2);
    expect(prompts).toContain("HR benefits assistant");
    expect(prompts.toLowerCase()).toContain("summar");
    expect(embedded.length).toBeGreaterThan(0);

    for (const text of [...provider.prompts, ...embedded]) {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(findPersonalNumbers(text)).toEqual([]);
    }
    expect(prompts).toContain("[SSN redacted]");
  });
});

import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it, vi } from "vitest";
import {
  createModelSummarizer,
  summarizeCaseTranscript,
} from "../../../../src/app/cases/summarize-transcript";

const turns = [
  { role: "employee" as const, text: "My direct deposit to account 000123456789 bounced on March 3." },
  { role: "assistant" as const, text: "I'm sorry. I'll connect you with an HR specialist." },
  { role: "employee" as const, text: "Jordan in payroll makes $95,000 and got paid fine." },
];

describe("summarizeCaseTranscript", () => {
  it("uses the redacted last turns when no model is configured", async () => {
    const s = await summarizeCaseTranscript(turns);
    expect(s.source).toBe("extractive");
    expect(s.summary).toContain("account [bank number redacted] bounced on March 3");
    expect(s.summary).toContain("Jordan in payroll makes [pay figure redacted]");
    expect(s.summary).not.toMatch(/000123456789|95,000/);
  });

  it("uses a model summary that stays within the transcript, and the model never sees redacted data", async () => {
    const model = new FakeListChatModel({
      responses: ["Employee reports a direct deposit that bounced on March 3."],
    });
    let seen = "";
    const summarizer = createModelSummarizer(model);
    const spy = {
      name: summarizer.name,
      summarize: async (t: string) => {
        seen = t;
        return summarizer.summarize(t);
      },
    };
    const s = await summarizeCaseTranscript(turns, spy);
    expect(s).toMatchObject({
      source: "model",
      summary: "Employee reports a direct deposit that bounced on March 3.",
    });
    expect(seen).not.toMatch(/000123456789|95,000/);
  });

  it("rejects a model summary that invents a figure or a name and falls back", async () => {
    for (const invented of [
      "Employee reports a deposit of $2,400 that bounced on March 3.",
      "Employee reports the deposit bounced; Taylor in payroll is involved.",
    ]) {
      const s = await summarizeCaseTranscript(
        turns,
        createModelSummarizer(new FakeListChatModel({ responses: [invented] })),
      );
      expect(s.source).toBe("extractive");
      expect(s.rejected).toMatch(/not in the transcript/);
    }
  });

  it("falls back when the model fails", async () => {
    const failing = { name: "x", summarize: async () => Promise.reject(new Error("timeout")) };
    expect(await summarizeCaseTranscript(turns, failing)).toMatchObject({
      source: "extractive",
      rejected: "model failed",
    });
  });

  it("sends the versioned prompt with the redacted transcript filled in", async () => {
    const model = new FakeListChatModel({ responses: ["Employee reports a bounced deposit."] });
    const invoke = vi.spyOn(model, "invoke");
    await summarizeCaseTranscript(turns, createModelSummarizer(model));
    const sent = invoke.mock.calls[0]?.[0];
    const prompt = (Array.isArray(sent) ? sent : [sent])
      .map((m) => (typeof m === "object" && m !== null && "content" in m ? String(m.content) : String(m)))
      .join("\n");
    expect(prompt).toContain("Use only names, figures and dates that appear in the transcript.");
    expect(prompt).toContain(
      "Employee: My direct deposit to account [bank number redacted] bounced on March 3.",
    );
    expect(prompt).not.toContain("{{");
  });
});

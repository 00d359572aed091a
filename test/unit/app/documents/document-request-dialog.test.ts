import { describe, expect, it } from "vitest";
import { stubMonth } from "../../../../src/app/documents/document-request-dialog";
import { documentRequestsRouted } from "../../../../src/conversation/engine";

describe("stubMonth", () => {
  it.each([
    ["pay stub for November", "2026-11"],
    ["my stub from Dec", "2026-12"],
    ["pay stub for February", "2026-02"],
    ["pay stub for last month", "2026-11"],
    ["stub for march 2025", "2025-03"],
  ])("reads %j on 2026-12-04 as %s", (text, month) => {
    expect(stubMonth(text, "2026-12-04")).toBe(month);
  });

  it("takes a month after today's as last year's, and no month as the latest stub", () => {
    expect(stubMonth("stub for November", "2026-03-10")).toBe("2025-11");
    expect(stubMonth("send me my pay stub", "2026-03-10")).toBeUndefined();
    expect(stubMonth("stub for last month", "2026-01-10")).toBe("2025-12");
  });
});

describe("documentRequestsRouted", () => {
  const guess = (intent: "life_event" | "sensitive_report" | "paycheck_question", confidence: number) => ({
    intent,
    confidence,
    slots: { document: "employment_verification" as const },
    source: "offline" as const,
    alternatives: [],
  });

  it("sends a request for one's own document to the paycheck dialog", () => {
    expect(documentRequestsRouted(guess("life_event", 0.3))).toMatchObject({
      intent: "paycheck_question",
      confidence: 0.7,
    });
  });

  it("never turns a report into a document request", () => {
    expect(documentRequestsRouted(guess("sensitive_report", 0.9)).intent).toBe("sensitive_report");
  });
});

import { describe, expect, it } from "vitest";
import {
  checkSummaryAgainstTranscript,
  redactTranscript,
} from "../../../../src/core/cases/transcript-summary";

describe("redactTranscript", () => {
  it("keeps the last turns, redacted, as labelled lines", () => {
    const turns = Array.from({ length: 12 }, (_, i) => ({
      role: i % 2 === 0 ? ("employee" as const) : ("assistant" as const),
      text: i === 10 ? "My SSN is 123-45-6789" : `turn ${i}`,
    }));
    const r = redactTranscript(turns);
    expect(r.turns).toHaveLength(10);
    expect(r.text.split("\n")[0]).toBe("Employee: turn 2");
    expect(r.text).toContain("Employee: My SSN is [SSN redacted]");
    expect(r.text).not.toContain("6789");
    expect(r.redactions).toEqual({ ssn: 1 });
  });
});

describe("checkSummaryAgainstTranscript", () => {
  const transcript =
    "Employee: My manager Jordan keeps making comments about my appearance since March 3.\nAssistant: I'm sorry. I'll connect you with a specialist.";

  it("accepts a summary whose names and figures come from the transcript", () => {
    expect(
      checkSummaryAgainstTranscript(
        "Employee reports repeated comments about appearance from manager Jordan since March 3.",
        transcript,
      ),
    ).toEqual({ ok: true });
  });

  it("rejects a summary that invents a name", () => {
    expect(
      checkSummaryAgainstTranscript("Employee reports comments from manager Taylor.", transcript),
    ).toEqual({
      ok: false,
      kind: "unknown_name",
      reason: "name or term Taylor is not in the transcript",
    });
  });

  it("rejects a summary that invents a figure", () => {
    expect(checkSummaryAgainstTranscript("Comments since March 3, about 5 times.", transcript)).toMatchObject(
      {
        ok: false,
        kind: "unknown_figure",
        reason: "figure 5 is not in the transcript",
      },
    );
  });

  it("rejects a summary that carries personal data and an empty one", () => {
    expect(checkSummaryAgainstTranscript("SSN 123-45-6789", "Employee: SSN 123-45-6789").ok).toBe(false);
    expect(checkSummaryAgainstTranscript("  ", transcript).ok).toBe(false);
  });
});

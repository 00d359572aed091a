import { describe, expect, it } from "vitest";
import { queryTerms } from "../../../src/knowledge/text";
import { isSpanish, LAY_TERMS, layTermMeanings } from "../../../src/knowledge/vocabulary/lay-terms";

describe("the lay-terms vocabulary, row by row", () => {
  const cases = LAY_TERMS.flatMap((row) => row.says.map((phrase) => [phrase, row.means] as const));

  it.each(cases)("“%s” means %s", (phrase, means) => {
    expect(layTermMeanings(`how much is ${phrase} on my plan?`)).toContain(means);
  });

  it("ignores case and accents, and matches whole words only", () => {
    expect(layTermMeanings("¿Cuánto cuesta el DERMATÓLOGO?")).toContain("specialist visit");
    expect(layTermMeanings("any interest rate?")).not.toContain("emergency room care");
    expect(layTermMeanings("my braces")).toEqual(["orthodontia"]);
  });

  it("adds the document words to the question's search terms", () => {
    const { original } = queryTerms("what do I pay to see an orthopedist");
    expect(original).toEqual(expect.arrayContaining(["specialist", "visit"]));
  });

  it("searches a Spanish question's words of rules and dates in the documents' English", () => {
    const { expanded } = queryTerms("cuantos dias tengo para elegir COBRA, o si me cambio en junio");
    expect(expanded).toEqual(expect.arrayContaining(["dai", "elect", "chang", "switch", "june"]));
    // "Mayo" is also a clinic: the month is not read into it.
    expect(queryTerms("a second opinion at the mayo clinic").expanded).not.toContain("mai");
  });

  it("reads a drug 'not on the preferred list' as a non-preferred brand", () => {
    const { original } = queryTerms("brand name adhd med thats not on the preferred list, whats the copay");
    expect(original).toEqual(expect.arrayContaining(["non"]));
  });
});

describe("isSpanish", () => {
  it.each([
    "¿Cuánto pago por ver a un especialista?",
    "cuanto cuesta la sala de emergencias con mi plan",
    "mi seguro cubre los lentes de contacto",
  ])("reads “%s” as Spanish", (q) => expect(isSpanish(q)).toBe(true));

  it.each(["what is my deductible", "is the plan es good?", "how much is a specialist visit on my plan"])(
    "reads “%s” as English",
    (q) => expect(isSpanish(q)).toBe(false),
  );
});

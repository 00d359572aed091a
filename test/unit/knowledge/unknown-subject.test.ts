import { describe, expect, it } from "vitest";
import { askedThing, KnowledgeIndex, namesThing, type Passage } from "../../../src/knowledge/knowledge-index";
import { splitDocument } from "../../../src/knowledge/sections";

const SBC = `# Keystone PPO

### Prescription drugs

Preferred brand drugs cost a $40 copay. Generic drugs cost a $10 copay.

### Specialist visits

A specialist visit in network costs a $50 copay. Chiropractic care is limited to 20 visits.
`;

const index = new KnowledgeIndex(
  splitDocument(SBC, "markdown", "sbc.md").sections.map((s, i) => ({
    ...s,
    id: `s${i}`,
    document: "sbc.md",
  })),
);

describe("what a question asks about that no document names", () => {
  it.each([
    ["is jardiance a preferred brand on the formulary?", "jardiance"],
    ["Is Dr. Alvarez at Seabright Orthopedics in network?", "Dr. Alvarez"],
    ["is Dr. Elena Vargas in our network?", "Dr. Elena Vargas"],
    ["are Seabright Orthopedics in network", "Seabright Orthopedics"],
    // The thing asked the price or coverage of, a word of which no document prints.
    ["is allergy testing covered", "allergy testing"],
    ["does the plan pay for massage therapy", "massage therapy"],
    ["what would a sleep study cost me", "sleep study"],
    ["how much are allergy shots?", "allergy shots"],
    ["will my insurance cover custom orthotics?", "custom orthotics"],
    ["is there an employee assistance program with free counseling?", "employee assistance program"],
    ["does the plan cover visits with a dietitian for my daughter?", "dietitian"],
    ["are generic drugs like Wegovy covered?", "Wegovy"],
    ["is circumcision for a newborn covered on the PPO?", "circumcision"],
    ["does the ppo cover allergy shots or allergy testing?", "allergy shots"],
    ["can i see a nutritionist for my cholesterol", "nutritionist"],
    ["does the plan offer acupuncture?", "acupuncture"],
    ["whats the copay for allergy testing?", "allergy testing"],
    ["What's the copay on Eliquis, is it preferred or non-preferred brand?", "Eliquis"],
    ["how many days of bereavement leave do we get", "bereavement leave"],
    ["does our plan cover ABA therapy for my son with autism", "ABA therapy"],
    ["do the kids glasses come with a blue light filter included?", "blue light filter"],
    // Providers as typed in chat, lower case, beside a network question.
    ["is dr. okafor in network for the ppo", "dr. okafor"],
    ["my counselor priya nair LCSW, is she covered?", "nair LCSW"],
    ["is BrightPath Physical Therapy in the keystone network?", "BrightPath"],
    ["is the doctor at riverbend family medicine in-network?", "riverbend family medicine"],
  ])("%s → %s", (question, unknown) => {
    expect(index.unknownSubject(question)).toBe(unknown);
  });

  it.each([
    "is a specialist covered?",
    "is chiropracter care covered", // a misspelling of a word the document uses
    "is an allergist in network?", // a lay word the vocabulary maps to a row
    "We're on vacation in California, is the ER covered?", // a place is context, not the subject
    "will my insurance cover a specialist",
    "how much do I get back if I see a specialist?", // who gets, not what
    "how much do I get toward a specialist visit?",
    "how long do I have to sign up for a specialist?", // "have to" is not having a thing
    "how much do I pay for generic drugs each paycheck?", // when, not what
    "I'd like to know if a specialist is covered", // "like" as a verb
    "how much are my blood pressure pills?", // a phrase the vocabulary knows as a whole
    "how much is a chiropractor visit for my son", // who it is for is not the thing
    "how much does the company contribute to my HSA", // the verb is the ask, not a thing
    "can i see a specialist without a referral",
    "can I see a chiropracter", // a misspelling of a word the document uses
    "what do I pay for the specialist visit itself?", // "itself" is filler
    "cost for my kid's specialist checkup?", // whose, and a word for a visit
    "is IVF covered?", // a word the vocabulary knows
    "if my eye dr that's not in network bills me, is the specialist visit covered?", // no name
    "is my specialist in network?", // a kind of provider, not a name
    "can i see a specialist thats not in the network", // a contraction typed without its apostrophe
    "how many specialist visits do i get for the knee", // a preposition opens no thing
    "how much are cheap generic drugs", // "cheap" says which, not what
  ])("%s: nothing unknown", (question) => {
    expect(index.unknownSubject(question)).toBeNull();
  });

  it("takes a family member's name in Spanish for a person, not a thing", () => {
    expect(index.unknownSubject("mi hija Lucía necesita un especialista", { namesOnly: true })).toBeNull();
    expect(index.unknownSubject("si operan a Lucía, cuánto pagamos", { namesOnly: true })).toBeNull();
    expect(index.unknownSubject("cuánto cuesta el Jardiance", { namesOnly: true })).toBe("Jardiance");
  });
});

describe("whether a passage names the thing asked about", () => {
  const passage = (text: string): Passage => ({
    section: { id: "p", document: "d.md", section: "s", headingPath: ["s"], text },
    score: 1,
    matchedTerms: [],
    specificCoverage: 1,
  });

  it("reads the thing from the question, never a pronoun or a preposition", () => {
    expect(askedThing("is a routine hearing test covered")).toBe("routine hearing test");
    expect(askedThing("how many chiropractor visits do i get on mine?")).toBeNull();
    // "Are there any free sessions" asks whether a thing exists: "there any" is no thing.
    expect(askedThing("are there any free counseling sessions?")).toBe("free counseling sessions");
  });

  it("needs each of its words, or the vocabulary's words for one", () => {
    expect(namesThing(passage("Hearing aids: one per ear every 36 months."), "routine hearing test")).toBe(
      false,
    );
    expect(namesThing(passage("Hearing test: $0 at a network audiologist."), "routine hearing test")).toBe(
      true,
    );
    expect(namesThing(passage("Outpatient mental health visit: $20 copay."), "a therapist")).toBe(true);
  });
});

describe("a name in a question in Spanish", () => {
  it("is looked up alone: the question's other words are not the documents' language", () => {
    expect(index.unknownSubject("¿Cuánto cuesta la insulina Toujeo con mi plan?", { namesOnly: true })).toBe(
      "Toujeo",
    );
    expect(
      index.unknownSubject("¿Cuánto pago por una visita al especialista?", { namesOnly: true }),
    ).toBeNull();
    // A name the documents print, and a sentence's first word, are not unknown.
    expect(
      index.unknownSubject("¿El copago de Keystone para el especialista?", { namesOnly: true }),
    ).toBeNull();
    expect(index.unknownSubject("Cuanto cuesta el especialista", { namesOnly: true })).toBeNull();
  });
});

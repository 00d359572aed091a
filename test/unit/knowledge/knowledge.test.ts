import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceDocument } from "../../../src/knowledge/extract";
import { ingestDirectory } from "../../../src/knowledge/ingest";
import { isRelevant } from "../../../src/knowledge/knowledge-index";
import { KnowledgeRetriever } from "../../../src/knowledge/knowledge-retriever";
import { memoryKnowledgeStore } from "../../../src/knowledge/knowledge-store";
import { selectQuote } from "../../../src/knowledge/quote";
import { splitDocument } from "../../../src/knowledge/sections";
import { withoutSheetRows } from "../../../src/knowledge/sheet-rows";
import { extractFigures, processTerm, splitSentences } from "../../../src/knowledge/text";
import { missingTopics } from "../../../src/knowledge/vocabulary/benefit-topics";
import { buildPdf } from "./pdf-fixture";

const SBC = `# Gold Plan – Summary

Coverage period 2026.

## Important Questions

### Overall deductible

The overall deductible is $1,000 individual and $2,000 family.

## Common Medical Events

### Office visits

| Service | In-network (you pay) | Out-of-network (you pay) |
|---|---|---|
| Primary care visit | $25 copay per visit | 40% coinsurance |
| Specialist visit | $50 copay per visit | 40% coinsurance |
`;

describe("splitDocument", () => {
  it("takes a short numbered line for a heading, and a numbered paragraph for body text", () => {
    const text = [
      "6. FLEXIBLE SPENDING ACCOUNTS",
      "",
      "6.1  You may set aside up to $3,300 for the 2026 plan year, before taxes, to pay for",
      "eligible health care expenses.",
      "",
      "6.2 Dependent care",
      "Up to $7,500 a household.",
    ].join("\n");
    const doc = splitDocument(text, "text", "handbook");
    expect(doc.sections.map((s) => s.section)).toEqual([
      "FLEXIBLE SPENDING ACCOUNTS",
      "FLEXIBLE SPENDING ACCOUNTS > Dependent care",
    ]);
    expect(doc.sections[0]!.text).toContain("You may set aside up to $3,300");
  });

  it("takes a numbered line in capitals or underlined for a heading whatever its commas", () => {
    const text = [
      "9. THERAPY, REHABILITATION AND OTHER SERVICES",
      "Chiropractic care: $35 copay.",
      "",
      "10. Drugs, supplies and devices",
      "-------------------------------",
      "Generic: $15 copay.",
      "",
      "11. You may, at any time, ask for a copy of the certificate",
      "of coverage.",
    ].join("\n");
    const doc = splitDocument(text, "text", "summary");
    expect(doc.sections.map((s) => s.section)).toEqual([
      "THERAPY, REHABILITATION AND OTHER SERVICES",
      "Drugs, supplies and devices",
    ]);
    expect(doc.sections[1]!.text).toContain("of coverage.");
  });

  it("takes a short numbered title that lists with commas for a heading, not a numbered paragraph", () => {
    const text = [
      "10. Prescription drugs",
      "Generic drugs cost 10% after the deductible.",
      "",
      "11. Therapy, equipment and other services",
      "Durable medical equipment is covered at 10% after the deductible.",
      "",
      "6.1 You may set aside up to $3,300 for the plan year, before taxes, and",
      "use it for eligible expenses.",
    ].join("\n");
    const doc = splitDocument(text, "text", "booklet");
    expect(doc.sections.map((s) => s.section)).toEqual([
      "Prescription drugs",
      "Therapy, equipment and other services",
    ]);
    expect(doc.sections[1]!.text).toContain("You may set aside up to $3,300");
  });

  it("nests the parts every block of a policy manual repeats (PURPOSE, POLICY) under the block's title", () => {
    const text = [
      "POLICY 5-180                    SICK AND SAFE LEAVE",
      "Effective: January 1, 2027",
      "PURPOSE",
      "    To give every employee paid time to recover.",
      "",
      "POLICY",
      "    (a) Every employee earns 1 hour for every 30 hours worked.",
      "",
      "POLICY 5-190                    PAID PARENTAL LEAVE",
      "PURPOSE",
      "    To give new parents paid time.",
      "",
      "POLICY",
      "    (a) A full-time employee receives 4 weeks.",
      "",
      "GLOSSARY",
      "    Words used above.",
    ].join("\n");
    const doc = splitDocument(text, "text", "handbook");
    expect(doc.sections.map((s) => s.section)).toEqual([
      "Policy 5-180 Sick And Safe Leave",
      "Policy 5-180 Sick And Safe Leave > Purpose",
      "Policy 5-180 Sick And Safe Leave > Policy",
      "Policy 5-190 Paid Parental Leave > Purpose",
      "Policy 5-190 Paid Parental Leave > Policy",
      "Glossary",
    ]);
  });

  it("takes a run-in numbered title ('7.3 Specialist Services. Office visits …') for a heading with its body", () => {
    const text = [
      "ARTICLE 7 – COVERED SERVICES",
      "",
      "7.3 Specialist Services. Office visits with a Network specialist are covered",
      "after a $55 copay per visit.",
      "",
      "7.9 Diagnostic Services.",
      "Lab work is covered at $0.",
      "",
      "7.10 Deadline. A one-word title stays in the body of its section.",
    ].join("\n");
    const doc = splitDocument(text, "text", "certificate");
    // One article: it is the document's title, above every section.
    expect(doc.sections.map((s) => s.headingPath)).toEqual([
      ["Article 7 – Covered Services", "7.3 Specialist Services"],
      ["Article 7 – Covered Services", "7.9 Diagnostic Services"],
    ]);
    expect(doc.sections[0]!.text).toBe(
      "Office visits with a Network specialist are covered\nafter a $55 copay per visit.",
    );
    expect(doc.sections[1]!.text).toContain("7.10 Deadline. A one-word title");
  });

  it("takes a sentence-case run-in title ('1.3  Dependent age limit. Children may…') too, not a sentence", () => {
    const text = [
      "SECTION 1. WHO IS ELIGIBLE",
      "",
      "1.2  You may cover your spouse. Proof of marriage is required.",
      "",
      "1.3  Dependent age limit. Children may stay on the medical plan",
      "until the end of the month they turn 26.",
    ].join("\n");
    const doc = splitDocument(text, "text", "handbook");
    expect(doc.sections.map((s) => s.headingPath.at(-1))).toEqual([
      "Section 1. Who Is Eligible",
      "1.3 Dependent age limit",
    ]);
    expect(doc.sections[0]!.text).toContain("1.2  You may cover your spouse.");
    expect(doc.sections[1]!.text).toBe(
      "Children may stay on the medical plan\nuntil the end of the month they turn 26.",
    );
  });

  it("splits Markdown by its headings and labels sections below the title", () => {
    const doc = splitDocument(SBC, "markdown", "fallback");
    expect(doc.title).toBe("Gold Plan – Summary");
    expect(doc.sections.map((s) => s.section)).toEqual([
      "Gold Plan – Summary",
      "Important Questions > Overall deductible",
      "Common Medical Events > Office visits",
    ]);
    expect(doc.sections[2]?.headingPath).toEqual([
      "Gold Plan – Summary",
      "Common Medical Events",
      "Office visits",
    ]);
  });

  it("turns each table row into one readable line with its column headers, the row as printed riding along", () => {
    const visits = splitDocument(SBC, "markdown", "x").sections[2]!;
    expect(visits.text.split("\n")).toEqual([
      "Primary care visit — In-network (you pay): $25 copay per visit; Out-of-network (you pay): 40% coinsurance (table row: Primary care visit | $25 copay per visit | 40% coinsurance).",
      "Specialist visit — In-network (you pay): $50 copay per visit; Out-of-network (you pay): 40% coinsurance (table row: Specialist visit | $50 copay per visit | 40% coinsurance).",
    ]);
    expect(withoutSheetRows(visits.text).split("\n")[1]).toBe(
      "Specialist visit — In-network (you pay): $50 copay per visit; Out-of-network (you pay): 40% coinsurance.",
    );
  });

  it("finds numbered and all-caps headings in plain text", () => {
    const text =
      "EMPLOYEE HANDBOOK\n\n1. Eligibility\nYou are eligible at 30 hours a week.\n\n1.1 Waiting period\nCoverage starts after 30 days.\n";
    const doc = splitDocument(text, "text", "handbook");
    expect(doc.sections.map((s) => s.headingPath)).toEqual([
      ["Employee Handbook", "Eligibility"],
      ["Employee Handbook", "Eligibility", "Waiting period"],
    ]);
  });
});

describe("a memo's titles set between marks", () => {
  const MEMO = [
    "Human Resources Memo",
    "",
    "~~ Open enrollment for 2027 ~~",
    "",
    "    Window:                November 2 - November 16, 2026",
    "    Changes take effect:   January 1, 2027",
    "",
    "Open enrollment is the only time you can move between the two medical plans.",
    "",
    "== COBRA continuation ==",
    "",
    "You may keep coverage for 18 months.",
    "----------------------------------------",
  ].join("\n");

  it("are headings, and a rule of dashes is not", () => {
    const doc = splitDocument(MEMO, "text", "memo");
    expect(doc.sections.map((s) => s.headingPath.at(-1))).toEqual([
      "Open enrollment for 2027",
      "COBRA continuation",
    ]);
  });

  it("a question asking when quotes the line with the dates", () => {
    const section = splitDocument(MEMO, "text", "memo").sections[0]!;
    expect(selectQuote("when is open enrollment", section)).toContain("November 2 - November 16, 2026");
  });
});

describe("rules in plain text", () => {
  it("are not section text a quote could carry", () => {
    const text = [
      "3. OFFICE VISITS",
      "----------------",
      "Primary care visit ..... $30 copay",
      "=====",
      "Urgent care ..... $75 copay",
    ].join("\n");
    const [section] = splitDocument(text, "text", "summary").sections;
    expect(section?.text).toBe("Primary care visit ..... $30 copay\nUrgent care ..... $75 copay");
  });
});

describe("reading plain text", () => {
  it("joins a sentence wrapped across lines, and keeps rows, bullets and leader lines apart", () => {
    const text = [
      "Harborview contributes $500 per year if you have employee only coverage,",
      "or $1,000 per year if you have family coverage. The money is yours.",
      "- first bullet item that is long enough to look like a wrapped line",
      "- second bullet",
      "Employee only ........ You pay: $18.50 / Harborview pays: $210.00",
      "Family coverage ........ You pay: $96.40 / Harborview pays: $520.60",
    ].join("\n");
    expect(splitSentences(text)).toEqual([
      "Harborview contributes $500 per year if you have employee only coverage, or $1,000 per year if you have family coverage.",
      "The money is yours.",
      "- first bullet item that is long enough to look like a wrapped line",
      "- second bullet",
      "Employee only ........ You pay: $18.50 / Harborview pays: $210.00",
      "Family coverage ........ You pay: $96.40 / Harborview pays: $520.60",
    ]);
  });

  it("keeps 'deductible' apart from 'deducted' and 'deduction'", () => {
    expect(processTerm("deductibles")).toBe(processTerm("deductible"));
    expect(processTerm("deductible")).not.toBe(processTerm("deducted"));
    expect(processTerm("deductions")).toBe(processTerm("deducted"));
  });

  it("names the benefits a question asks about by name that a passage never mentions", () => {
    expect(
      missingTopics("how much life insurance do I get", "Harborview contributes $500 to your HSA"),
    ).toEqual(["life insurance"]);
    expect(missingTopics("how much life insurance do I get", "Basic life insurance of 1x salary")).toEqual(
      [],
    );
    expect(missingTopics("is pet insurance available", "Imaging (CT/PET scans)")).toEqual(["pet insurance"]);
    expect(missingTopics("how much is a PET scan", "Imaging (CT/PET scans)")).toEqual([]);
    expect(missingTopics("how many paid vacation days do we get", "Children are covered to age 26")).toEqual([
      "time off",
    ]);
    // Where the care happens is not a question about time off.
    expect(missingTopics("will the ppo cover me on vacation in mexico", "Emergency room care")).toEqual([]);
    // Words that name a benefit only in a phrase: a legal guardian is no legal plan.
    expect(
      missingTopics("is there a legal plan?", "children for whom you are the court-appointed legal guardian"),
    ).toEqual(["legal"]);
    expect(
      missingTopics(
        "do unused PTO hours get paid out when I leave?",
        "Up to 320 hours of PTO may be carried over",
      ),
    ).toEqual(["time off paid out"]);
    expect(
      missingTopics(
        "does the district offer retiree health insurance",
        "The District matches 50% of your 457(b)",
      ),
    ).toEqual(["retiree health"]);
    expect(
      missingTopics(
        "does the company help with adoption costs?",
        "Birth or adoption: add your child within 30 days",
      ),
    ).toEqual(["adoption assistance"]);
  });
});

describe("extractFigures", () => {
  it("normalises money and percentages", () => {
    expect(extractFigures("$1,500.00 and 20% and 3 visits")).toEqual(["1500", "20", "3"]);
  });
});

describe("retrieval", () => {
  async function storeWith(files: Record<string, string>, clientId = "client-a") {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const store = memoryKnowledgeStore();
    const summary = await ingestDirectory(store, clientId, dir);
    return { store, dir, summary };
  }

  it("ranks the right section first, tolerating a typo", async () => {
    const { store } = await storeWith({ "sbc-gold.md": SBC });
    const retriever = new KnowledgeRetriever(store);
    const [best] = await retriever.search("client-a", "whats my dedcutible");
    expect(best?.section.section).toBe("Important Questions > Overall deductible");
    expect(isRelevant(best, "whats my dedcutible")).toBe(true);
  });

  it("never returns another client's sections", async () => {
    const { store } = await storeWith({ "sbc-gold.md": SBC }, "client-a");
    const retriever = new KnowledgeRetriever(store);
    expect(await retriever.search("client-b", "deductible")).toEqual([]);
  });

  it("finds nothing relevant for a topic the documents lack", async () => {
    const { store } = await storeWith({ "sbc-gold.md": SBC });
    const passages = await new KnowledgeRetriever(store).search(
      "client-a",
      "does it pay for my gym membership",
    );
    expect(isRelevant(passages[0], "does it pay for my gym membership")).toBe(false);
  });

  it("finds a long message's answer though half its words are context", async () => {
    const handbook = [
      "# Handbook",
      "",
      "## Employee assistance program",
      "",
      "Every employee, full-time or part-time, gets six free counseling sessions a year through the employee assistance program.",
      "",
      "## Parking",
      "",
      "Staff park in the north lot; permits are issued by the front desk.",
    ].join("\n");
    const { store } = await storeWith({ "handbook.md": handbook });
    const question =
      "my manager mentioned free counseling sessions through the employee assistance program at the riverside store, do part-time people like me get those too";
    const [best] = await new KnowledgeRetriever(store).search("client-a", question);
    expect(best?.section.section).toContain("Employee assistance program");
    expect(isRelevant(best, question)).toBe(true);
    expect(isRelevant(best, "is parking at the riverside store validated")).toBe(false);
  });

  it("finds a section that says an employee's phrase in the documents' own words, and not one that only shares common words", async () => {
    const guide = [
      "# Benefits guide",
      "",
      "## Who you can cover",
      "",
      "Your spouse and your children up to age 26. Domestic partners are not eligible.",
      "",
      "## If you leave",
      "",
      "You may keep your coverage through COBRA by paying the full cost; leave of absence rules are in the handbook.",
    ].join("\n");
    const { store } = await storeWith({ "guide.md": guide });
    const retriever = new KnowledgeRetriever(store);
    const partner = "can I add my girlfriend";
    const [best] = await retriever.search("client-a", partner);
    expect(best?.section.section).toBe("Who you can cover");
    expect(isRelevant(best, partner)).toBe(true);
    // "paid leave when the baby comes" means parental leave: "paying" and "leave" are not it.
    const leave = "do i get paid leave when the baby comes";
    const found = await retriever.search("client-a", leave);
    expect(found.some((p) => isRelevant(p, leave))).toBe(false);
  });

  it("quotes the sentence with the figure the question asks for", async () => {
    const section = splitDocument(SBC, "markdown", "x").sections[2]!;
    expect(selectQuote("how much is a specialist visit", section)).toBe(
      "Specialist visit — In-network (you pay): $50 copay per visit; Out-of-network (you pay): 40% coinsurance (table row: Specialist visit | $50 copay per visit | 40% coinsurance).",
    );
  });

  it("quotes the lines a sentence ending in a colon introduces", () => {
    const section = splitDocument(
      "# Guide\n\n## Your HSA\n\nAcme deposits money into your HSA every year you are enrolled:\n- $750 per year with employee-only coverage\n- $1,500 per year with any other coverage\n\nYour HSA is yours to keep.\n",
      "markdown",
      "x",
    ).sections.find((s) => s.headingPath.at(-1) === "Your HSA")!;
    const quote = selectQuote("does acme put money in my hsa", section);
    expect(quote).toContain("every year you are enrolled:");
    expect(quote).toContain("$750 per year");
    expect(quote).toContain("$1,500 per year");
  });

  it("reads 'put money in' as a contribution the documents call a deposit, and a told situation as filler", async () => {
    const { store } = await storeWith({
      "guide.md":
        "# Guide\n\n## Your HSA\n\nAcme deposits $750 into your HSA each year.\n\n## Health care FSA\n\nYou may set aside up to $3,300 for the plan year.\n\n## Life insurance\n\nBasic life insurance pays 1x your salary, to a maximum of $150,000.\n\n## Dental\n\nCleanings are free.\n",
    });
    const retriever = new KnowledgeRetriever(store);
    const hsa = "does the company put any money in my hsa";
    const [deposit] = await retriever.search("client-a", hsa);
    expect(deposit?.section.section).toBe("Your HSA");
    expect(isRelevant(deposit, hsa)).toBe(true);
    const fsa = "how much can I put in the FSA this year?";
    const [aside] = await retriever.search("client-a", fsa);
    expect(aside?.section.section).toBe("Health care FSA");
    expect(isRelevant(aside, fsa)).toBe(true);
    const puts = "how much does acme puts in my hsa";
    expect((await retriever.search("client-a", puts))[0]?.section.section).toBe("Your HSA");
    const life = "what's the most the company life insurance would pay out if something happened to me?";
    const [best] = await retriever.search("client-a", life);
    expect(best?.section.section).toBe("Life insurance");
    expect(isRelevant(best, life)).toBe(true);
  });

  it("reads whom the care is for as who, not what: 'frames for my kid' is about frames", async () => {
    const { store } = await storeWith({
      "vision.md":
        "# Vision\n\n## What you pay\n\n| Service | In-network |\n| --- | --- |\n| Frames | $150 allowance |\n\n## Dependents\n\nYou may cover your spouse and your children to age 26.\n",
    });
    const retriever = new KnowledgeRetriever(store);
    for (const q of [
      "how much can i spend on frames for my kid",
      "what do frames cost for my son",
      "frames for my 10 year old",
    ]) {
      const [best] = await retriever.search("client-a", q);
      expect(best?.section.section).toBe("What you pay");
      expect(isRelevant(best, q)).toBe(true);
    }
  });

  it("replaces a changed document's sections and skips an unchanged one", async () => {
    const { store, dir, summary } = await storeWith({ "sbc-gold.md": SBC, "notes.docx": "x" });
    expect(summary.documents).toEqual([
      { document: "sbc-gold.md", status: "created", sections: 3, services: 2 },
    ]);
    expect(summary.skipped).toEqual(["notes.docx"]);
    const retriever = new KnowledgeRetriever(store);
    await retriever.search("client-a", "deductible");
    expect((await ingestDirectory(store, "client-a", dir)).documents[0]?.status).toBe("unchanged");
    writeFileSync(join(dir, "sbc-gold.md"), SBC.replace("$1,000 individual", "$1,250 individual"));
    expect((await ingestDirectory(store, "client-a", dir)).documents[0]?.status).toBe("replaced");
    const [best] = await retriever.search("client-a", "deductible");
    expect(best?.section.text).toContain("$1,250 individual");
    expect(store.documents("client-a")).toHaveLength(1);
  });

  it("reads PDF text and splits it by its headings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-pdf-"));
    writeFileSync(
      join(dir, "plan.pdf"),
      buildPdf([
        ["VISION PLAN", "", "1. Frames", "Frames are covered every 24 months with a $150 allowance."],
      ]),
    );
    const source = await readSourceDocument(join(dir, "plan.pdf"));
    expect(source.format).toBe("pdf");
    const doc = splitDocument(source.text, "pdf", "plan");
    const frames = doc.sections.find((s) => s.headingPath.at(-1) === "Frames");
    expect(frames?.text).toContain("$150 allowance");
  });
});

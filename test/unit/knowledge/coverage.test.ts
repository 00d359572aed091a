import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { deductibleApplies, limitsIn, tierAmounts } from "../../../src/knowledge/coverage/cost-share";
import { readCoverageQuestion } from "../../../src/knowledge/coverage/coverage-question";
import { extractCoverage } from "../../../src/knowledge/coverage/extract-coverage";
import { type DocumentCoverage, planColumnOf } from "../../../src/knowledge/coverage/plan-coverage";
import { csvToMarkdown } from "../../../src/knowledge/csv-to-markdown";
import { readSourceDocument, type SourceDocument } from "../../../src/knowledge/extract";
import { ingestDirectory } from "../../../src/knowledge/ingest";
import { memoryKnowledgeStore } from "../../../src/knowledge/knowledge-store";
import { splitDocument } from "../../../src/knowledge/sections";
import { correctSpelling } from "../../../src/knowledge/vocabulary/spelling";
import { SILVER_PPO_SBC } from "../../fixtures/plan-documents/silver-ppo-sbc";
import { buildSbcPdf } from "../../support/sbc-pdf";
import { buildTwoColumnSummaryPdf } from "../../support/two-column-summary-pdf";
import { buildPdf } from "./pdf-fixture";

const dir = mkdtempSync(join(tmpdir(), "kb-coverage-"));

function coverageOf(source: Pick<SourceDocument, "format" | "text" | "pdfPages">): DocumentCoverage {
  return extractCoverage({ ...source, sections: splitDocument(source.text, source.format, "doc").sections });
}

const row = (c: DocumentCoverage, service: string) => c.rows.find((r) => r.service === service);

describe("coverage from a PDF in the federal SBC layout", () => {
  let coverage: DocumentCoverage;
  beforeAll(async () => {
    writeFileSync(join(dir, "silver.pdf"), await buildSbcPdf(SILVER_PPO_SBC));
    const source = await readSourceDocument(join(dir, "silver.pdf"));
    coverage = coverageOf(source);
  });

  it("rebuilds the Common Medical Event table's rows and columns from text positions", () => {
    expect(coverage.layout).toBe("sbc-table");
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$60 copay/visit",
      outOfNetwork: "40% coinsurance",
      source: { page: 2 },
    });
    // A wrapped label ("Primary care visit to treat an injury or / illness") stays one row.
    expect(row(coverage, "primary_care")).toMatchObject({
      label: "Primary care visit to treat an injury or illness",
      inNetwork: "$30 copay/visit",
      limitations: "Deductible does not apply to network visits.",
      deductibleApplies: false,
    });
    expect(row(coverage, "imaging")?.preauthorization).toBe(true);
    expect(row(coverage, "imaging")?.limitations).toContain("benefits could be reduced by 50%.");
    expect(row(coverage, "skilled_nursing")).toMatchObject({
      outOfNetwork: "Not covered",
      limits: ["Limited to 60 days per year"],
    });
    expect(row(coverage, "rehabilitation")?.limits).toEqual(["Limited to 20 visits per year"]);
  });

  it("gives each Important Question and each medical event a section of its own, one line per row", async () => {
    const store = memoryKnowledgeStore();
    const pdfDir = mkdtempSync(join(tmpdir(), "kb-sbc-sections-"));
    writeFileSync(join(pdfDir, "silver.pdf"), await buildSbcPdf(SILVER_PPO_SBC));
    await ingestDirectory(store, "acme", pdfDir);
    const sections = store.documents("acme")[0]!.sections;
    const limit = sections.find(
      (s) => s.section === "Important Questions > What is the out-of-pocket limit for this plan?",
    );
    expect(limit?.text).toContain("$5,000 individual / $10,000 family");
    const office = sections.find((s) =>
      s.section.startsWith("Common Medical Event > If you visit a health care"),
    );
    expect(office?.text).toContain(
      "Specialist visit — Network: $60 copay/visit; Out-of-network: 40% coinsurance",
    );
    // The table's cells are not read a second time as lines of text, whose columns interleave.
    const prose = sections.filter((s) => !/^(Important Questions|Common Medical Event) > /.test(s.section));
    expect(prose.some((s) => s.text.includes("Specialist visit"))).toBe(false);
  });

  it("tells rows the template repeats under several events apart by their event", () => {
    expect(row(coverage, "mental_outpatient")?.inNetwork).toBe("$30 copay/visit");
    expect(row(coverage, "mental_inpatient")).toMatchObject({
      inNetwork: "20% coinsurance",
      preauthorization: true,
    });
    expect(row(coverage, "mental_inpatient")?.event).toContain("mental health");
  });

  it("reads the deductible and out-of-pocket limit by network and tier from the Important Questions", () => {
    expect(coverage.deductible).toMatchObject({
      inNetwork: { individual: "$1,500", family: "$3,000" },
      outOfNetwork: { individual: "$3,000", family: "$6,000" },
      source: { page: 1 },
    });
    expect(coverage.outOfPocket).toMatchObject({
      inNetwork: { individual: "$5,000", family: "$10,000" },
      outOfNetwork: { individual: "$10,000", family: "$20,000" },
    });
  });

  it("lists the excluded and other covered services, page furniture left out", () => {
    expect(coverage.excluded.map((e) => e.text)).toEqual(
      expect.arrayContaining(["Acupuncture", "Hearing aids", "Weight loss programs", "Dental care (Adult)"]),
    );
    expect(coverage.excluded).toHaveLength(SILVER_PPO_SBC.excluded.length);
    expect(coverage.otherCovered.map((e) => e.text)).toEqual(SILVER_PPO_SBC.otherCovered);
    expect(JSON.stringify(coverage)).not.toMatch(/Page \d of \d/);
  });
});

describe("a table cell's wrapped line that says 'this plan does not cover'", () => {
  it("starts no list of excluded services", () => {
    const text = [
      "| Row | Service you may need | What you will pay |",
      "| --- | --- | --- |",
      "| A3 | What does not count toward the out-of-pocket limit | Premiums and health care |",
    ].join("\n");
    const lines = [
      "A3 What does not count toward the out-of-pocket limit     Premiums, penalties, and health care",
      "                                                          this plan does not cover",
      "A16 Emergency room care                                   20% coinsurance after deductible",
    ].join("\n");
    for (const source of [
      { format: "markdown" as const, text },
      { format: "text" as const, text: lines },
    ]) {
      const coverage = coverageOf(source);
      expect(coverage.excluded.map((e) => e.text)).not.toContain("A16 Emergency room care");
      expect(coverage.excluded).toEqual([]);
    }
  });
});

describe("a carrier's benefit summary set in two page columns, a small table in each", () => {
  let coverage: DocumentCoverage;
  const label = (text: string) => coverage.rows.find((r) => r.label === text);
  beforeAll(async () => {
    const pdf = await buildTwoColumnSummaryPdf({
      planName: "Copperline PPO 1000",
      left: [
        {
          title: "Your costs at a glance",
          rows: [
            ["Calendar-year deductible (individual / family)", "$1,000 / $2,000", "$2,000 / $4,000"],
            ["Lifetime maximum", "Unlimited", "Unlimited"],
          ],
          note: "The deductible is embedded: no one person pays more than $1,000 in-network before the plan pays.",
        },
        {
          title: "Office visits",
          rows: [
            ["Primary care office visit", "$25 copay", "40% after deductible"],
            ["Specialist office visit (no referral needed)", "$50 copay", "40% after deductible"],
            ["Retail clinic (walk-in clinic inside a pharmacy)", "$15 copay", "40% after deductible"],
          ],
          note: "A procedure done in the office costs 20% after deductible on top of the visit copay.",
        },
      ],
      right: [
        {
          title: "Urgent and emergency care",
          rows: [
            ["Urgent care center", "$60 copay", "40% after deductible"],
            ["Emergency room (copay waived if you are admitted)", "$350 copay", "$350 copay"],
          ],
          note: "Out-of-network emergency care is paid at the in-network level, and you can't be balance billed.",
        },
        {
          title: "Tests and imaging",
          rows: [
            [
              "MRI, CT and PET scans (preauthorization required)",
              "20% after deductible",
              "40% after deductible",
            ],
          ],
          note: "If a required preauthorization isn't obtained, benefits are reduced by 50%.",
        },
      ],
    });
    writeFileSync(join(dir, "two-column.pdf"), pdf);
    coverage = coverageOf(await readSourceDocument(join(dir, "two-column.pdf")));
  });

  it("reads each column's rows whole: labels and prices wrapped in narrow cells, never the other column's", () => {
    expect(label("Specialist office visit (no referral needed)")).toMatchObject({
      inNetwork: "$50 copay",
      outOfNetwork: "40% after deductible",
    });
    expect(label("Retail clinic (walk-in clinic inside a pharmacy)")?.inNetwork).toBe("$15 copay");
    expect(label("Urgent care center")).toMatchObject({
      inNetwork: "$60 copay",
      outOfNetwork: "40% after deductible",
    });
    expect(label("MRI, CT and PET scans (preauthorization required)")).toMatchObject({
      inNetwork: "20% after deductible",
      preauthorization: true,
    });
    expect(
      coverage.rows.some(
        (r) => /Urgent|Emergency|MRI/.test(r.label) && /Primary|Specialist|Retail/.test(r.label),
      ),
    ).toBe(false);
  });

  it("reads the costs-at-a-glance rows, a section's title being no row's label", () => {
    expect(coverage.deductible).toMatchObject({ inNetwork: { individual: "$1,000", family: "$2,000" } });
    expect(coverage.deductible?.outOfNetwork).toMatchObject({ individual: "$2,000", family: "$4,000" });
    expect(coverage.rows.some((r) => /Office visits|Tests and imaging/.test(r.label))).toBe(false);
  });
});

describe("an SBC whose limitations sit in a band under each row", () => {
  let coverage: DocumentCoverage;
  beforeAll(async () => {
    writeFileSync(join(dir, "band.pdf"), await buildSbcPdf({ ...SILVER_PPO_SBC, limitationsBand: true }));
    coverage = coverageOf(await readSourceDocument(join(dir, "band.pdf")));
  });

  it("reads every row, each band as its row's limitations, the table going on past the bands", () => {
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$60 copay/visit",
      outOfNetwork: "40% coinsurance",
    });
    expect(row(coverage, "imaging")?.limitations).toContain("benefits could be reduced by 50%");
    expect(row(coverage, "home_health")?.limits).toContain("Limited to 60 visits per year");
    expect(coverage.rows.some((r) => /Limitations, Exceptions/.test(r.label))).toBe(false);
  });
});

describe("an SBC whose column titles wrap and whose notes name a network", () => {
  let coverage: DocumentCoverage;
  beforeAll(async () => {
    const spec = {
      ...SILVER_PPO_SBC,
      // The template's own wording, wrapped by its narrow columns: "What You Will Pay: Out-of-" over
      // "Network Provider (You will pay the most)".
      networkTitles: [
        "What You Will Pay: Network Provider (You will pay the least)",
        "What You Will Pay: Out-of-Network Provider (You will pay the most)",
      ] as [string, string],
      // An answer that names the network ("Yes. In-network …") beside a question naming services.
      questions: SILVER_PPO_SBC.questions.map((q) =>
        q[0].startsWith("Are there services covered")
          ? ([
              q[0],
              "Yes. In-network preventive care is covered before you meet your deductible.",
              q[2],
            ] as typeof q)
          : q,
      ),
      events: SILVER_PPO_SBC.events.map((e) => ({
        ...e,
        rows: e.rows.map((r) =>
          r[0] === "Emergency room care"
            ? ([
                r[0],
                r[1],
                r[2],
                "Copay waived if admitted. Out-of-network emergency care is covered at the network level.",
              ] as typeof r)
            : r,
        ),
      })),
    };
    writeFileSync(join(dir, "wrapped.pdf"), await buildSbcPdf(spec));
    coverage = coverageOf(await readSourceDocument(join(dir, "wrapped.pdf")));
  });

  it("reads the out-of-network column under a title split after 'Out-of-'", () => {
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$60 copay/visit",
      outOfNetwork: "40% coinsurance",
    });
  });

  it("keeps a row whose note names a network as a row, not a new header", () => {
    expect(row(coverage, "emergency_room")).toMatchObject({
      inNetwork: "$300 copay/visit",
      outOfNetwork: "$300 copay/visit",
    });
    expect(coverage.rows.filter((r) => r.service === "emergency_room")).toHaveLength(1);
  });

  it("reads every Important Question, an answer that names the network included", () => {
    expect(coverage.outOfPocket).toMatchObject({
      inNetwork: { individual: "$5,000", family: "$10,000" },
      outOfNetwork: { individual: "$10,000", family: "$20,000" },
    });
  });
});

describe("coverage from text and Markdown", () => {
  it("reads a plain-text table aligned with spaces, wrapped cells included", () => {
    const text = [
      "BRIGHT HEALTH EPO - WHAT YOU PAY",
      "",
      "Common Medical Event     Services You May Need      In-Network            Out-of-Network     Limitations",
      "If you visit a doctor    Primary care visit         $20 copay/visit       Not covered        None",
      "                         Specialist visit           $45 copay/visit       Not covered        Referral required;",
      "                                                    after deductible                         12 visits per year",
      "If you need immediate    Emergency room care        $250 copay            $250 copay         Waived if admitted",
      "medical attention        Urgent care                $35 copay             Not covered        None",
      "",
      "YOUR RIGHTS TO CONTINUE COVERAGE",
      "There are agencies that can help.",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$45 copay/visit after deductible",
      outOfNetwork: "Not covered",
      limits: ["12 visits per year"],
      deductibleApplies: true,
    });
    expect(row(coverage, "urgent_care")?.inNetwork).toBe("$35 copay");
    expect(row(coverage, "emergency_room")?.event).toBe("If you need immediate medical attention");
  });

  it("reads a carrier's own column names and a booklet's general out-of-network rule", () => {
    const text = [
      "Service Category               Your Cost In-Network          Your Cost Out-of-Network   Notes",
      "Office visit, specialist       $50 copay                     Not covered                No referral needed",
      "Physical therapy               $35 copay                     Not covered                20 visits per year",
    ].join("\n");
    const table = coverageOf({ format: "text", text });
    expect(row(table, "specialist")).toMatchObject({ inNetwork: "$50 copay", outOfNetwork: "Not covered" });
    expect(row(table, "rehabilitation")?.limits).toEqual(["20 visits per year"]);
    const booklet = coverageOf({
      format: "markdown",
      text: "# Guide\n\n## Costs\n\nServices from out-of-network providers are covered at 50% coinsurance after the deductible.\n\n## Visits\n\nA specialist visit costs a $65 copay.\n",
    });
    expect(booklet.outOfNetworkGeneral?.text).toBe(
      "Services from out-of-network providers are covered at 50% coinsurance after the deductible.",
    );
    expect(row(booklet, "specialist")?.outOfNetwork).toBeNull();
  });

  it("reads Markdown tables, one row per service, a combined row pricing each service it names", () => {
    const md = [
      "# Plan",
      "## Prescription drugs",
      "| Drug tier | Retail (you pay) |",
      "|---|---|",
      "| Generic, preferred brand and non-preferred brand drugs | 10% coinsurance after deductible |",
    ].join("\n");
    const coverage = coverageOf({ format: "markdown", text: md });
    expect(coverage.rows.map((r) => r.service).sort()).toEqual([
      "generic_drugs",
      "non_preferred_brand",
      "preferred_brand",
    ]);
    expect(row(coverage, "preferred_brand")?.source.section).toBe(
      "Prescription drugs > Generic, preferred brand and non-preferred brand drugs",
    );
  });

  it("reads dotted-leader rows under network column titles, grouped under a label, with notes indented below", () => {
    const text = [
      "PART 1. DEDUCTIBLE AND OUT-OF-POCKET MAXIMUM",
      "                                      CHOICE NETWORK        OUT-OF-NETWORK",
      "  Calendar-year deductible",
      "    Employee only ................... $3,400                $6,800",
      "    Employee + one or family ........ $6,800                $13,600",
      "",
      "PART 2. COVERED SERVICES",
      "                                      CHOICE NETWORK        OUT-OF-NETWORK",
      "  Acupuncture ....................... 20% after deductible  40% after deductible",
      "      Acupuncture is limited to 10 visits per calendar year.",
      "  Hearing exam ...................... 20% after deductible  40% after deductible",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.deductible).toMatchObject({
      inNetwork: { individual: "$3,400", family: "$6,800" },
      outOfNetwork: { individual: "$6,800", family: "$13,600" },
    });
    expect(row(coverage, "acupuncture")).toMatchObject({
      inNetwork: "20% after deductible",
      outOfNetwork: "40% after deductible",
      limits: ["limited to 10 visits per calendar year"],
    });
    expect(coverage.rows.find((r) => r.label === "Hearing exam")?.limitations ?? null).toBeNull();
  });

  it("reads a prose booklet's sentences: network clauses, heading-named services, exclusions", () => {
    const md = [
      "# Harbor Care Booklet",
      "## Seeing a specialist",
      "When you see a specialist in the network, you pay a $60 copay for each visit; if you see an out-of-network specialist, you pay 45% coinsurance after the deductible.",
      "## Annual maximum",
      "The plan pays up to $2,000 for specialist, urgent care and preventive services combined.",
      "## What is not covered",
      "The plan does not cover acupuncture or massage therapy. Cosmetic surgery is excluded.",
    ].join("\n");
    const coverage = coverageOf({ format: "markdown", text: md });
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "When you see a specialist in the network, you pay a $60 copay for each visit",
      outOfNetwork: "if you see an out-of-network specialist, you pay 45% coinsurance after the deductible.",
      source: { section: "Seeing a specialist" },
    });
    // A sentence naming several services prices none of them.
    expect(row(coverage, "urgent_care")).toBeUndefined();
    expect(coverage.excluded.map((e) => e.text)).toEqual([
      "The plan does not cover acupuncture or massage therapy.",
      "Cosmetic surgery is excluded.",
    ]);
  });
});

describe("a prose booklet that prices one service in two places or in two sentences", () => {
  const md = [
    "# Local HMO",
    "## 1. How your HMO works",
    "Care you receive from providers outside the network is not covered, except for emergency care and urgent care when you are outside the service area.",
    "## 4. Getting care quickly",
    "At a network urgent care center, you pay a $50 copay.",
    "## 5. Tests and imaging",
    "Lab work, such as blood tests, is covered at no charge at a network lab. X-rays and ultrasounds cost a $40 copay.",
  ].join("\n");
  const coverage = coverageOf({ format: "markdown", text: md });

  it("takes the network price from the section that states it, keeping the overview's out-of-network rule", () => {
    expect(row(coverage, "urgent_care")).toMatchObject({
      inNetwork: "At a network urgent care center, you pay a $50 copay.",
      outOfNetwork: expect.stringContaining("outside the network is not covered"),
      source: { section: "4. Getting care quickly" },
    });
  });

  it("keeps both sentences that price parts of one row", () => {
    expect(row(coverage, "diagnostic_test")?.inNetwork).toBe(
      "Lab work, such as blood tests, is covered at no charge at a network lab. X-rays and ultrasounds cost a $40 copay.",
    );
  });
});

describe("an SBC's excluded services box written as one run-on list", () => {
  it("reads the items after the heading's colon, split at semicolons, wrapped lines joined", () => {
    const text = [
      "Excluded Services & Other Covered Services:",
      "Services Your Plan Generally Does NOT Cover (Check your policy for more information.): Acupuncture; Dental care",
      "(Adult); Hearing aids; Weight loss programs.",
      "Other Covered Services (Limitations may apply to these services.): Bariatric surgery; Chiropractic care (20 visits",
      "per calendar year).",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.excluded.map((e) => e.text)).toEqual([
      "Acupuncture",
      "Dental care (Adult)",
      "Hearing aids",
      "Weight loss programs",
    ]);
    expect(coverage.otherCovered.map((e) => e.text)).toEqual([
      "Bariatric surgery",
      "Chiropractic care (20 visits per calendar year)",
    ]);
  });
});

describe("a vision flyer's space-aligned grid with groups of indented rows", () => {
  it("reads 'WHAT YOU PAY' as the title over the labels, and a label over indented rows as their group", () => {
    const text = [
      "WHAT YOU PAY                 IN-NETWORK       OUT-OF-NETWORK",
      "                                              (we reimburse up to)",
      "Eye exam (every 12 months)   $10 copay        $45",
      "Lenses (every 12 months)",
      "  Single vision              $20 copay        $30",
      "  Lined bifocal              $20 copay        $50",
      "Frames (every 24 months)     $150 allowance   $70",
      "Contact lenses (in lieu of glasses, every 12 months)",
      "  Elective                   $130 allowance   $105",
      "",
      "EXTRAS",
      " - Anti-reflective coating: $45 copay in-network",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    const printed = coverage.rows.map((r) => [r.service, r.label, r.inNetwork, r.outOfNetwork]);
    expect(printed).toEqual(
      expect.arrayContaining([
        ["eye_exam", "Eye exam (every 12 months)", "$10 copay", "$45"],
        ["eyeglass_lenses", "Lenses (every 12 months) — Single vision", "$20 copay", "$30"],
        ["eyeglass_lenses", "Lenses (every 12 months) — Lined bifocal", "$20 copay", "$50"],
        ["frames", "Frames (every 24 months)", "$150 allowance", "$70"],
        [
          "contact_lenses",
          "Contact lenses (in lieu of glasses, every 12 months) — Elective",
          "$130 allowance",
          "$105",
        ],
      ]),
    );
    expect(row(coverage, "lens_coatings")?.inNetwork).toContain("$45 copay");
  });
});

describe("two plans side by side in plain text, over dotted leaders", () => {
  it("gives no row or amount whose figures are two plans' run together", () => {
    const text = [
      "                                        DENTAL CORE        DENTAL PLUS",
      "Annual deductible (per person) ........ $75                $50",
      "Basic (fillings, extractions) ......... 70%                80%",
      "Major (crowns, bridges) ............... Not covered        50%",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.rows).toEqual([]);
    expect(coverage.deductible).toBeNull();
    // Leaders between the two plans' values as well.
    const leaders = coverageOf({
      format: "text",
      text: [
        "                                   CHOICE PPO              SAVER HSA",
        "Specialist office visit .......... $60 copay ............. 10% after deductible",
      ].join("\n"),
    });
    expect(leaders.rows).toEqual([]);
    // One plan's leaders are read as before.
    const single = coverageOf({
      format: "text",
      text: "ACME DENTAL PLUS\nBasic (fillings, extractions) ......... 80%",
    });
    expect(row(single, "basic_dental")?.inNetwork).toBe("80%");
  });
});

describe("a limit printed with a row's label", () => {
  it("is the row's limit", () => {
    const md = [
      "# HSA 3000",
      "## Covered services",
      "| Service | In-network | Out-of-network |",
      "| --- | --- | --- |",
      "| Physical therapy (limit 30 visits per year) | 10% after deductible | 40% after deductible |",
    ].join("\n");
    expect(row(coverageOf({ format: "markdown", text: md }), "rehabilitation")?.limits).toEqual([
      "30 visits per year",
    ]);
  });
});

describe("a table row whose cells join into 'does Not covered'", () => {
  it("is a row, not the heading of an excluded-services list", () => {
    const text = [
      "Services You May Need      Network Provider               Out-of-Network Provider",
      "Specialist visit           $60 copay/visit; deductible does   Not covered",
      "                           not apply",
      "Urgent care                $75 copay/visit                Not covered",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.excluded).toEqual([]);
    expect(row(coverage, "urgent_care")?.outOfNetwork).toBe("Not covered");
  });
});

describe("a cell wrapped after a slash", () => {
  it("joins the slash's two words again: 'copay/' over 'visit'", () => {
    const text = [
      "Services You May Need      Network Provider        Out-of-Network Provider",
      "Preventive care/           No charge               40% coinsurance",
      "screening/immunization",
      "Virtual visits             $0 copay/               Not covered",
      "                           visit",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(row(coverage, "preventive")?.label).toBe("Preventive care/screening/immunization");
    expect(row(coverage, "telehealth")?.inNetwork).toBe("$0 copay/visit");
  });
});

describe("an SBC's excluded services box whose heading line runs long with the list", () => {
  it("still reads the list, and a word hyphenated at a line's end is one word again", () => {
    const text = [
      "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.): Cosmetic surgery; Infertility treatment; Long-",
      "term care; Non-emergency care when traveling outside the U.S.; Weight loss programs",
    ].join("\n");
    expect(coverageOf({ format: "text", text }).excluded.map((e) => e.text)).toEqual([
      "Cosmetic surgery",
      "Infertility treatment",
      "Long-term care",
      "Non-emergency care when traveling outside the U.S.",
      "Weight loss programs",
    ]);
  });
});

describe("a portal page's deductible rows named by who they cover", () => {
  it("reads 'employee only' and 'any coverage with dependents' as the two tiers, not a note's sentence", () => {
    const md = [
      "# Saver HDHP",
      "## Plan at a glance",
      "| Feature | Network | Out-of-network |",
      "| --- | --- | --- |",
      "| Annual deductible – employee only | $3,300 | $6,000 |",
      "| Annual deductible – any coverage with dependents | $6,600 | $12,000 |",
      "",
      "Note: The family deductible is aggregate (non-embedded): the full $6,600 family deductible must be met first.",
    ].join("\n");
    expect(coverageOf({ format: "markdown", text: md }).deductible).toMatchObject({
      inNetwork: { individual: "$3,300", family: "$6,600" },
      outOfNetwork: { individual: "$6,000", family: "$12,000" },
    });
  });
});

describe("a deductible row beside a sentence that names the family deductible", () => {
  it("reads the row, not the sentence 'Family coverage uses a non-embedded deductible: the full $6,000…'", () => {
    const md = [
      "# Acme HSA 3000",
      "## Plan Basics",
      "| Feature | Network | Out-of-network |",
      "| --- | --- | --- |",
      "| Deductible | $3,000 individual / $6,000 family | $6,000 individual / $12,000 family |",
      "",
      "Family coverage uses a non-embedded deductible: the full $6,000 family deductible must be met first.",
    ].join("\n");
    expect(coverageOf({ format: "markdown", text: md }).deductible).toMatchObject({
      inNetwork: { individual: "$3,000", family: "$6,000" },
      outOfNetwork: { individual: "$6,000", family: "$12,000" },
    });
  });
});

describe("coverage from leader lines", () => {
  const text = [
    "BRONZE PLAN OVERVIEW",
    "",
    "DEDUCTIBLE",
    "Individual deductible ........ In-network: $3,400 / Out-of-network: $6,000",
    "Family deductible ........ In-network: $6,800 / Out-of-network: $12,000",
    "",
    "TESTS AND IMAGING",
    "Lab work (blood tests) ........ In-network: 10% after deductible / Out-of-network: 40% after deductible",
    "X-ray ........ In-network: 20% after deductible / Out-of-network: 40% after deductible",
    "",
    "NOT COVERED",
    "Hearing aids ........ Not covered",
  ].join("\n");
  const coverage = coverageOf({ format: "text", text });

  it("reads each leader line as a row, its value split into network cells by their own labels", () => {
    expect(coverage.rows.filter((r) => r.service === "diagnostic_test")).toMatchObject([
      {
        label: "Lab work (blood tests)",
        inNetwork: "10% after deductible",
        outOfNetwork: "40% after deductible",
      },
      { label: "X-ray", inNetwork: "20% after deductible", deductibleApplies: true },
    ]);
    expect(row(coverage, "hearing_aids")).toMatchObject({ inNetwork: "Not covered", outOfNetwork: null });
    expect(row(coverage, "diagnostic_test")?.source.section).toBe(
      "TESTS AND IMAGING > Lab work (blood tests)",
    );
  });

  it("reads the deductible by tier and network from one leader line per tier", () => {
    expect(coverage.deductible).toMatchObject({
      inNetwork: { individual: "$3,400", family: "$6,800" },
      outOfNetwork: { individual: "$6,000", family: "$12,000" },
      source: { section: "DEDUCTIBLE" },
    });
    expect(coverage.layout).toBe("leaders");
  });
});

describe("coverage from a cost table's own tier rows", () => {
  it("reads the deductible and out-of-pocket maximum from one row per tier, in each network column", () => {
    const rule =
      "-----------------------------------  ----------------------------  ----------------------------";
    const text = [
      "ORCHARD PPO - SUMMARY OF BENEFITS",
      "",
      "PLAN FEATURES                        IN-NETWORK                    OUT-OF-NETWORK",
      rule,
      "Annual deductible - individual       $750                          $2,000",
      "Annual deductible - family           $1,500                        $4,000",
      "Out-of-pocket max - individual       $3,000                        $9,000",
      "Out-of-pocket max - family           $6,000                        $18,000",
      "Plan coinsurance                     20% after deductible          40% after deductible",
      "Referral needed for specialists?     No                            No",
      "",
      "OFFICE VISITS                        IN-NETWORK                    OUT-OF-NETWORK",
      rule,
      "Primary care visit                   $25 copay                     40% after deductible",
      "Specialist visit                     $45 copay                     40% after deductible",
      "Preventive care / annual             No charge                     40% after deductible",
      "Telehealth (virtual) visit           $0 copay                      Not covered",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.deductible).toMatchObject({
      inNetwork: { individual: "$750", family: "$1,500" },
      outOfNetwork: { individual: "$2,000", family: "$4,000" },
    });
    expect(coverage.outOfPocket).toMatchObject({
      inNetwork: { individual: "$3,000", family: "$6,000" },
      outOfNetwork: { individual: "$9,000", family: "$18,000" },
    });
  });
});

describe("amounts in a certificate's prose", () => {
  it("reads each amount from the sentences that name it, not from a heading that names both", () => {
    const text = [
      "ARTICLE 5 – DEDUCTIBLE, COPAYMENTS AND OUT-OF-POCKET MAXIMUM",
      "",
      "5.1 Deductible. The Individual Deductible is $400 per Member per Plan Year. The",
      "Family Deductible is $800 per Plan Year.",
      "",
      "5.4 Out-of-Pocket Maximum. The Individual Out-of-Pocket Maximum is $2,800 per",
      "Member per Plan Year. The Family Out-of-Pocket Maximum is $5,600 per Plan Year.",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(coverage.outOfPocket?.inNetwork).toEqual({ individual: "$2,800", family: "$5,600" });
    expect(coverage.deductible?.inNetwork?.individual).toBe("$400");
  });
});

describe("a certificate's network article", () => {
  it("reads the rule under a heading that names out-of-network care, though its sentence does not", () => {
    const text = [
      "ARTICLE 4 - NETWORK",
      "",
      "4.1 Network Providers. You must use providers in the Select Network.",
      "",
      "4.2 No Out-of-Network Benefits. Services from providers that are not in the Select Network are not",
      "covered, and you will be responsible for the full charge.",
    ].join("\n");
    expect(coverageOf({ format: "text", text }).outOfNetworkGeneral?.text).toBe(
      "Services from providers that are not in the Select Network are not covered, and you will be responsible for the full charge.",
    );
  });
});

describe("a certificate's exclusions article", () => {
  it("reads its lettered items as excluded services, without their markers", () => {
    const text = [
      "ARTICLE 10 – EXCLUSIONS AND LIMITATIONS",
      "",
      "10.1 Exclusions. The following are not covered:",
      "   (a) Acupuncture and acupressure, for any condition.",
      "   (b) Hearing aids, including fitting, batteries and repairs, and cochlear",
      "       implant upgrades not medically necessary.",
    ].join("\n");
    const excluded = coverageOf({ format: "text", text }).excluded.map((e) => e.text);
    expect(excluded).toContain("Acupuncture and acupressure, for any condition.");
    expect(excluded).toContain(
      "Hearing aids, including fitting, batteries and repairs, and cochlear implant upgrades not medically necessary.",
    );
  });
});

describe("a word processor's table pasted as text (tab-separated cells)", () => {
  const text = [
    "PLAN BASICS",
    "",
    "Feature\tMember Pays\tNotes",
    "Deductible\t$0\tNo deductible",
    "Out-of-network care\tNot covered\tExcept emergency care outside the service area",
    "Specialist referrals\tRequired\tYour PCP requests the referral",
    "",
    "OFFICE VISITS",
    "",
    "Service\tMember Pays\tNotes",
    "Primary care visit\t$15 copay\tIncludes visits for illness and injury",
    "Chiropractic care\t$20 copay\tLimited to 12 visits per calendar year",
    "Hospice\t$0\t",
    "",
    "PRESCRIPTION DRUGS (ScriptWell Rx, 555-0173)",
    "",
    "Tier\t30-day retail\t90-day mail order",
    "Generic\t$5\t$10",
  ].join("\n");
  const coverage = coverageOf({ format: "text", text });

  it("reads each tab-separated line as a row, however wide its cells, under its own header", () => {
    expect(row(coverage, "primary_care")).toMatchObject({
      label: "Primary care visit",
      inNetwork: "$15 copay",
      limitations: "Includes visits for illness and injury",
    });
    expect(row(coverage, "chiropractic")?.limits).toEqual(["Limited to 12 visits per calendar year"]);
  });

  it("keeps rules that price nothing out of the rows, and a row naming a network is not a header", () => {
    expect(coverage.rows.some((r) => r.inNetwork === "Required")).toBe(false);
    expect(coverage.rows.some((r) => /PCP requests/.test(r.label))).toBe(false);
  });

  it("says whose price a mail-order column gives", () => {
    expect(row(coverage, "generic_drugs")).toMatchObject({
      inNetwork: "$5",
      limitations: "90-day mail order: $10",
    });
  });
});

describe("a spreadsheet exported as tab-separated text, its column names in snake_case", () => {
  const text = [
    "# Vision benefit grid. Columns: section, benefit, in-network, out-of-network, how often, notes",
    "section\tbenefit\tin_network_you_pay\tout_of_network_reimbursement\thow_often\tnotes",
    "EXAM\tRoutine eye exam\t$10 copay\tUp to $45\tOnce every 12 months\tIncludes dilation",
    "FRAMES\tFrames\t$150 allowance\tUp to $75\tOnce every 24 months for adults; once every 12 months for children under 19\t",
    "CONTACTS\tMedically necessary contact lenses\t$0 copay\tUp to $200\tOnce every 12 months\tBrightview must approve first",
  ].join("\n");
  const coverage = coverageOf({ format: "text", text });

  it("reads each column by its name: in and out of network, how often", () => {
    expect(row(coverage, "eye_exam")).toMatchObject({ inNetwork: "$10 copay", outOfNetwork: "Up to $45" });
    expect(row(coverage, "frames")?.limitations).toContain("once every 12 months for children under 19");
  });

  it("reads 'must approve first' as preauthorization", () => {
    expect(
      coverage.rows.find((r) => r.label === "Medically necessary contact lenses")?.preauthorization,
    ).toBe(true);
  });
});

describe("a drug table headed only by its supply columns, and two priced sentences on one line", () => {
  const text = [
    "Prescription drugs",
    "",
    "                            RETAIL (30 DAYS)    MAIL ORDER (90 DAYS)",
    "Tier 1: generic             $10 copay           $20 copay",
    "Tier 2: preferred brand     $40 copay           $80 copay",
    "",
    "Generic contraceptives and ACA preventive drugs: $0. Insulin: $25 copay per 30-day",
    "supply.",
  ].join("\n");
  const coverage = coverageOf({ format: "text", text });

  it("reads the retail column as the price and the mail-order column as whose price it is", () => {
    expect(row(coverage, "generic_drugs")).toMatchObject({
      inNetwork: "$10 copay",
      limitations: "MAIL ORDER (90 DAYS): $20 copay",
    });
    expect(row(coverage, "preferred_brand")?.inNetwork).toBe("$40 copay");
  });

  it("reads each sentence as its own row, the wrapped word included", () => {
    expect(row(coverage, "insulin")?.inNetwork).toBe("$25 copay per 30-day supply");
    expect(row(coverage, "preventive_drugs")?.inNetwork).toBe("$0");
  });
});

describe("a table header with nothing after it", () => {
  it("reads no rows and does not fail (a document may end on a table's header)", () => {
    const text = [
      "SUMMARY",
      "",
      "Some text about the plan.",
      "",
      "Services        In-Network        Out-of-Network",
    ].join("\n");
    expect(coverageOf({ format: "text", text }).rows).toEqual([]);
  });
});

describe("coverage from a plain-text SBC and a label: value sheet", () => {
  it("reads rows under capitalised row-group headings, rules and wrapped labels included", () => {
    const text = [
      "Common Medical Event / Services     What You Will Pay: Network  Out-of-Network Provider   Limitations",
      "------------------------------------------------------------------------------------------------------",
      "IF YOU VISIT A HEALTH CARE PROVIDER'S OFFICE OR CLINIC",
      "------------------------------------------------------------------------------------------------------",
      "Primary care visit to treat an      $25 copay/visit;            40% coinsurance           None",
      "injury or illness                   deductible does not apply",
      "IF YOU HAVE A TEST",
      "Diagnostic test (x-ray, blood       X-ray: 20% coinsurance.     40% coinsurance           None",
      "work)                               Blood work: $15",
      "                                    copay/visit",
    ].join("\n");
    const coverage = coverageOf({ format: "text", text });
    expect(row(coverage, "primary_care")).toMatchObject({
      label: "Primary care visit to treat an injury or illness",
      inNetwork: "$25 copay/visit; deductible does not apply",
      outOfNetwork: "40% coinsurance",
      event: "IF YOU VISIT A HEALTH CARE PROVIDER'S OFFICE OR CLINIC",
    });
    expect(row(coverage, "diagnostic_test")).toMatchObject({
      label: "Diagnostic test (x-ray, blood work)",
      inNetwork: "X-ray: 20% coinsurance. Blood work: $15 copay/visit",
    });
  });

  it("completes a service's row with the out-of-network list's value and a frequency line's limit", () => {
    const text = [
      "VISION PLAN BENEFIT SUMMARY",
      "",
      "IN-NETWORK BENEFITS",
      "Frame allowance: $130, then 20% off any balance",
      "Frame frequency: Once every 24 months",
      "Materials copay (lenses or frames): $20",
      "",
      "OUT-OF-NETWORK REIMBURSEMENT",
      "Frames: Up to $70",
    ].join("\n");
    const frames = coverageOf({ format: "text", text }).rows.filter((r) => r.service === "frames");
    expect(frames[0]).toMatchObject({
      label: "Frame allowance",
      inNetwork: "$130, then 20% off any balance",
      outOfNetwork: "Up to $70",
      limits: ["Once every 24 months"],
      outSource: { section: "OUT-OF-NETWORK REIMBURSEMENT > Frames" },
    });
  });

  it("gives a limit stated in the next sentence to the services just priced", () => {
    const md = [
      "# EPO booklet",
      "## Getting better",
      "Physical, occupational, and speech therapy are $45 per visit. Together they're limited to 40 visits per calendar year.",
    ].join("\n");
    expect(row(coverageOf({ format: "markdown", text: md }), "rehabilitation")?.limits).toEqual([
      "limited to 40 visits per calendar year",
    ]);
  });
});

describe("coverage from carrier PDFs and fee schedules", () => {
  const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4, height: 10 });

  it("reads a label with its 'You pay: … | Out of network: …' line below, column by column", () => {
    const page = [
      item("Specialist visit", 50, 700),
      item("Urgent care", 320, 700),
      item("You pay: $40 copay | Out of network: 40% after deductible", 50, 686),
      item("You pay: $60 copay | Out of network: Not covered", 320, 686),
      item("Deductible: $3,300 / $6,600 (single / family)", 50, 600),
    ];
    const text = page.map((i) => i.str).join("\n");
    const coverage = extractCoverage({
      format: "pdf",
      text,
      sections: splitDocument(text, "text", "doc").sections,
      pdfPages: [page],
    });
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$40 copay",
      outOfNetwork: "40% after deductible",
    });
    expect(row(coverage, "urgent_care")).toMatchObject({
      inNetwork: "$60 copay",
      outOfNetwork: "Not covered",
    });
    expect(coverage.deductible).toMatchObject({
      inNetwork: { individual: "$3,300", family: "$6,600" },
      source: { quote: "Deductible: $3,300 / $6,600 (single / family)" },
    });
  });

  it("reads an SBC grid whose header wraps and whose cells run over several lines, and the services its cells price by name", () => {
    const pdf = (page: ReturnType<typeof item>[]) => {
      const text = page.map((i) => i.str).join("\n");
      return extractCoverage({
        format: "pdf",
        text,
        sections: splitDocument(text, "text", "doc").sections,
        pdfPages: [page],
      });
    };
    const coverage = pdf([
      item("Common Medical", 40, 719),
      item("Services You May Need", 130, 719),
      item("What You Will Pay", 300, 719),
      item("Limitations, Exceptions, & Other", 460, 719),
      item("Event", 40, 709),
      item("Important Information", 460, 709),
      item("Network Provider", 230, 694),
      item("Out-of-Network Provider", 355, 694),
      item("If you have a test", 40, 574),
      item("Diagnostic test (x-ray,", 130, 574),
      item("X-ray: $50 copay/test;", 230, 574),
      item("40% coinsurance", 355, 574),
      item("None", 460, 574),
      item("blood work)", 130, 565),
      item("deductible does not apply.", 230, 565),
      item("Blood work: No charge at a", 230, 556),
      item("freestanding lab", 230, 547),
      item("If you need mental", 40, 525),
      item("Outpatient services", 130, 525),
      item("Office visit: $30 copay/visit", 230, 525),
      item("40% coinsurance", 355, 525),
      item("Virtual therapy through", 460, 525),
      item("health, behavioral", 40, 516),
      item("Carewell Anywhere: $10 copay/visit.", 460, 516),
      item("health, or substance", 40, 507),
      item("abuse services", 40, 498),
    ]);
    // A price line one line step under the row is the rest of its cell, not a row of its own.
    expect(row(coverage, "diagnostic_test")?.inNetwork).toBe(
      "X-ray: $50 copay/test; deductible does not apply. Blood work: No charge at a freestanding lab",
    );
    // "Common Medical" over "Event" heads the event column, which names the mental health rows.
    expect(row(coverage, "mental_outpatient")).toMatchObject({
      inNetwork: "Office visit: $30 copay/visit",
      outOfNetwork: "40% coinsurance",
    });
    expect(coverage.rows.find((r) => r.label === "Virtual therapy through Carewell Anywhere")).toMatchObject({
      inNetwork: "$10 copay/visit",
      source: { section: expect.stringContaining("Outpatient services") },
    });
  });

  it("reads a booklet's run-on exclusions paragraph, not its contents page or its prose", () => {
    const page1 = [
      item("In this booklet:", 44, 300),
      item("12. What the plan does not cover", 54, 137),
      item("13. Using out-of-network providers", 54, 123),
    ];
    const page7 = [
      item("Premiums, charges for services the plan does not cover, and any amount an", 44, 420),
      item("out-of-network provider bills above the allowed amount do not count.", 44, 407),
      item("12. What the plan does not cover", 44, 312),
      item("The plan does not cover: acupuncture; cosmetic surgery and", 56, 293),
      item("procedures; routine dental care for adults; long-", 44, 280),
      item("term custodial care; and non-emergency care outside the", 44, 267),
      item("United States.", 44, 255),
      item("13. Using out-of-network providers", 44, 220),
      item("Out of network, the plan pays based on the allowed amount, which", 56, 200),
    ];
    const text = [...page1, ...page7].map((i) => i.str).join("\n");
    const coverage = extractCoverage({
      format: "pdf",
      text,
      sections: splitDocument(text, "text", "doc").sections,
      pdfPages: [page1, page7],
    });
    expect(coverage.excluded.map((e) => e.text)).toEqual([
      "acupuncture",
      "cosmetic surgery and procedures",
      "routine dental care for adults",
      "long-term custodial care",
      "non-emergency care outside the United States",
    ]);
  });

  it("reads a label wrapped over two lines, and the limit printed under its 'You pay' line", () => {
    const page = [
      item("Preventive care (annual physical, screenings,", 50, 700),
      item("immunizations)", 50, 688),
      item("You pay: No charge | Out of network: 40% after deductible", 50, 676),
      item("Chiropractic care", 50, 650),
      item("You pay: 20% after deductible | Out of network: 40% after deductible", 50, 638),
      item("Limit: 15 visits per year.", 50, 626),
      item("Lab work", 50, 600),
      item("You pay: 10% after deductible | Out of network: 40% after deductible", 50, 588),
    ];
    const text = page.map((i) => i.str).join("\n");
    const coverage = extractCoverage({
      format: "pdf",
      text,
      sections: splitDocument(text, "text", "doc").sections,
      pdfPages: [page],
    });
    expect(row(coverage, "preventive")?.label).toBe(
      "Preventive care (annual physical, screenings, immunizations)",
    );
    expect(row(coverage, "chiropractic")?.limits).toEqual(["15 visits per year"]);
    expect(row(coverage, "diagnostic_test")?.limits).toEqual([]);
  });

  it("does not read a grid's group heading in capitals as the rest of the row above it", () => {
    const page = [
      item("Service", 50, 700),
      item("In-Network", 250, 700),
      item("Out-of-Network", 400, 700),
      item("Acupuncture", 50, 684),
      item("Not covered", 250, 684),
      item("Not covered", 400, 684),
      item("URGENT AND EMERGENCY CARE", 50, 668),
      item("Urgent care", 50, 652),
      item("20% after deductible", 250, 652),
      item("50% after deductible", 400, 652),
    ];
    const text = page.map((i) => i.str).join("\n");
    const coverage = extractCoverage({
      format: "pdf",
      text,
      sections: splitDocument(text, "text", "doc").sections,
      pdfPages: [page],
    });
    const labels = coverage.rows.map((r) => r.label);
    expect(labels.some((l) => /URGENT AND EMERGENCY/.test(l))).toBe(false);
    expect(row(coverage, "urgent_care")).toMatchObject({ inNetwork: "20% after deductible" });
  });

  it("reads a dental HMO's 'Procedure | Your copay' table as a dental plan's rows", () => {
    const md = [
      "# Juniper Dental DHMO - Fee Schedule",
      "A managed-care dental plan: you pay the fixed copay for each procedure. No deductible.",
      "## Fee schedule",
      "| Procedure | Your copay |",
      "|---|---|",
      "| Amalgam (silver) filling, one surface | $15 |",
      "| Comprehensive orthodontics (braces), child | $1,850 |",
    ].join("\n");
    const coverage = coverageOf({ format: "markdown", text: md });
    expect(coverage.kind).toBe("dental");
    expect(row(coverage, "basic_dental")).toMatchObject({ inNetwork: "$15" });
    expect(row(coverage, "orthodontia")).toMatchObject({ inNetwork: "$1,850" });
  });
});

describe("reading cost-share text", () => {
  it("labels individual and family amounts by the word after or before them", () => {
    expect(tierAmounts("$2,000 per person and $4,000 per family")).toEqual({
      individual: "$2,000",
      family: "$4,000",
    });
    expect(tierAmounts("individual $750; family $1,500")).toEqual({ individual: "$750", family: "$1,500" });
    expect(tierAmounts("The deductible is $750/$1,500 (individual/family).")).toEqual({
      individual: "$750",
      family: "$1,500",
    });
  });

  it("finds limits and whether the deductible applies", () => {
    expect(limitsIn("Limited to 30 visits per year. 2 cleanings per calendar year")).toEqual([
      "Limited to 30 visits per year",
      "2 cleanings per calendar year",
    ]);
    expect(deductibleApplies("20% coinsurance after deductible")).toBe(true);
    expect(deductibleApplies("$10 copay; deductible does not apply")).toBe(false);
    expect(deductibleApplies("$10 copay")).toBeNull();
  });
});

describe("reading a coverage question", () => {
  it.each([
    ["how much to see an allergist?", "specialist", "cost", "unspecified"],
    ["what if I go to the emergency department out of network", "emergency_room", "cost", "out"],
    ["is my annual checkup free", "preventive", "cost", "unspecified"],
    ["how many physical therapy visits do I get", "rehabilitation", "limit", "unspecified"],
    ["does an MRI need prior authorization?", "imaging", "preauthorization", "unspecified"],
    ["cuánto pago por ver a un especialista fuera de la red", "specialist", "cost", "out"],
    ["¿cada cuánto puedo ver al quiropráctico?", "chiropractic", "limit", "unspecified"],
    // A child's glasses are not the child's eye exam.
    ["how much do we get for my son's glasses out of network", "child_glasses", "cost", "out"],
    ["specailist copay in network", "specialist", "cost", "in"],
    // The question's own words first: the scan, not the doctor who ordered it.
    ["my doctor ordered a CT scan, what do I owe", "imaging", "cost", "unspecified"],
    ["I think I need to see a shrink. what would that cost me?", "mental_outpatient", "cost", "unspecified"],
    ["does the plan pay for weight loss surgery", "bariatric_surgery", "covered", "unspecified"],
    // A long message's last question says what it asks about.
    [
      "His PCP said he should get an MRI and then see a specialist. What's the MRI going to cost?",
      "imaging",
      "cost",
      "unspecified",
    ],
  ])("%s", (question, service, facet, network) => {
    const read = readCoverageQuestion(question);
    expect(read.services[0]?.key).toBe(service);
    expect(read.facet).toBe(facet);
    expect(read.network).toBe(network);
  });

  it("tells deductible, out-of-pocket, coverage and other questions apart", () => {
    expect(readCoverageQuestion("what's the family deductable").facet).toBe("deductible");
    // A price after the deductible, or a share, is a price, not the deductible.
    expect(readCoverageQuestion("what do I pay for a specialist after the deductible?").facet).toBe("cost");
    expect(readCoverageQuestion("¿Cuánto pago en la sala de emergencias después del deducible?").facet).toBe(
      "cost",
    );
    expect(readCoverageQuestion("out of network, what percent do I end up paying?").facet).toBe("cost");
    expect(readCoverageQuestion("what's the family deductable").tier).toBe("family");
    expect(readCoverageQuestion("the most I could pay in a year").facet).toBe("out_of_pocket");
    expect(readCoverageQuestion("worst case, the most I'd have to pay for bills").facet).toBe(
      "out_of_pocket",
    );
    expect(readCoverageQuestion("whats the most my family could pay in a year").facet).toBe("out_of_pocket");
    expect(readCoverageQuestion("¿cuál es lo máximo que pagaríamos de nuestro bolsillo?").facet).toBe(
      "out_of_pocket",
    );
    expect(readCoverageQuestion("is acupuncture covered?").facet).toBe("covered");
    expect(readCoverageQuestion("do I need a referral to see a dermatologist").facet).toBe("other");
    // A service told as the occasion does not hide the deductible asked outright.
    expect(
      readCoverageQuestion(
        "seeing a specialist who isn't in network, whats my deductible for out of network?",
      ),
    ).toMatchObject({ facet: "deductible", network: "out" });
    expect(readCoverageQuestion("does the deductible apply to specialist visits").facet).not.toBe(
      "deductible",
    );
  });

  it("mends typos of benefits words and leaves ordinary words alone", () => {
    expect(correctSpelling("perscription for my dermatoligist")).toBe("prescription for my dermatologist");
    expect(correctSpelling("how often can the kids get flouride")).toBe(
      "how often can the kids get fluoride",
    );
    expect(correctSpelling("there where their house")).toBe("there where their house");
    // An English verb ending in -ing is not a near miss of a benefits word: "starting" is not "statin".
    expect(correctSpelling("starting on August 12th")).toBe("starting on August 12th");
  });
});

describe("refusing documents that cannot be read", () => {
  const refused = async (name: string) => {
    const sub = mkdtempSync(join(dir, "refuse-"));
    return { sub, path: join(sub, name) };
  };

  it("refuses a PDF with no text layer, stores nothing, and ingests the rest", async () => {
    const { sub, path } = await refused("scan.pdf");
    writeFileSync(path, buildPdf([[], []]));
    writeFileSync(join(sub, "handbook.md"), "# Handbook\n\nOpen enrollment runs in November.\n");
    const store = memoryKnowledgeStore();
    const summary = await ingestDirectory(store, "c", sub);
    expect(summary.refused).toEqual([
      { document: "scan.pdf", reason: expect.stringContaining("no text layer") },
    ]);
    expect(store.documents("c").map((d) => d.name)).toEqual(["handbook.md"]);
  });

  it("refuses a corrupt PDF, a password-protected PDF, and documents over the limits", async () => {
    const corrupt = await refused("broken.pdf");
    writeFileSync(corrupt.path, "%PDF-1.4\nthis is not really a pdf");
    await expect(readSourceDocument(corrupt.path)).rejects.toThrow(/not a readable PDF/);

    const locked = await refused("locked.pdf");
    const doc = new PDFDocument({ userPassword: "secret", ownerPassword: "owner" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on("end", resolve));
    doc.text("Plan summary with a specialist copay of $40.");
    doc.end();
    await ended;
    writeFileSync(locked.path, Buffer.concat(chunks));
    await expect(readSourceDocument(locked.path)).rejects.toThrow(/password-protected/);

    const long = await refused("long.pdf");
    writeFileSync(long.path, buildPdf(Array.from({ length: 301 }, (_, i) => [`Page ${i + 1} text`])));
    await expect(readSourceDocument(long.path)).rejects.toThrow(/301 pages; the limit is 300/);

    const big = await refused("big.txt");
    writeFileSync(big.path, "x");
    truncateSync(big.path, 21 * 1024 * 1024);
    await expect(readSourceDocument(big.path)).rejects.toThrow(/21\.0 MB; the limit is 20 MB/);
  });
});

describe("a dental carrier's rate sheet laid out as a form", () => {
  const SHEET = [
    "Cordillera Dental Company - Group Rate & Benefit Sheet,,,,,",
    "Group,Elkhorn Basin Hospital District,Group No.,CD-77410,Plan,Cordillera Dental PPO 2000",
    ",,,,,",
    "SECTION A - PLAN PROVISIONS,,,,,",
    "Provision,In-Network (Cordillera PPO),Out-of-Network,Applies to,Notes,",
    "Calendar-year deductible,$50 per person,$50 per person,Class II and Class III,Waived for Class I,",
    ",,,,,",
    "SECTION B - COVERED SERVICES,,,,,",
    "Service,Class,In-Network plan pays,Out-of-Network plan pays,Frequency / limit,Notes",
    "Cleanings (prophylaxis),Class I - Preventive,100%,80%,2 per calendar year,",
    "Sealants,Class I - Preventive,100%,80%,1 per tooth every 36 months,Under age 16",
    'Orthodontia (braces),Orthodontia,50%,50%,"$1,500 lifetime maximum",Adult orthodontia not covered',
  ].join("\n");
  const markdown = csvToMarkdown(SHEET, "cordillera dental rate sheet");

  it("reads each titled block with its own header row", () => {
    expect(markdown).toContain("## SECTION B - COVERED SERVICES");
    expect(markdown).toContain(
      "| Service | Class | In-Network plan pays | Out-of-Network plan pays | Frequency / limit | Notes |",
    );
  });

  it("is a dental document though it names a PPO and a deductible, and says the plan's share as the plan's", () => {
    const c = coverageOf({ format: "markdown", text: markdown });
    const cleanings = c.rows.find((r) => r.label === "Cleanings (prophylaxis)");
    expect(cleanings).toMatchObject({
      service: "preventive_dental",
      inNetwork: "plan pays 100%",
      outOfNetwork: "plan pays 80%",
      limits: ["2 per calendar year"],
    });
    expect(c.rows.find((r) => r.label === "Sealants")?.limits).toEqual(["1 per tooth every 36 months"]);
    const braces = row(c, "orthodontia");
    expect(braces?.limits).toEqual(["$1,500 lifetime maximum"]);
    // Both condition columns are the row's.
    expect(braces?.limitations).toBe("$1,500 lifetime maximum; Adult orthodontia not covered");
  });
});

describe("two plans side by side in a Markdown table, one column each", () => {
  const text = [
    "# Medical plans at a glance",
    "",
    "## Side by side",
    "",
    "| | **Core 500** | **Saver 3000** |",
    "|---|---|---|",
    "| Network | Our network only | Our network, plus out-of-network coverage |",
    "| Deductible (in-network) | $500 individual / $1,000 family | $3,000 individual / $6,000 family |",
    "| Out-of-network deductible | Not covered | $6,000 individual / $12,000 family |",
    "| Coinsurance | 20% after deductible | 20% after deductible in-network; 50% after deductible out-of-network |",
    "| Specialist visit | $50 copay | 20% after deductible |",
    "| Chiropractic | $30 copay (12 visits/year) | 20% after deductible (12 visits/year) |",
    "",
    "## Example: a year of care",
    "",
    "| | **Core 500** | **Saver 3000** |",
    "|---|---|---|",
    "| Doctor visits | $200.00 | $600.00 |",
  ].join("\n");
  const coverage = coverageOf({ format: "markdown", text });
  const column = (title: string) => coverage.plans?.find((p) => p.title === title);

  it("does not read a body row that names a network as a header of in- and out-of-network columns", () => {
    expect(coverage.rows.filter((r) => r.source.section.startsWith("Side by side"))).toEqual([]);
  });

  it("reads each plan's column as that plan's rows, deductibles and out-of-network rule", () => {
    expect(coverage.plans?.map((p) => p.title)).toEqual(["Core 500", "Saver 3000"]);
    expect(column("Saver 3000")?.rows.find((r) => r.service === "specialist")).toMatchObject({
      inNetwork: "20% after deductible",
      source: { quote: "Specialist visit — Saver 3000: 20% after deductible" },
    });
    expect(column("Core 500")?.rows.find((r) => r.service === "chiropractic")?.limits).toEqual(["12 visits"]);
    expect(column("Saver 3000")?.deductible).toMatchObject({
      inNetwork: { individual: "$3,000", family: "$6,000" },
      outOfNetwork: { individual: "$6,000", family: "$12,000" },
    });
    expect(column("Saver 3000")?.outOfNetworkGeneral?.text).toBe("50% after deductible out-of-network");
  });

  it("leaves a worked example's amounts out of the plans' rows", () => {
    const figures = (coverage.plans ?? []).flatMap((p) => p.rows.map((r) => r.inNetwork));
    expect(figures).not.toContain("$600.00");
  });

  it("gives a plan its column only when the title's words are all in the plan's name or code", () => {
    expect(planColumnOf(coverage, { name: "Acme Saver 3000 HSA", code: "SAVER" })?.title).toBe("Saver 3000");
    expect(planColumnOf(coverage, { name: "Acme Core 1000", code: "CORE-1000" })).toBeNull();
  });
});

describe("a carrier brochure PDF: key-figure tiles over a service grid with a sidebar", () => {
  let coverage: DocumentCoverage;
  beforeAll(async () => {
    const doc = new PDFDocument({ size: "LETTER", margin: 30 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on("end", resolve));
    doc.fontSize(8);
    const at = (x: number, y: number, text: string) => doc.text(text, x, y, { lineBreak: false });
    // The tiles: four titles over their figures, one of them an out-of-network title.
    for (const [x, title, figure] of [
      [34, "ANNUAL DEDUCTIBLE", "$1,000 individual"],
      [174, "OUT-OF-POCKET MAXIMUM", "$4,000 individual"],
      [313, "PLAN COINSURANCE", "20% after deductible"],
      [453, "OUT-OF-NETWORK CARE", "Not covered"],
    ] as const) {
      at(x, 60, title);
      at(x, 74, figure);
    }
    // The grid, with a "Good to know" sidebar beside its rows.
    at(34, 120, "Service");
    at(206, 120, "You pay (network)");
    at(312, 120, "Limits & notes");
    at(436, 120, "GOOD TO KNOW");
    at(34, 140, "DOCTOR VISITS");
    at(436, 140, "No referrals needed to see");
    at(34, 156, "Specialist office visit");
    at(206, 156, "$60 copay");
    at(312, 156, "No referral needed.");
    at(436, 156, "a specialist in the network.");
    at(34, 172, "Allergy injections");
    at(206, 172, "$15 copay");
    at(34, 188, "Emergency room");
    at(206, 188, "$350 copay per visit");
    at(312, 188, "Same cost in or out of");
    at(312, 198, "network.");
    at(34, 250, "PRESCRIPTION DRUGS (filled at any network pharmacy nationwide)");
    at(185, 264, "Tier 1: Generic");
    at(274, 264, "Tier 2: Preferred brand");
    at(381, 264, "Tier 3: Non-preferred");
    at(413, 273, "brand");
    at(34, 284, "Retail (up to 30-day");
    at(208, 284, "$12");
    at(313, 284, "$45");
    at(418, 284, "$80");
    at(34, 293, "supply)");
    at(34, 300, "NOT COVERED");
    at(46, 316, "Acupuncture");
    at(230, 316, "Infertility treatment");
    at(46, 328, "Cosmetic surgery");
    at(230, 328, "Hearing aids");
    doc.end();
    await ended;
    writeFileSync(join(dir, "brochure.pdf"), Buffer.concat(chunks));
    coverage = coverageOf(await readSourceDocument(join(dir, "brochure.pdf")));
  });

  it("ends the tiles' table at the grid's own header, and reads the grid's rows in its columns", () => {
    expect(row(coverage, "specialist")).toMatchObject({
      inNetwork: "$60 copay",
      limitations: "No referral needed.",
    });
    expect(row(coverage, "emergency_room")?.inNetwork).toBe("$350 copay per visit");
    expect(row(coverage, "emergency_room")?.outOfNetwork).toBeNull();
  });

  it("reads a drug table whose tiers are columns, each cell its tier's price for the row's fill", () => {
    expect(row(coverage, "generic_drugs")).toMatchObject({
      label: "Tier 1: Generic — Retail (up to 30-day supply)",
      inNetwork: "$12",
    });
    expect(row(coverage, "non_preferred_brand")?.inNetwork).toBe("$80");
  });

  it("reads allergy injections as a service of its own", () => {
    expect(row(coverage, "allergy_injections")?.inNetwork).toBe("$15 copay");
  });

  it("reads a 'NOT COVERED' heading's items in columns as the excluded services", () => {
    expect(coverage.excluded.map((e) => e.text)).toEqual(
      expect.arrayContaining(["Acupuncture", "Infertility treatment", "Cosmetic surgery", "Hearing aids"]),
    );
  });
});

describe("a dental outline whose class headings carry the prices", () => {
  const text = [
    "HARBOR DENTAL PPO -- PLAN OUTLINE",
    "",
    "  Percentages below are what the PLAN pays.",
    "",
    "=============================================================",
    "II. CLASS I -- PREVENTIVE                  In: 100%   Out: 80%",
    "                                           (no deductible)",
    "=============================================================",
    "  A. Cleanings",
    "       1. 2 per calendar year",
    "=============================================================",
    "III. CLASS II -- BASIC SERVICES            In: 70%    Out: 60%",
    "                                           (after deductible)",
    "=============================================================",
    "  A. Fillings",
    "  B. Endodontics",
    "       1. Root canal therapy",
    "=============================================================",
    "IV. CLASS III -- MAJOR SERVICES            In: 40%    Out: 30%",
    "=============================================================",
    "  A. Implants",
    "       1. 1 per tooth every 5 years",
  ].join("\n");
  const coverage = coverageOf({ format: "text", text });

  it("prices each listed service as its heading does, the plan's share with the heading's note", () => {
    expect(row(coverage, "root_canal")).toMatchObject({
      inNetwork: "plan pays 70% (after deductible)",
      outOfNetwork: "plan pays 60% (after deductible)",
    });
    expect(row(coverage, "preventive_dental")?.inNetwork).toBe("plan pays 100% (no deductible)");
    const implants = coverage.rows.find((r) => r.label === "Implants");
    expect(implants).toMatchObject({ inNetwork: "plan pays 40%", outOfNetwork: "plan pays 30%" });
    expect(implants?.limits).toEqual(["1 per tooth every 5 years"]);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvToMarkdown, parseCsv, sheetRecords } from "../../../src/knowledge/csv-to-markdown";
import { readSourceDocument } from "../../../src/knowledge/extract";
import { htmlToMarkdown } from "../../../src/knowledge/html-to-markdown";
import { ingestDirectory } from "../../../src/knowledge/ingest";
import { memoryKnowledgeStore } from "../../../src/knowledge/knowledge-store";
import { selectQuote } from "../../../src/knowledge/quote";
import { withoutSheetRows, withSheetRecords } from "../../../src/knowledge/sheet-rows";

const FLYER = `<!doctype html><html><head><title>Vision</title><style>td{color:red}</style>
<script>var x = "$999";</script></head><body>
<header>Acme &amp; Co. Benefits</header>
<h1>ClearView Vision Plus</h1>
<p>Your vision plan for <strong>2026</strong>.</p>
<h2>What you pay</h2>
<table><thead><tr><th>Service</th><th>In-network</th><th>Out-of-network</th></tr></thead>
<tbody><tr><td>Eye exam</td><td>$10 copay</td><td>Up to $45 reimbursed</td></tr>
<tr><td>Frames</td><td>$150 allowance<br>then 20% off</td><td>Up to $70</td></tr></tbody></table>
<h2>Good to know</h2>
<ul><li>One exam every 12 months.</li><li>Contacts in lieu of glasses: $130 allowance.</li></ul>
<dl><dt>Customer service</dt><dd>1-800-555-0100</dd></dl>
</body></html>`;

const RATES = `"Plan Code","Plan Name","Section","Item","Coverage Tier","Value","Notes"
"DEN","Smile Dental","Rates","Employee contribution per paycheck","Employee Only","$6.85","26 paychecks, ""pre-tax"""
"DEN","Smile Dental","Coverage","Cleanings","All tiers","100%","Two per year"
"VIS","ClearView Vision Plus","Rates","Employee contribution per paycheck","Employee Only","$2.10",""
`;

describe("HTML plan pages", () => {
  it("reads an accordion's button and a disclosure's summary as the headings of their panels", () => {
    const html = `<section><button aria-expanded="false">Fillings and other basic care</button><div class="panel"><p>You pay 30%.</p></div></section><details><summary>Orthodontia</summary><p>50% to $1,500.</p></details>`;
    expect(htmlToMarkdown(html)).toContain("## Fillings and other basic care\n\nYou pay 30%.");
    expect(htmlToMarkdown(html)).toContain("## Orthodontia\n\n50% to $1,500.");
  });

  it("reads a tile's label over its figure as one 'Label: value' line", () => {
    const html =
      '<div class="fact"><div>Deductible, in-network</div><div class="big">$2,000 individual / $4,000 family</div>' +
      "<p>Out-of-network: $4,000 individual.</p></div><div>Plan year</div><p>Calendar year.</p>";
    expect(htmlToMarkdown(html).trim().split("\n\n")).toEqual([
      "Deductible, in-network: $2,000 individual / $4,000 family",
      "Out-of-network: $4,000 individual.",
      "Plan year",
      "Calendar year.",
    ]);
  });

  it("says which network a cell's class names, as a summary prints the row", () => {
    const html =
      '<ul><li>Specialist office visit <span class="pill in">$55 copay</span>' +
      '<span class="pill out">40% after deductible</span><small class="note">No referral needed.</small></li></ul>';
    expect(htmlToMarkdown(html).trim()).toBe(
      "- Specialist office visit: In-network: $55 copay; Out-of-network: 40% after deductible. No referral needed.",
    );
  });

  it("keeps apart sentences in elements the page sets as blocks", () => {
    const html = `<dl><dt>Exams and cleanings</dt><dd><span class="net">Plan pays 100%.</span><span class="freq">2 exams per year.</span></dd></dl>`;
    expect(htmlToMarkdown(html)).toContain("Exams and cleanings: Plan pays 100%. 2 exams per year.");
  });

  it("repeats a row-spanning cell in each row it covers, and labels a row group's items with their group", () => {
    const html = `<table>
      <tr><th>Benefit</th><th>Item</th><th>In network, you pay</th><th>Out of network</th></tr>
      <tr><th rowspan="2" scope="rowgroup">Eye exam</th><td>Routine exam</td><td rowspan="2">$10 copay</td><td>$45</td></tr>
      <tr><td>Retinal imaging</td><td>Not covered</td></tr>
    </table>`;
    expect(htmlToMarkdown(html).trim().split("\n")).toEqual([
      "| Benefit | In network, you pay | Out of network |",
      "| --- | --- | --- |",
      "| Eye exam — Routine exam | $10 copay | $45 |",
      "| Eye exam — Retinal imaging | $10 copay | Not covered |",
    ]);
  });

  it("keep headings, tables as pipe tables, lists and definitions; drop scripts and styles", () => {
    expect(htmlToMarkdown(FLYER)).toBe(`Acme & Co. Benefits

# ClearView Vision Plus

Your vision plan for 2026.

## What you pay

| Service | In-network | Out-of-network |
| --- | --- | --- |
| Eye exam | $10 copay | Up to $45 reimbursed |
| Frames | $150 allowance then 20% off | Up to $70 |

## Good to know

- One exam every 12 months.

- Contacts in lieu of glasses: $130 allowance.

Customer service: 1-800-555-0100
`);
  });
});

describe("CSV rate sheets", () => {
  it("parses quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4')).toEqual([
      ["a", "b, c", 'say "hi"', "two\nlines"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("groups rows under a heading per plan and section, the plan's code dropped beside its name", () => {
    expect(csvToMarkdown(RATES, "rates 2026")).toBe(`# rates 2026

## Smile Dental — Rates

| Item | Coverage Tier | Value | Notes |
| --- | --- | --- | --- |
| Employee contribution per paycheck | Employee Only | $6.85 | 26 paychecks, "pre-tax" |

## Smile Dental — Coverage

| Item | Coverage Tier | Value | Notes |
| --- | --- | --- | --- |
| Cleanings | All tiers | 100% | Two per year |

## ClearView Vision Plus — Rates

| Item | Coverage Tier | Value | Notes |
| --- | --- | --- | --- |
| Employee contribution per paycheck | Employee Only | $2.10 |  |
`);
  });
});

describe("a database export's CSV", () => {
  it("names its snake_case columns in words and groups by the plan name", () => {
    const csv = [
      "plan_code,plan_name,coverage_tier,employee_cost_per_paycheck",
      "PPO-1000,Meridian Choice PPO 1000,Employee Only,$98.40",
    ].join("\n");
    expect(csvToMarkdown(csv, "rates")).toBe(`# rates

## Meridian Choice PPO 1000

| Coverage tier | Employee cost per paycheck |
| --- | --- |
| Employee Only | $98.40 |
`);
  });
});

describe("ingesting a directory with HTML and CSV documents", () => {
  it("reads them as sections with their figures, and still skips other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-html-csv-"));
    writeFileSync(join(dir, "vision-flyer.html"), FLYER);
    writeFileSync(join(dir, "rates.csv"), RATES);
    writeFileSync(join(dir, "logo.png"), "not a document");
    const store = memoryKnowledgeStore();
    const summary = await ingestDirectory(store, "acme", dir);
    expect(summary.skipped).toEqual(["logo.png"]);
    expect(summary.documents.map((d) => d.document)).toEqual(["rates.csv", "vision-flyer.html"]);
    const sections = await store.listSections("acme");
    const whatYouPay = sections.find(
      (s) => s.document === "vision-flyer.html" && s.section.endsWith("What you pay"),
    );
    expect(whatYouPay?.text).toContain(
      "Frames — In-network: $150 allowance then 20% off; Out-of-network: Up to $70 (table row: Frames | $150 allowance then 20% off | Up to $70).",
    );
    expect(sections.map((s) => s.text).join("\n")).not.toContain("$999");
    expect(sections.filter((s) => s.document === "rates.csv").map((s) => s.section)).toEqual([
      expect.stringContaining("Smile Dental — Rates"),
      expect.stringContaining("Smile Dental — Coverage"),
      expect.stringContaining("ClearView Vision Plus — Rates"),
    ]);
  });

  it("keeps each sheet row's record as written beside its row, quoted but not searched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-csv-rows-"));
    writeFileSync(join(dir, "rates.csv"), RATES);
    const store = memoryKnowledgeStore();
    await ingestDirectory(store, "acme", dir);
    const sections = await store.listSections("acme");
    const dental = sections.find((s) => s.section.endsWith("Smile Dental — Rates"))!;
    // The record keeps its quotes and its doubled quote: it is the file's own text.
    const record =
      '"DEN","Smile Dental","Rates","Employee contribution per paycheck","Employee Only","$6.85","26 paychecks, ""pre-tax"""';
    expect(dental.text).toContain(`(sheet row: ${record}).`);
    expect(withoutSheetRows(dental.text)).not.toContain("sheet row");
    expect(selectQuote("how much is dental per paycheck", dental)).toContain(record);
    // Each record goes with its own row only.
    const vision = sections.find((s) => s.section.endsWith("ClearView Vision Plus — Rates"))!;
    expect(vision.text).toContain('"VIS","ClearView Vision Plus"');
    expect(vision.text).not.toContain('"DEN"');
  });
});

describe("sheet records", () => {
  it("are the non-empty records as written, a quoted line break read as a space", () => {
    expect(sheetRecords('Plan,Note\r\n\r\n"A","two\nlines"\nB,x')).toEqual([
      { cells: ["Plan", "Note"], line: "Plan,Note" },
      { cells: ["A", "two\nlines"], line: '"A","two lines"' },
      { cells: ["B", "x"], line: "B,x" },
    ]);
  });

  it("go with the row that shows all their cells, or all but one", () => {
    const sections = [
      {
        ordinal: 0,
        headingPath: ["Rates", "Gold"],
        section: "Gold",
        text: "Employee Only — Cost: $10.\nFamily — Cost: $30.",
      },
    ];
    const records = [
      { cells: ["G1", "Gold", "Employee Only", "$10"], line: "G1,Gold,Employee Only,$10" },
      { cells: ["G1", "Gold", "Family", "$30"], line: "G1,Gold,Family,$30" },
      { cells: ["S1", "Silver", "Family", "$20"], line: "S1,Silver,Family,$20" },
    ];
    expect(withSheetRecords(sections, records)[0]!.text).toBe(
      "Employee Only — Cost: $10 (sheet row: G1,Gold,Employee Only,$10).\nFamily — Cost: $30 (sheet row: G1,Gold,Family,$30).",
    );
  });
});

describe("a benefit grid saved as tab-separated text", () => {
  const GRID = [
    "# ClearView Vision - benefit grid",
    "# Out-of-network: pay the provider and send the itemized receipt within 12 months.",
    "section\tbenefit\tin_network_you_pay\tout_of_network_reimbursement\thow_often",
    "EXAM\tRoutine eye exam\t$10 copay\tUp to $45\tOnce every 12 months",
    "LENSES\tStandard progressive lenses\t$85 copay\tUp to $50\tOnce every 12 months",
    "NOT COVERED\tSafety glasses\tNot covered\tNot covered\t",
  ].join("\n");

  it("is read as a sheet: readable rows grouped by its section column, comments as text, lines quoted as written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-tsv-"));
    writeFileSync(join(dir, "vision-grid.txt"), GRID);
    const source = await readSourceDocument(join(dir, "vision-grid.txt"));
    expect(source.format).toBe("markdown");
    expect(source.text).toContain("pay the provider and send the itemized receipt within 12 months");
    expect(source.text).not.toContain("# Out-of-network");
    expect(source.text).toContain("## LENSES");
    expect(source.text).toContain(
      "| Standard progressive lenses | $85 copay | Up to $50 | Once every 12 months |",
    );
    expect(source.sheetRecords?.map((r) => r.line)).toContain(
      "LENSES\tStandard progressive lenses\t$85 copay\tUp to $50\tOnce every 12 months",
    );
  });

  it("leaves prose with a few tab-indented lines as text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-tsv-"));
    writeFileSync(
      join(dir, "memo.txt"),
      "Open enrollment runs in November.\n\tCall HR\twith questions.\nThanks.\n",
    );
    expect((await readSourceDocument(join(dir, "memo.txt"))).format).toBe("text");
  });
});

describe("a recorded webinar's transcript", () => {
  const TRANSCRIPT = [
    "HARBORLINE DENTAL -- 2027 ENROLLMENT Q&A",
    "Host: Priya, Benefits Team. Guest: Tom, Harborline Dental.",
    "",
    "[00:00] PRIYA: Welcome, everyone. Tom will walk us through the dental plan.",
    "",
    "[00:35] TOM: Thanks. The deductible is $50 per person and the annual maximum is $1,500.",
    "",
    '[01:40] PRIYA: First one from the chat: "Are implants covered?"',
    "",
    "[01:46] TOM: Yes, implants are a major service, covered at 50% after the deductible.",
    "",
    "[02:30] PRIYA: Do kids get sealants?",
    "",
    "[02:33] TOM: Sealants are covered at 100% for children under 16,",
    "once per tooth every 36 months.",
    "",
    "[03:10] PRIYA: Thanks, Tom.",
    "",
    "[03:12] END OF RECORDING",
  ].join("\n");

  it("is read as an FAQ: each question read out a section, the answers its text, without timestamps or speakers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-transcript-"));
    writeFileSync(join(dir, "dental-webinar.txt"), TRANSCRIPT);
    const source = await readSourceDocument(join(dir, "dental-webinar.txt"));
    expect(source.format).toBe("markdown");
    expect(source.text.split("\n")).toEqual([
      "# HARBORLINE DENTAL -- 2027 ENROLLMENT Q&A",
      "",
      "Host: Priya, Benefits Team. Guest: Tom, Harborline Dental.",
      "",
      "Welcome, everyone. Tom will walk us through the dental plan.",
      "",
      "Thanks. The deductible is $50 per person and the annual maximum is $1,500.",
      "",
      "## Are implants covered?",
      "",
      "Yes, implants are a major service, covered at 50% after the deductible.",
      "",
      "## Do kids get sealants?",
      "",
      "Sealants are covered at 100% for children under 16,",
      "once per tooth every 36 months.",
      "",
      "Thanks, Tom.",
      "",
    ]);
  });

  it("leaves text with a timestamp or two as text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-transcript-"));
    writeFileSync(join(dir, "memo.txt"), "[10:00] Call starts.\nOpen enrollment runs in November.\n");
    expect((await readSourceDocument(join(dir, "memo.txt"))).format).toBe("text");
  });
});

describe("a YAML export (a carrier's FAQ knowledge base)", () => {
  const FAQ = [
    "# Clearview Vision - member FAQ export",
    "# Amounts in_network are what the member pays.",
    "export:",
    "  carrier: Clearview Vision",
    "  group_number: CV-1",
    "faq:",
    "  - id: q1",
    "    category: Eye exams",
    "    question: How much is an eye exam?",
    "    answer: >-",
    "      A routine eye exam costs you a $10 copay,",
    "      once every 12 months.",
    "    fields:",
    "      in_network: $10 copay",
    "      out_of_network: up to $45",
    "",
  ].join("\n");

  it("reads as Markdown: comments a paragraph, keys sections, each question a section under its category", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-yaml-"));
    writeFileSync(join(dir, "vision-faq.yaml"), FAQ);
    const source = await readSourceDocument(join(dir, "vision-faq.yaml"));
    expect(source.format).toBe("markdown");
    expect(source.text).toContain("Amounts in_network are what the member pays.");
    expect(source.text).toContain("Group number: CV-1");
    expect(source.text).toContain("### Eye exams\n\n#### How much is an eye exam?");
    expect(source.text).toContain("A routine eye exam costs you a $10 copay, once every 12 months.");
    expect(source.text).toContain("In network: $10 copay\nOut of network: up to $45");
  });

  it("refuses a file that does not parse, with the reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-yaml-"));
    writeFileSync(join(dir, "broken.yml"), "faq:\n  - question: [unclosed\n");
    await expect(readSourceDocument(join(dir, "broken.yml"))).rejects.toThrow(
      /broken\.yml: the YAML does not parse/,
    );
  });
});

describe("a Markdown page with HTML tables in it", () => {
  it("reads each embedded table as a pipe table, in place, so no answer quotes its tags", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-mdhtml-"));
    const page = [
      "# Dental plans",
      "",
      "## What the plan pays",
      "",
      "<table>",
      "  <tr><th>Service</th><th>Core</th><th>Plus</th></tr>",
      "  <tr><td>Fillings</td><td>80%</td><td>80%</td></tr>",
      "</table>",
      "",
      "Crowns are covered on Plus only.",
    ].join("\n");
    writeFileSync(join(dir, "dental.md"), page);
    const source = await readSourceDocument(join(dir, "dental.md"));
    expect(source.text).toContain("| Service | Core | Plus |\n| --- | --- | --- |\n| Fillings | 80% | 80% |");
    expect(source.text).not.toMatch(/<\/?t[rdh]\b/);
    expect(source.text).toContain("Crowns are covered on Plus only.");
  });
});

describe("a slide deck's text export", () => {
  const DECK = [
    "Benefits_2027.pptx - outline export",
    "==========",
    "Slide 1 of 4",
    "==========",
    "TITLE: Your 2027 benefits",
    "SUBTITLE: Harbor Point Foods",
    "[image: dock at dawn]",
    "==========",
    "Slide 2 of 4",
    "==========",
    "TITLE: Two medical plans",
    "LEFT COLUMN: Saver HSA 3000",
    "- Lower weekly cost",
    "RIGHT COLUMN: Copay 20",
    "- $20 office visits",
    "Speaker notes: Both use the same network.",
    "==========",
    "Slide 3 of 4",
    "==========",
    "- Open enrollment: November 2 - 20",
    "Slide 4 of 4",
    "TITLE: Questions?",
  ].join("\n");

  it("is read as sections: each slide by its title (or number), each column a heading, the notes a paragraph", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-slides-"));
    writeFileSync(join(dir, "deck.txt"), DECK);
    const source = await readSourceDocument(join(dir, "deck.txt"));
    expect(source.format).toBe("markdown");
    expect(source.text.split("\n").filter((l) => l !== "")).toEqual([
      "# Benefits_2027.pptx - outline export",
      "## Your 2027 benefits",
      "Harbor Point Foods",
      "## Two medical plans",
      "### Saver HSA 3000",
      "- Lower weekly cost",
      "### Copay 20",
      "- $20 office visits",
      "Speaker notes: Both use the same network.",
      "## Slide 3",
      "- Open enrollment: November 2 - 20",
      "## Questions?",
    ]);
  });
});

describe("an e-mail thread in which the carrier answers inline", () => {
  const THREAD = [
    "From: Ana Ruiz <ana@benefits.example>",
    "To: HR <hr@client.example>",
    "Subject: RE: 2027 vision renewal",
    "",
    "Confirmed below.",
    "",
    "On Tue, 6 Oct 2026 at 09:12, Sam Lee <sam@carrier.example> wrote:",
    "> Answers inline.",
    ">",
    "> > 1) Exam copay?",
    ">",
    "> Eye exam with a network doctor: $10 copay, once every 12 months.",
    ">",
    "> > 2) Out-of-network reimbursements?",
    ">",
    "> We reimburse up to:",
    ">   Eye exam ........ up to $45",
    ">",
    "> On Mon, 5 Oct 2026, Ana Ruiz <ana@benefits.example> wrote:",
    "> > Can you confirm the levels?",
  ].join("\n");

  it("is read as an FAQ: the subject its title, each quoted question a section, no quote marks or headers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-mail-"));
    writeFileSync(join(dir, "vision-thread.txt"), THREAD);
    const source = await readSourceDocument(join(dir, "vision-thread.txt"));
    expect(source.format).toBe("markdown");
    expect(source.text.split("\n").filter((l) => l !== "")).toEqual([
      "# 2027 vision renewal",
      "Confirmed below.",
      "Answers inline.",
      "## Exam copay?",
      "Eye exam with a network doctor: $10 copay, once every 12 months.",
      "## Out-of-network reimbursements?",
      "We reimburse up to:",
      "  Eye exam ........ up to $45",
    ]);
  });
});

describe("AsciiDoc and reStructuredText pages, and a TOML export", () => {
  const read = async (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "kb-markup-"));
    writeFileSync(join(dir, name), text);
    return readSourceDocument(join(dir, name));
  };

  it("reads AsciiDoc's titles, tables, labelled lists and lists as Markdown", async () => {
    const page = [
      "= Harbor Point Handbook",
      ":toc:",
      "// an editor's comment",
      "== Dental",
      "",
      '[cols="2,1,1", options="header"]',
      "|===",
      "|Service |Core |Plus",
      "",
      "|Fillings |80% |80%",
      "|Crowns |Not covered |50%",
      "|===",
      "",
      "Waiting period:: 12 months for crowns on *Plus*.",
      "* Two cleanings a year footnote:[A third during pregnancy.]",
    ].join("\n");
    const source = await read("handbook.adoc", page);
    expect(source.format).toBe("markdown");
    expect(source.text.split("\n").filter((l) => l !== "")).toEqual([
      "# Harbor Point Handbook",
      "## Dental",
      "| Service | Core | Plus |",
      "| --- | --- | --- |",
      "| Fillings | 80% | 80% |",
      "| Crowns | Not covered | 50% |",
      "Waiting period: 12 months for crowns on Plus.",
      "- Two cleanings a year (A third during pregnancy.)",
    ]);
  });

  it("takes an AsciiDoc table's columns from its first row when no cols attribute says", async () => {
    const source = await read(
      "rates.adoc",
      ["|===", "|Plan |You pay", "|Core |$4.10", "|Plus |$9.80", "|==="].join("\n"),
    );
    expect(source.text).toContain("| Plan | You pay |\n| --- | --- |\n| Core | $4.10 |\n| Plus | $9.80 |");
  });

  it("reads reStructuredText's titles, list tables, field lists and notes as Markdown", async () => {
    const page = [
      "==================",
      "Copay Plan Summary",
      "==================",
      "",
      ":Plan year: 2027",
      "",
      "Office visits",
      "-------------",
      "",
      ".. list-table:: What you pay",
      "   :header-rows: 1",
      "",
      "   * - Service",
      "     - In-network",
      "   * - Specialist visit",
      "     - $50 copay",
      "",
      ".. note::",
      "",
      "   No referral is **needed**.",
    ].join("\n");
    const source = await read("copay.rst", page);
    expect(source.text.split("\n").filter((l) => l !== "")).toEqual([
      "# Copay Plan Summary",
      "Plan year: 2027",
      "## Office visits",
      "What you pay",
      "| Service | In-network |",
      "| --- | --- |",
      "| Specialist visit | $50 copay |",
      "Note: No referral is needed.",
    ]);
  });

  it("reads a TOML export's tables as sections and its keys as 'Label: value' lines, and refuses one that does not parse", async () => {
    const config = [
      "# Vision benefit configuration",
      'plan_name = "Clearview Select"',
      "",
      "[exam]",
      'copay = "$10"',
      'frequency = "every 12 months"',
    ].join("\n");
    const source = await read("vision.toml", config);
    expect(source.text).toContain("Vision benefit configuration");
    expect(source.text).toContain("Plan name: Clearview Select");
    expect(source.text).toContain("## Exam\n\nCopay: $10\nFrequency: every 12 months");
    await expect(read("broken.toml", "[exam\ncopay = 1")).rejects.toThrow(
      /broken\.toml: the TOML does not parse/,
    );
  });
});

describe("a JSON export (an enrollment system's plan list)", () => {
  const EXPORT = JSON.stringify({
    employer: "Harbor Point Foods",
    plans: [
      { plan_name: "Harbor Dental", employee_only_per_paycheck: "$4.10", family_per_paycheck: "$12.30" },
    ],
  });

  it("reads as a YAML export does: each key a section or a 'Label: value' line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-json-"));
    writeFileSync(join(dir, "rates-export.json"), EXPORT);
    const source = await readSourceDocument(join(dir, "rates-export.json"));
    expect(source.format).toBe("markdown");
    expect(source.text).toContain("Employer: Harbor Point Foods");
    expect(source.text).toContain("Employee only per paycheck: $4.10");
  });

  it("refuses a file that does not parse, with the reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-json-"));
    writeFileSync(join(dir, "broken.json"), '{"plans": [');
    await expect(readSourceDocument(join(dir, "broken.json"))).rejects.toThrow(
      /broken\.json: the JSON does not parse/,
    );
  });
});

describe("a CSV export with '#' comment lines and blank rows between its plans", () => {
  const SHEET = [
    "# Rates per paycheck. Tiers are the columns.",
    "Plan,Line item,Employee Only,Family",
    'Acme HMO,You pay per paycheck,"$42.50","$221.90"',
    'Acme HMO,COBRA monthly rate,"$559.47","$1,571.31"',
    ",,,",
    'Acme Dental,You pay per paycheck,"$3.15","$15.35"',
    ",,,",
    "# HSA deposits are not premiums and are not shown here.",
  ].join("\n");

  it("keeps every plan's rows, the comments as paragraphs, and quotes each row as written", () => {
    const markdown = csvToMarkdown(SHEET, "rates");
    expect(markdown).toContain("Rates per paycheck. Tiers are the columns.");
    expect(markdown).toContain("## Acme Dental");
    expect(markdown).toContain("HSA deposits are not premiums and are not shown here.");
    expect(sheetRecords(SHEET).map((r) => r.line)).toContain(
      'Acme HMO,COBRA monthly rate,"$559.47","$1,571.31"',
    );
    expect(sheetRecords(SHEET).some((r) => r.line.startsWith("#"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { extractCoverage } from "../../../src/knowledge/coverage/extract-coverage";
import type { PdfItem } from "../../../src/knowledge/coverage/layout";
import { readPdfTables } from "../../../src/knowledge/coverage/pdf-tables";
import { pdfText } from "../../../src/knowledge/extract";
import { splitDocument } from "../../../src/knowledge/sections";

const item = (str: string, x: number, y: number): PdfItem => ({
  str,
  x,
  y,
  width: str.length * 3.9,
  height: 9,
});

/** A block of a form: the title, then each label with its value beside it (a wrapped line where given). */
function block(y: number, title: string, fields: [string, string, string?, string?][]): PdfItem[] {
  const items = [item(title, 50, y)];
  let at = y - 13;
  for (const [label, value, labelGoesOn, valueGoesOn] of fields) {
    items.push(item(label, 50, at), item(value, 210, at));
    if (labelGoesOn || valueGoesOn) {
      at -= 10;
      if (labelGoesOn) items.push(item(labelGoesOn, 50, at));
      if (valueGoesOn) items.push(item(valueGoesOn, 210, at));
    }
    at -= 21;
  }
  return items;
}

const IN = "In-network provider (you will pay the";
const OUT = "Out-of-network provider (you will pay";
const LIMITS = "Limitations, exceptions & other";

// A Summary of Benefits drawn without tables: each service a block of label/value lines.
const servicesPage: PdfItem[] = [
  item("If you visit a health care provider's office or clinic", 48, 720),
  ...block(700, "Specialist visit", [
    [IN, "$45 copay/visit; deductible does not apply", "least)"],
    [OUT, "50% coinsurance", "the most)"],
    [
      LIMITS,
      "No referral required. Allergy shots without an office",
      "important information",
      "visit: $8 copay.",
    ],
  ]),
  ...block(590, "Preventive care/screening/immunization", [
    [IN, "No charge", "least)"],
    [OUT, "50% coinsurance", "the most)"],
    [LIMITS, "None", "important information"],
  ]),
  item("If you have a test", 48, 470),
  ...block(450, "Imaging (CT/PET scans, MRIs)", [
    [IN, "25% coinsurance", "least)"],
    [OUT, "50% coinsurance", "the most)"],
    [
      LIMITS,
      "Preauthorization required; without it, benefits are",
      "important information",
      "reduced by 50%, up to $600.",
    ],
  ]),
];

// The Important Questions as blocks of Question / Answer / Why this matters.
const questionsPage: PdfItem[] = [
  item("Important Questions", 40, 740),
  ...block(720, "", [
    ["Question", "What is the overall deductible?"],
    ["Answer", "In-network: $1,250 individual / $2,500 family."],
    ["Why this matters", "You must pay all of the costs up to the deductible amount."],
  ]).slice(1),
  ...block(640, "", [
    ["Question", "What is the out-of-pocket limit for this plan?"],
    ["Answer", "In-network: $4,500 individual / $9,000 family."],
    ["Why this matters", "The out-of-pocket limit is the most you could pay in a year."],
  ]).slice(1),
];

describe("a form that prints each row of a table as a block of label/value lines", () => {
  it("reads each service's block as one row: its title, each network's value, the limits with their wrapped line", () => {
    const { tables } = readPdfTables([servicesPage]);
    const rows = tables.filter((t) => t.kind === "costs").flatMap((t) => t.rows);
    expect(rows.map((r) => [r.event, r.cells.service, r.cells.in, r.cells.out, r.cells.limits])).toEqual([
      [
        "If you visit a health care provider's office or clinic",
        "Specialist visit",
        "$45 copay/visit; deductible does not apply",
        "50% coinsurance",
        "No referral required. Allergy shots without an office visit: $8 copay.",
      ],
      [
        "If you visit a health care provider's office or clinic",
        "Preventive care/screening/immunization",
        "No charge",
        "50% coinsurance",
        "None",
      ],
      [
        "If you have a test",
        "Imaging (CT/PET scans, MRIs)",
        "25% coinsurance",
        "50% coinsurance",
        "Preauthorization required; without it, benefits are reduced by 50%, up to $600.",
      ],
    ]);
  });

  it("gives the plan's coverage rows, and the deductible and out-of-pocket limit from the question blocks", () => {
    const pages = [questionsPage, servicesPage];
    const text = pdfText(pages);
    const coverage = extractCoverage({
      format: "pdf",
      text,
      sections: splitDocument(text, "pdf", "sbc").sections,
      pdfPages: pages,
    });
    expect(coverage.layout).toBe("sbc-table");
    expect(coverage.deductible?.inNetwork).toEqual({ individual: "$1,250", family: "$2,500" });
    expect(coverage.outOfPocket?.inNetwork).toEqual({ individual: "$4,500", family: "$9,000" });
    expect(coverage.rows.find((r) => r.label === "Specialist visit")).toMatchObject({
      inNetwork: "$45 copay/visit; deductible does not apply",
      outOfNetwork: "50% coinsurance",
      deductibleApplies: false,
    });
    expect(coverage.rows.find((r) => r.label.startsWith("Imaging"))).toMatchObject({
      preauthorization: true,
    });
  });

  it("reads no block from label/value lines that never line up in two or more fields", () => {
    const page = [
      item("Deductible", 50, 700),
      item("In-network: $500", 210, 700),
      item("The deductible applies to most services, as the next pages explain.", 50, 670),
    ];
    expect(readPdfTables([page]).tables).toEqual([]);
  });
});

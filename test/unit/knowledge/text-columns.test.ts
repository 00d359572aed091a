import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/knowledge/coverage/layout";
import { labelledColumns, titledRows } from "../../../src/knowledge/text-columns";

/** A PDF line's runs at their x positions: [x, right, text]. */
const line = (...runs: [number, number, string][]): Chunk[] =>
  runs.map(([x, right, text]) => ({ x, right, text }));

describe("plans side by side in a PDF table", () => {
  const rows = titledRows(
    [
      line([43, 74, "Benefit"], [243, 294, "Dental Core"], [408, 457, "Dental Plus"]),
      line([43, 193, "Annual benefit maximum (per person)"], [243, 271, "$1,000"], [408, 436, "$2,000"]),
      line(
        [43, 221, "Preventive: exams, cleanings (2 per calendar"],
        [243, 308, "Plan pays 100%"],
        [408, 473, "Plan pays 100%"],
      ),
      line([43, 167, "year), x-rays, fluoride to age 19"]),
      line([43, 90, "MAJOR CARE"]),
      line(
        [43, 105, "Dental implants"],
        [243, 291, "Not covered"],
        [408, 546, "Plan pays 50% to a $1,500 lifetime"],
      ),
      line([408, 447, "maximum"]),
      line([40, 370, "- Night guards and whitening are not covered under either plan."]),
      line([43, 105, "Crowns"], [243, 291, "50%"], [408, 546, "60%"]),
    ],
    true,
  );

  it("labels each cell with its plan, a cell wrapped onto the next line read with it", () => {
    expect(rows[1]).toBe("Annual benefit maximum (per person) — Dental Core: $1,000; Dental Plus: $2,000.");
    expect(rows[2]).toBe(
      "Preventive: exams, cleanings (2 per calendar year), x-rays, fluoride to age 19 — Dental Core: Plan pays 100%; Dental Plus: Plan pays 100%.",
    );
    expect(rows[3]).toBe("");
    expect(rows[5]).toBe(
      "Dental implants — Dental Core: Not covered; Dental Plus: Plan pays 50% to a $1,500 lifetime maximum.",
    );
  });

  it("keeps a group heading and the titles row as written, and ends the table at a paragraph", () => {
    expect(rows[0]).toBeNull();
    expect(rows[4]).toBeNull();
    expect(rows[7]).toBeNull();
    expect(rows[8]).toBeNull();
  });

  it("reads a title wrapped over two lines as one", () => {
    const wrapped = titledRows(
      [
        line(
          [40, 80, "Benefit"],
          [200, 330, "Gulfstar Choice POS 750 (referrals"],
          [400, 520, "Gulfstar Saver HSA 3300"],
        ),
        line([200, 320, "required for specialists)"], [400, 470, "(no referrals)"]),
        line([40, 120, "Specialist visit"], [200, 260, "$50 copay"], [400, 500, "20% after deductible"]),
      ],
      true,
    );
    expect(wrapped[2]).toBe(
      "Specialist visit — Gulfstar Choice POS 750 (referrals required for specialists): $50 copay; Gulfstar Saver HSA 3300 (no referrals): 20% after deductible.",
    );
  });

  it("reads a title whose last word wrapped alone onto the next line", () => {
    const rates = titledRows(
      [
        line([51, 117, "Coverage Level"], [181, 250, "Choice POS 750"], [373, 448, "Lagniappe Dental"]),
        line([373, 392, "PPO"]),
        line([51, 114, "Employee only"], [181, 209, "$68.40"], [373, 396, "$9.85"]),
      ],
      true,
    );
    expect(rates[2]).toBe("Employee only — Choice POS 750: $68.40; Lagniappe Dental PPO: $9.85.");
  });

  it("leaves tables whose columns are networks, and rows of values, as they are", () => {
    const network = titledRows(
      [
        line([40, 80, "Service"], [200, 280, "In-Network"], [400, 500, "Out-of-Network"]),
        line([40, 120, "Specialist visit"], [200, 260, "$50 copay"], [400, 500, "40% coinsurance"]),
        line([40, 120, "Children's check-up"], [200, 260, "Not covered"], [400, 460, "Not covered"]),
        line([40, 120, "Hearing aids"], [200, 260, "$20"], [400, 460, "$40"]),
      ],
      true,
    );
    expect(network).toEqual([null, null, null, null]);
  });
});

describe("plans side by side in plain text with leaders between the values too", () => {
  it("reads each run between leaders as a cell, and keeps the table past a note indented under a row", () => {
    const text = [
      "                                  CHOICE PPO 1500              SAVER HSA 3400",
      "                                  (HSA-ineligible)             (HSA-qualified HDHP)",
      "Deductible - individual ......... $1,500 ..................... $3,400",
      "  Family deductible, both plans: each covered person has their own individual deductible.",
      "Specialist office visit ......... $60 copay .................. 10% after deductible",
    ].join("\n");
    const lines = labelledColumns(text).split("\n");
    expect(lines[2]).toBe(
      "Deductible - individual — CHOICE PPO 1500 (HSA-ineligible): $1,500; SAVER HSA 3400 (HSA-qualified HDHP): $3,400.",
    );
    expect(lines[4]).toBe(
      "Specialist office visit — CHOICE PPO 1500 (HSA-ineligible): $60 copay; SAVER HSA 3400 (HSA-qualified HDHP): 10% after deductible.",
    );
  });
});

describe("a qualifier indented under a row", () => {
  it("names the row it qualifies, and a row at the left margin does not", () => {
    const text = [
      "                                  CHOICE PPO 1500              SAVER HSA 3400",
      "Chiropractic care ............... $35 copay .................. 10% after deductible",
      "  visit limit ................... 20 visits per year ......... 15 visits per year",
      "Acupuncture ..................... $40 copay .................. 10% after deductible",
      "  visit limit ................... 20 visits per year ......... 10 visits per year",
      "visit limit ..................... 5 visits per year .......... 5 visits per year",
    ].join("\n");
    const lines = labelledColumns(text).split("\n");
    expect(lines[2]).toBe(
      "Chiropractic care, visit limit — CHOICE PPO 1500: 20 visits per year; SAVER HSA 3400: 15 visits per year.",
    );
    expect(lines[4]).toBe(
      "Acupuncture, visit limit — CHOICE PPO 1500: 20 visits per year; SAVER HSA 3400: 10 visits per year.",
    );
    expect(lines[5]).toBe(
      "visit limit — CHOICE PPO 1500: 5 visits per year; SAVER HSA 3400: 5 visits per year.",
    );
  });
});

describe("plans side by side in plain text", () => {
  it("labels rows over dotted leaders, and leaves a space-aligned grid alone", () => {
    const text = [
      "                                        DENTAL CORE        DENTAL PLUS",
      "Basic (fillings, extractions) ......... 70%                80%",
      "",
      "Service                 Core                Plus",
      "Specialist visit        $40 copay           40% after deductible",
    ].join("\n");
    expect(labelledColumns(text).split("\n")).toEqual([
      "                                        DENTAL CORE        DENTAL PLUS",
      "Basic (fillings, extractions) — DENTAL CORE: 70%; DENTAL PLUS: 80%.",
      "",
      "Service                 Core                Plus",
      "Specialist visit        $40 copay           40% after deductible",
    ]);
  });
});

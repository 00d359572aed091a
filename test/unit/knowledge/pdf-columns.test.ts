import { describe, expect, it } from "vitest";
import { baselineRows, type PdfItem } from "../../../src/knowledge/coverage/layout";
import { unfoldColumns } from "../../../src/knowledge/pdf-columns";

const item = (str: string, x: number, y: number): PdfItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
});
/** The page's lines top to bottom, each line's items joined by " | ". */
const lines = (items: PdfItem[]) => baselineRows(items).map((r) => r.items.map((i) => i.str).join(" | "));

describe("unfolding a PDF page set in two columns", () => {
  const left = [
    "Your HSA from Juniper: every year",
    "you are enrolled, Juniper deposits",
    "$750 into your account, in equal",
    "amounts with each paycheck. You may",
    "add your own money at any time.",
    "Unused money stays yours forever.",
    "The account is held at Keel Trust.",
  ];
  const right = [
    "Preventive care (annual physical,",
    "screenings, immunizations) costs",
    "nothing in network, before the",
    "deductible. Other care is paid by",
    "you until the deductible is met,",
    "then you pay 20% coinsurance for",
    "most services in the network.",
  ];

  it("reads prose: the title, then down the left column, then down the right", () => {
    const page = [
      item("2026 Summary of Benefits for the Saver HDHP with HSA plan", 40, 760),
      ...left.map((s, i) => item(s, 40, 700 - i * 14)),
      ...right.map((s, i) => item(s, 320, 700 - i * 14)),
    ];
    expect(lines(unfoldColumns(page))).toEqual([
      "2026 Summary of Benefits for the Saver HDHP with HSA plan",
      ...left,
      ...right,
    ]);
  });

  it("reads two columns of boxes row by row: each box whole, a heading before its row's boxes", () => {
    const box = (x: number, y: number, title: string, text: string[]) => [
      item(title, x, y),
      ...text.map((t, i) => item(t, x + 8, y - 12 - i * 9)),
    ];
    const page = [
      item("Plan Highlights 2027: Lantern Choice HSA 3400, for employees of a credit union", 34, 760),
      item("The basics", 42, 730),
      ...box(42, 712, "Deductible", [
        "In-network: You pay the first $3,400 for one",
        "person or $6,800 for a family each year.",
        "The deductible is embedded for each person.",
      ]),
      ...box(320, 712, "Out-of-pocket maximum", [
        "In-network: You pay no more than $6,000 for",
        "one person or $12,000 for a family.",
        "Copays and coinsurance count toward it.",
      ]),
      item("Seeing a doctor", 42, 652),
      ...box(42, 632, "Preventive care", [
        "In-network: You pay $0 for preventive care,",
        "screenings, immunizations and checkups.",
        "Out-of-network: 40% after the deductible.",
      ]),
      ...box(320, 632, "Doctor visits", [
        "Primary care or specialist visit: You pay 20%",
        "after the deductible in-network, 40% out.",
        "No referral is needed to see a specialist.",
      ]),
    ];
    expect(lines(unfoldColumns(page))).toEqual([
      "Plan Highlights 2027: Lantern Choice HSA 3400, for employees of a credit union",
      "The basics",
      "Deductible",
      "In-network: You pay the first $3,400 for one",
      "person or $6,800 for a family each year.",
      "The deductible is embedded for each person.",
      "Out-of-pocket maximum",
      "In-network: You pay no more than $6,000 for",
      "one person or $12,000 for a family.",
      "Copays and coinsurance count toward it.",
      "Seeing a doctor",
      "Preventive care",
      "In-network: You pay $0 for preventive care,",
      "screenings, immunizations and checkups.",
      "Out-of-network: 40% after the deductible.",
      "Doctor visits",
      "Primary care or specialist visit: You pay 20%",
      "after the deductible in-network, 40% out.",
      "No referral is needed to see a specialist.",
    ]);
  });

  it("keeps a table's rows whole: three columns of short cells are not two page columns", () => {
    const table = [
      "Specialist visit",
      "Primary care",
      "Urgent care",
      "Emergency room",
      "Lab work",
      "X-ray",
    ].flatMap((label, i) => [
      item(label, 40, 700 - i * 14),
      item("$40 copay", 250, 700 - i * 14),
      item("40%", 420, 700 - i * 14),
    ]);
    const rows = [...table, ...table.map((t) => ({ ...t, y: t.y - 200 }))];
    expect(unfoldColumns(rows)).toEqual(rows);
  });
});

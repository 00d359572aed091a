import { describe, expect, it } from "vitest";
import type { PdfItem } from "../../../src/knowledge/coverage/layout";
import { readingOrder } from "../../../src/knowledge/pdf-columns";

const item = (str: string, x: number, y: number): PdfItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
});
const text = (groups: PdfItem[][]) => groups.map((g) => g.map((i) => i.str).join(" | "));

describe("reading a PDF page set in two columns", () => {
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
  const page = [
    item("2026 Summary of Benefits for the Saver HDHP with HSA plan", 40, 760),
    ...left.map((s, i) => item(s, 40, 700 - i * 14)),
    ...right.map((s, i) => item(s, 320, 700 - i * 14)),
  ];

  it("reads the title, then down the left column, then down the right", () => {
    const groups = readingOrder(page);
    expect(text(groups)).toEqual([
      "2026 Summary of Benefits for the Saver HDHP with HSA plan",
      left.join(" | "),
      right.join(" | "),
    ]);
  });

  it("keeps a table's rows whole: three columns of short cells are not prose columns", () => {
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
    expect(readingOrder(rows)).toHaveLength(1);
  });
});

import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderW2Pdf, renderW3Pdf } from "../../../../src/app/filings/w2-pdf";
import { buildW2Form, buildW3 } from "../../../../src/core/filings/form-w2-copy";
import { buildW2s } from "../../../../src/core/ledger/form-w2";
import { buildW2StateLines } from "../../../../src/core/ledger/w2-state-wages";
import { paycheck } from "../../core/ledger/fixtures";

const paychecks = [
  paycheck({ employeeId: "e1", payDate: "2026-01-16", workState: "PA" }),
  paycheck({
    employeeId: "e1",
    payDate: "2026-07-17",
    workState: "NJ",
    statePrograms: [{ code: "nj_sdi", amount: "4.70" }],
  }),
  paycheck({ employeeId: "e2", payDate: "2026-03-13", workState: "NY" }),
];
const employer = {
  ein: "12-3456789",
  name: "Client Bakery LLC",
  address: { street: "200 Oven Rd", city: "Newark", state: "NJ", zip: "07102" },
  stateAccounts: { NJ: "NJ-998877" },
};

function forms() {
  const states = buildW2StateLines(2026, paychecks);
  return buildW2s(2026, paychecks).map((w2) =>
    buildW2Form({
      w2,
      employer,
      employee: {
        name: w2.employeeId === "e1" ? "Ana Cruz" : "Kate Lee",
        externalId: w2.employeeId.toUpperCase(),
      },
      states: states.get(w2.employeeId) ?? [],
      other: w2.employeeId === "e1" ? [{ label: "NJ_SDI", amount: "4.70" }] : [],
    }),
  );
}

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  // PDF text extraction collapses runs of spaces; compare with single spaces.
  return ((await extractText(doc, { mergePages: false })).text as string[]).map((t) =>
    t.replace(/\s+/g, " "),
  );
}

describe("W-2 and W-3 PDFs", () => {
  it("print every box's figure on each employee's page, with the labels of boxes a–f and 1–20", async () => {
    const all = forms();
    const pages = await pagesOf(await renderW2Pdf(all, { issuedOn: "2027-01-20" }));
    // Five box 12 codes each: a second form per employee carries the fifth.
    expect(pages).toHaveLength(4);
    const ana = `${pages[0]} ${pages[1]}`;
    expect(pages[1]).toContain("TT");
    const f = all[0]!;
    for (const v of [
      f.box1,
      f.box2,
      f.box3,
      f.box4,
      f.box5,
      f.box6,
      "12-3456789",
      "Ana Cruz",
      "E1",
      "NJ-998877",
    ])
      expect(ana).toContain(v);
    for (const c of f.box12) expect(ana).toMatch(new RegExp(`${c.code}\\s+${c.amount.replace(".", "\\.")}`));
    for (const s of f.states) expect(ana).toContain(s.wages);
    expect(ana).toContain("NJ_SDI 4.70");
    expect(ana).toContain("200 Oven Rd");
    for (const label of [
      "a Employee's social security number",
      "b Employer identification number (EIN)",
      "c Employer's name, address, and ZIP code",
      "d Control number",
      "e Employee's first name and initial",
      "f Employee's address and ZIP code",
      "1 Wages, tips, other compensation",
      "12a",
      "13 Statutory employee",
      "14 Other",
      "15 State",
      "17 State income tax",
      "20 Locality name",
      "Wage and Tax Statement",
    ])
      expect(ana).toContain(label);
    expect(pages[2]).toContain("Kate Lee");
  });

  it("prints the W-3 totals", async () => {
    const w3 = buildW3(2026, employer, forms());
    const [page] = await pagesOf(await renderW3Pdf(w3, { issuedOn: "2027-01-20" }));
    for (const v of [w3.box1, w3.box2, w3.box3, w3.box4, w3.box5, w3.box6, w3.box12a, w3.box16, w3.box17])
      expect(page).toContain(v);
    expect(page).toContain("c Total number of Forms W-2");
    expect(page).toContain("Transmittal of Wage and Tax Statements");
  });

  it("gives the same bytes for the same forms and date, and different bytes for another date", async () => {
    const a = await renderW2Pdf(forms(), { issuedOn: "2027-01-20" });
    const b = await renderW2Pdf(forms(), { issuedOn: "2027-01-20" });
    const c = await renderW2Pdf(forms(), { issuedOn: "2027-01-21" });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});

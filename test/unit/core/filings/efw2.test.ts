import { describe, expect, it } from "vitest";
import { buildEfw2, type Efw2Input, splitName } from "../../../../src/core/filings/efw2";
import {
  EFW2_LAYOUTS,
  RO,
  RO_TOTALLED_FIELDS,
  RS,
  RT,
  RU,
  RV,
  RW,
  RW_TOTALLED_FIELDS,
} from "../../../../src/core/filings/efw2-layout";
import { type RecordLayout, readField, readMoney } from "../../../../src/core/filings/fixed-width";
import { buildW2s } from "../../../../src/core/ledger/form-w2";
import { buildW2StateLines } from "../../../../src/core/ledger/w2-state-wages";
import { Money } from "../../../../src/core/money/money";
import { paycheck } from "../ledger/fixtures";

const paychecks = [
  paycheck({ employeeId: "e1", payDate: "2026-01-16", workState: "PA" }),
  paycheck({ employeeId: "e1", payDate: "2026-07-17", workState: "NJ" }),
  paycheck({ employeeId: "e2", payDate: "2026-03-13", workState: "NY", flsaOvertimePremium: "12.50" }),
  paycheck({ employeeId: "e3", payDate: "2026-05-15", workState: "TX", deductions: [] }),
  // Another year: not in the 2026 file.
  paycheck({ employeeId: "e1", payDate: "2025-12-31" }),
];

function input(overrides: Partial<Efw2Input> = {}): Efw2Input {
  const w2s = buildW2s(2026, paychecks);
  const states = buildW2StateLines(2026, paychecks);
  const names: Record<string, string> = {
    e1: "Ana María de la Cruz Jr.",
    e2: "O'Brien-Smith Kate",
    e3: "Lee",
  };
  return {
    year: 2026,
    submitter: {
      ein: "98-7654321",
      userId: "ASOBSO01",
      name: "Acme ASO Services, Inc.",
      address: { street: "1 Market St", city: "Philadelphia", state: "PA", zip: "19103-1234" },
      contact: { name: "Pat Payroll", phone: "(215) 555-0100", email: "filings@acme-aso.test" },
    },
    employer: {
      ein: "12-3456789",
      name: "Client Bakery LLC",
      address: { street: "200 Oven Rd", city: "Newark", state: "NJ", zip: "07102" },
      stateAccounts: { PA: "1234567", NJ: "NJ-998877", NY: "55544433" },
    },
    employees: w2s.map((w2) => ({
      w2,
      name: names[w2.employeeId] ?? "",
      states: states.get(w2.employeeId) ?? [],
      ...(w2.employeeId === "e2" ? { optional: { code_EE: "300.00", code_Z: "12.34" } } : {}),
      ...(w2.employeeId === "e3" ? { optional: { code_EE: "50.00" } } : {}),
    })),
    ...overrides,
  };
}

function records(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(0, -2).split("\r\n");
}

const ALLOWED: Record<string, RegExp> = {
  name: /^[A-Z '-]*$/,
  text: /^[A-Z0-9 &,.\-#/']*$/,
  numeric: /^\d+$/,
  money: /^\d+$/,
  blank: /^ *$/,
};

/** Checks every field of a record against its layout: kind, justification and padding. */
function checkFields(layout: RecordLayout, record: string): void {
  for (const f of layout.fields) {
    const raw = readField(layout, record, f.name);
    if (f.kind === "constant") {
      expect(raw).toBe(f.value);
      continue;
    }
    expect(raw, `${layout.id}.${f.name}`).toMatch(ALLOWED[f.kind]!);
    if (f.kind === "name" || f.kind === "text")
      expect(raw, `${layout.id}.${f.name} left-justified`).not.toMatch(/^ +\S/);
  }
}

const sumOf = (rs: string[], layout: RecordLayout, name: string) =>
  rs.reduce((acc, r) => acc.plus(Money.of(readMoney(layout, r, name))), Money.zero()).toFixed();

describe("EFW2 layouts", () => {
  it("cover positions 1–512 of every record with no gap or overlap", () => {
    for (const layout of Object.values(EFW2_LAYOUTS)) {
      let next = 1;
      for (const f of layout.fields) {
        expect(f.start, `${layout.id}.${f.name}`).toBe(next);
        next += f.length;
      }
      expect(next - 1).toBe(512);
      expect(layout.source).toMatch(/SSA Publication 42-007/);
    }
  });

  it("put the published fields at the published positions", () => {
    const at = (layout: RecordLayout, name: string) => {
      const f = layout.fields.find((x) => x.name === name)!;
      return [f.start, f.start + f.length - 1];
    };
    expect(at(EFW2_LAYOUTS.RA, "submitterEin")).toEqual([3, 11]);
    expect(at(EFW2_LAYOUTS.RA, "contactEmail")).toEqual([446, 485]);
    expect(at(EFW2_LAYOUTS.RE, "employerEin")).toEqual([8, 16]);
    expect(at(EFW2_LAYOUTS.RE, "kindOfEmployer")).toEqual([174, 174]);
    expect(at(RW, "ssn")).toEqual([3, 11]);
    expect(at(RW, "wages")).toEqual([188, 198]);
    expect(at(RW, "medicareTax")).toEqual([243, 253]);
    expect(at(RW, "code_D")).toEqual([287, 297]);
    expect(at(RW, "code_W")).toEqual([364, 374]);
    expect(at(RW, "code_AA")).toEqual([441, 451]);
    expect(at(RW, "code_DD")).toEqual([463, 473]);
    expect(at(RW, "retirementPlan")).toEqual([488, 488]);
    expect(at(RO, "code_EE")).toEqual([111, 121]);
    expect(at(RS, "stateCode")).toEqual([3, 4]);
    expect(at(RS, "unemploymentTotalWages")).toEqual([203, 213]);
    expect(at(RS, "stateTaxableWages")).toEqual([276, 286]);
    expect(at(RS, "stateIncomeTax")).toEqual([287, 297]);
    expect(at(RS, "localTaxableWages")).toEqual([309, 319]);
    expect(at(RT, "rwCount")).toEqual([3, 9]);
    expect(at(RT, "code_DD")).toEqual([295, 309]);
    expect(at(RU, "code_EE")).toEqual([145, 159]);
    expect(at(EFW2_LAYOUTS.RF, "rwCount")).toEqual([8, 16]);
  });

  it("match, field by field, the RS and RA position tables published from the specification", () => {
    const spans = (layout: RecordLayout) => layout.fields.map((x) => [x.start, x.start + x.length - 1]);
    // The RS table as a state agency reprints it from SSA Pub 42-007 (every field, 1–512).
    expect(spans(RS)).toEqual([
      [1, 2],
      [3, 4],
      [5, 9],
      [10, 18],
      [19, 33],
      [34, 48],
      [49, 68],
      [69, 72],
      [73, 94],
      [95, 116],
      [117, 138],
      [139, 140],
      [141, 145],
      [146, 149],
      [150, 154],
      [155, 177],
      [178, 192],
      [193, 194],
      [195, 196],
      [197, 202],
      [203, 213],
      [214, 224],
      [225, 226],
      [227, 234],
      [235, 242],
      [243, 247],
      [248, 267],
      [268, 273],
      [274, 275],
      [276, 286],
      [287, 297],
      [298, 307],
      [308, 308],
      [309, 319],
      [320, 330],
      [331, 337],
      [338, 412],
      [413, 487],
      [488, 512],
    ]);
    // RA through the contact fax (positions 1–498); 499 is blank and 500 the preparer code today.
    expect(spans(EFW2_LAYOUTS.RA).filter(([, end]) => end! <= 498)).toEqual([
      [1, 2],
      [3, 11],
      [12, 19],
      [20, 23],
      [24, 28],
      [29, 29],
      [30, 35],
      [36, 37],
      [38, 94],
      [95, 116],
      [117, 138],
      [139, 160],
      [161, 162],
      [163, 167],
      [168, 171],
      [172, 176],
      [177, 199],
      [200, 214],
      [215, 216],
      [217, 273],
      [274, 295],
      [296, 317],
      [318, 339],
      [340, 341],
      [342, 346],
      [347, 350],
      [351, 355],
      [356, 378],
      [379, 393],
      [394, 395],
      [396, 422],
      [423, 437],
      [438, 442],
      [443, 445],
      [446, 485],
      [486, 488],
      [489, 498],
    ]);
  });
});

describe("buildEfw2", () => {
  it("writes 512-character records in the published order with valid characters in every field", () => {
    const file = buildEfw2(input());
    const rs = records(file.text);
    for (const r of rs) expect(r).toHaveLength(512);
    const ids = rs.map((r) => r.slice(0, 2));
    expect(ids).toEqual(["RA", "RE", "RW", "RS", "RS", "RW", "RO", "RS", "RW", "RO", "RT", "RU", "RV", "RF"]);
    for (const r of rs) checkFields(EFW2_LAYOUTS[r.slice(0, 2) as keyof typeof EFW2_LAYOUTS], r);
    expect(file.counts).toEqual({ RW: 3, RO: 2, RS: 3 });
  });

  it("files under the client's EIN with the ASO as submitter", () => {
    const [ra, re] = records(buildEfw2(input()).text);
    expect(readField(EFW2_LAYOUTS.RA, ra!, "submitterEin")).toBe("987654321");
    expect(readField(EFW2_LAYOUTS.RA, ra!, "companyName").trim()).toBe("ACME ASO SERVICES, INC.");
    expect(readField(EFW2_LAYOUTS.RA, ra!, "submitterZipExtension")).toBe("1234");
    expect(readField(EFW2_LAYOUTS.RE, re!, "employerEin")).toBe("123456789");
    expect(readField(EFW2_LAYOUTS.RE, re!, "taxYear")).toBe("2026");
    expect(readField(EFW2_LAYOUTS.RE, re!, "agentIndicator")).toBe(" ");
    expect(readField(EFW2_LAYOUTS.RE, re!, "employerName").trim()).toBe("CLIENT BAKERY LLC");
  });

  it("writes each W-2 box as cents, right-justified and zero-filled", () => {
    const w2 = buildW2s(2026, paychecks).find((w) => w.employeeId === "e1")!;
    const rw = records(buildEfw2(input()).text).find((r) => r.startsWith("RW"))!;
    expect(readField(RW, rw, "wages")).toBe(w2.box1.replace(".", "").padStart(11, "0"));
    expect(readMoney(RW, rw, "socialSecurityTax")).toBe(w2.box4);
    expect(readMoney(RW, rw, "code_D")).toBe(w2.box12.find((c) => c.code === "D")!.amount);
    expect(readMoney(RW, rw, "code_DD")).toBe(w2.box12.find((c) => c.code === "DD")!.amount);
    expect(readField(RW, rw, "firstName").trim()).toBe("ANA");
    expect(readField(RW, rw, "middleName").trim()).toBe("MARIA DE LA");
    expect(readField(RW, rw, "lastName").trim()).toBe("CRUZ");
    expect(readField(RW, rw, "suffix").trim()).toBe("JR");
    expect(readField(RW, rw, "retirementPlan")).toBe("1");
  });

  it("totals RT from the RW records, RU from the RO records, RV from the RS records and counts RW in RF", () => {
    const rs = records(buildEfw2(input()).text);
    const of = (id: string) => rs.filter((r) => r.startsWith(id));
    const rt = of("RT")[0]!;
    expect(Number(readField(RT, rt, "rwCount"))).toBe(of("RW").length);
    for (const name of RW_TOTALLED_FIELDS)
      expect(readMoney(RT, rt, name), name).toBe(sumOf(of("RW"), RW, name));
    expect(readMoney(RT, rt, "wages")).not.toBe("0.00");
    const ru = of("RU")[0]!;
    expect(Number(readField(RU, ru, "roCount"))).toBe(of("RO").length);
    for (const name of RO_TOTALLED_FIELDS)
      expect(readMoney(RU, ru, name), name).toBe(sumOf(of("RO"), RO, name));
    expect(readMoney(RU, ru, "code_EE")).toBe("350.00");
    const rv = of("RV")[0]!;
    expect(Number(readField(RV, rv, "rsCount"))).toBe(of("RS").length);
    expect(readMoney(RV, rv, "stateTaxableWages")).toBe(sumOf(of("RS"), RS, "stateTaxableWages"));
    expect(readMoney(RV, rv, "stateIncomeTax")).toBe(sumOf(of("RS"), RS, "stateIncomeTax"));
    expect(Number(readField(EFW2_LAYOUTS.RF, of("RF")[0]!, "rwCount"))).toBe(3);
  });

  it("writes one RS per state the employee was withheld in, with the state's numeric code and account", () => {
    const rs = records(buildEfw2(input()).text).filter((r) => r.startsWith("RS"));
    expect(rs.map((r) => readField(RS, r, "stateCode"))).toEqual(["34", "42", "36"]);
    expect(rs.map((r) => readField(RS, r, "stateCode2"))).toEqual(["34", "42", "36"]);
    expect(readField(RS, rs[0]!, "stateEmployerAccount").trim()).toBe("NJ-998877");
    expect(readMoney(RS, rs[1]!, "stateTaxableWages")).toBe("1880.00");
    expect(readMoney(RS, rs[1]!, "stateIncomeTax")).toBe("57.72");
  });

  it("gives byte-identical files for the same input", () => {
    expect(buildEfw2(input()).text).toBe(buildEfw2(input()).text);
  });

  it("zero-fills a missing SSN and says so, and says which box 12 codes the layout cannot carry", () => {
    const file = buildEfw2(input());
    const rw = records(file.text).find((r) => r.startsWith("RW"))!;
    expect(readField(RW, rw, "ssn")).toBe("000000000");
    expect(file.notes.join("\n")).toMatch(/3 employee record\(s\) have a zero-filled SSN/);
    expect(file.notes.join("\n")).toMatch(/3 box 12 code TT/);
  });

  it("refuses an amount too large for its field instead of cutting it", () => {
    const base = input();
    const big = { ...base.employees[0]!, w2: { ...base.employees[0]!.w2, box1: "1000000000.00" } };
    expect(() => buildEfw2({ ...base, employees: [big] })).toThrow(/wages: 1000000000.00 does not fit in 11/);
  });
});

describe("splitName", () => {
  it("reads first, middle, last and suffix", () => {
    expect(splitName("Lee")).toEqual({ first: "", middle: "", last: "Lee", suffix: "" });
    expect(splitName("John Q Public III")).toEqual({
      first: "John",
      middle: "Q",
      last: "Public",
      suffix: "III",
    });
  });
  it("writes each state's local income tax wages and tax in its RS record, leaving out the LST", () => {
    const base = input();
    const locals = [
      { state: "PA", locality: "PA:700102", wages: "1880.00", tax: "56.40" },
      { state: "PA", locality: "PA:700102 LST", wages: "0.00", tax: "2.00" },
      { state: "PA", locality: "PA:010401", wages: "1000.00", tax: "17.00" },
    ];
    const file = buildEfw2({
      ...base,
      employees: base.employees.map((e) => (e.w2.employeeId === "e1" ? { ...e, locals } : e)),
    });
    const rs = records(file.text).filter((r) => r.startsWith("RS"));
    const byState = rs.map((r) => [
      readField(RS, r, "stateCode"),
      readField(RS, r, "localTaxableWages"),
      readField(RS, r, "localIncomeTax"),
    ]);
    // e1 has NJ then PA records (FIPS 34 and 42); only PA's carries the locals: $2,880.00 and $73.40.
    expect(byState).toContainEqual(["42", "00000288000", "00000007340"]);
    expect(byState).toContainEqual(["34", "00000000000", "00000000000"]);
  });
});

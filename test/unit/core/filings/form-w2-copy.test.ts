import { describe, expect, it } from "vitest";
import { buildW2Form, buildW3, type W2Form, w2Copies } from "../../../../src/core/filings/form-w2-copy";
import { buildW2s } from "../../../../src/core/ledger/form-w2";
import { buildW2LocalLines, buildW2StateLines } from "../../../../src/core/ledger/w2-state-wages";
import { Money } from "../../../../src/core/money/money";
import { paycheck } from "../ledger/fixtures";

const paychecks = [
  paycheck({ employeeId: "e1", payDate: "2026-01-16", workState: "PA" }),
  paycheck({ employeeId: "e1", payDate: "2026-07-17", workState: "NJ" }),
  paycheck({ employeeId: "e2", payDate: "2026-03-13", workState: "NY" }),
  paycheck({ employeeId: "e3", payDate: "2026-05-15", workState: "TX", deductions: [] }),
];
const employer = { ein: "12-3456789", name: "Client Bakery LLC", stateAccounts: { PA: "1234567" } };

function forms(): W2Form[] {
  const states = buildW2StateLines(2026, paychecks);
  return buildW2s(2026, paychecks).map((w2) =>
    buildW2Form({
      w2,
      employer,
      employee: { name: `Name ${w2.employeeId}`, externalId: w2.employeeId.toUpperCase() },
      states: states.get(w2.employeeId) ?? [],
    }),
  );
}

const total = (values: string[]) => values.reduce((a, v) => a.plus(Money.of(v)), Money.zero()).toFixed();

describe("buildW2Form", () => {
  it("prints boxes 1–6 and 12 from the W-2 figures, 15–17 per state with the client's state ID", () => {
    const [e1] = forms();
    const w2 = buildW2s(2026, paychecks)[0]!;
    expect([e1!.box1, e1!.box2, e1!.box3, e1!.box4, e1!.box5, e1!.box6]).toEqual([
      w2.box1,
      w2.box2,
      w2.box3,
      w2.box4,
      w2.box5,
      w2.box6,
    ]);
    expect(e1!.box12).toEqual(w2.box12);
    expect(e1!.box13.retirementPlan).toBe(true);
    expect(e1!.states).toEqual([
      { state: "NJ", employerStateId: "", wages: "1880.00", tax: "57.72" },
      { state: "PA", employerStateId: "1234567", wages: "1880.00", tax: "57.72" },
    ]);
    expect(e1!.employer.ein).toBe("12-3456789");
    expect(e1!.ssn).toBe("XXX-XX-XXXX");
  });

  it("gives no state line for a state without wage tax", () => {
    expect(forms().find((f) => f.controlNumber === "E3")!.states).toEqual([]);
  });

  it("puts box 12 entries over four on a second form that repeats only the identifying boxes", () => {
    const [e1] = forms();
    expect(e1!.box12.map((c) => c.code)).toEqual(["D", "W", "AA", "DD", "TT"]);
    const copies = w2Copies(e1!);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.box12).toEqual(e1!.box12.slice(0, 4));
    expect(copies[0]!.box1).toBe(e1!.box1);
    expect(copies[1]!.box12).toEqual([e1!.box12[4]]);
    expect(copies[1]!.box1).toBe("");
    expect(copies[1]!.employer).toEqual(e1!.employer);
    expect(copies[1]!.controlNumber).toBe(e1!.controlNumber);
    expect(w2Copies({ ...e1!, box12: e1!.box12.slice(0, 4), states: e1!.states.slice(0, 2) })).toHaveLength(
      1,
    );
  });
});

describe("W-2 boxes 18–20", () => {
  const eit = { code: "PA_EIT", jurisdiction: "PA:700102", amount: "90.00", wages: "3000.00" };
  const lst = { code: "PA_LST", jurisdiction: "PA:700102", amount: "2.00", wages: "0.00" };
  const local = [
    paycheck({ employeeId: "e9", payDate: "2026-01-16", workState: "PA", localTaxes: [eit, lst] }),
    paycheck({ employeeId: "e9", payDate: "2026-01-30", workState: "PA", localTaxes: [eit, lst] }),
    paycheck({
      employeeId: "e9",
      payDate: "2026-06-12",
      workState: "OH",
      localTaxes: [{ code: "CITY_TAX", jurisdiction: "OH:COLUMBUS", amount: "37.50", wages: "1500.00" }],
    }),
    // Another year and a check posted before local wages were kept.
    paycheck({ employeeId: "e9", payDate: "2025-12-31", workState: "PA", localTaxes: [eit] }),
    paycheck({
      employeeId: "e8",
      payDate: "2026-02-13",
      workState: "PA",
      localTaxes: [{ code: "PA_EIT", jurisdiction: "PA:700102", amount: "15.00" }],
    }),
  ];

  it("sums each locality's wages and tax for the year, the LST on its own line with no wages", () => {
    const lines = buildW2LocalLines(2026, local);
    expect(lines.get("e9")).toEqual([
      { state: "OH", locality: "OH:COLUMBUS", wages: "1500.00", tax: "37.50" },
      { state: "PA", locality: "PA:700102", wages: "6000.00", tax: "180.00" },
      { state: "PA", locality: "PA:700102 LST", wages: "0.00", tax: "4.00" },
    ]);
    expect(lines.get("e8")).toEqual([{ state: "PA", locality: "PA:700102", wages: "0.00", tax: "15.00" }]);
  });

  it("prints two localities per form and carries the rest to a second form", () => {
    const w2 = buildW2s(2026, local).find((w) => w.employeeId === "e9")!;
    const form = buildW2Form({
      w2,
      employer,
      employee: { name: "Name e9", externalId: "E9" },
      states: buildW2StateLines(2026, local).get("e9") ?? [],
      locals: buildW2LocalLines(2026, local).get("e9") ?? [],
    });
    expect(form.locals.map((l) => [l.locality, l.wages, l.tax])).toEqual([
      ["OH:COLUMBUS", "1500.00", "37.50"],
      ["PA:700102", "6000.00", "180.00"],
      ["PA:700102 LST", "0.00", "4.00"],
    ]);
    const copies = w2Copies({ ...form, box12: form.box12.slice(0, 4) });
    expect(copies.map((c) => c.locals.map((l) => l.locality))).toEqual([
      ["OH:COLUMBUS", "PA:700102"],
      ["PA:700102 LST"],
    ]);
    expect(copies[1]!.box1).toBe("");
  });

  it("leaves boxes 18–20 empty when no local tax was withheld", () => {
    expect(forms().every((f) => f.locals.length === 0)).toBe(true);
  });
});

describe("buildW3", () => {
  it("totals every money box of the W-2s, 12a from the deferral codes and 16–17 over every state line", () => {
    const all = forms();
    const w3 = buildW3(2026, employer, all);
    expect(w3.formsCount).toBe(3);
    for (const box of ["box1", "box2", "box3", "box4", "box5", "box6"] as const)
      expect(w3[box], box).toBe(total(all.map((f) => f[box])));
    const deferrals = all.flatMap((f) =>
      f.box12.filter((c) => ["D", "AA"].includes(c.code)).map((c) => c.amount),
    );
    expect(w3.box12a).toBe(total(deferrals));
    expect(w3.box12a).not.toBe("0.00");
    expect(w3.box16).toBe(total(all.flatMap((f) => f.states.map((s) => s.wages))));
    expect(w3.box17).toBe(total(all.flatMap((f) => f.states.map((s) => s.tax))));
    expect(w3.box15).toEqual({ state: "X", employerStateId: "" });
    expect(w3.kindOfPayer).toBe("941");
  });

  it("names the one state and its ID when the W-2s have one state", () => {
    const only = forms().filter((f) => f.controlNumber === "E2");
    expect(buildW3(2026, { ...employer, stateAccounts: { NY: "55544433" } }, only).box15).toEqual({
      state: "NY",
      employerStateId: "55544433",
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Accounts } from "../../../../src/core/ledger/accounts";
import { DEFAULT_DEPOSIT_RULES, type DepositRules } from "../../../../src/core/ledger/deposit-schedule";
import {
  assertBalanced,
  buildPayRunEntry,
  form941Liability,
  paycheckImbalance,
  paycheckReversalEntry,
  reverseEntry,
  UnbalancedEntryError,
} from "../../../../src/core/ledger/journal";
import { buildLiabilitiesReport } from "../../../../src/core/ledger/liabilities-report";
import type { PaycheckFigures } from "../../../../src/core/ledger/paycheck-figures";
import { Money } from "../../../../src/core/money/money";
import { paycheck } from "./fixtures";

function entryFor(paychecks: PaycheckFigures[], prior941 = "0") {
  return buildPayRunEntry({
    clientEin: "12-3456789",
    runId: "run-1",
    kind: "pay_run",
    payDate: "2026-01-16",
    description: "Pay run ending 2026-01-16",
    paychecks,
    rules: DEFAULT_DEPOSIT_RULES,
    prior941InDepositPeriod: prior941,
  });
}

function line(entry: ReturnType<typeof entryFor>, account: string) {
  return entry.lines.find((l) => l.account === account);
}

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => Money.of(c).dividedBy(100).toFixed());

/** A random internally consistent paycheck: net is gross less every withholding and deduction. */
const arbitraryPaycheck: fc.Arbitrary<PaycheckFigures> = fc
  .record({
    id: fc.integer({ min: 1, max: 50 }),
    fit: cents(100_000),
    ss: cents(20_000),
    med: cents(10_000),
    addl: cents(5_000),
    state: cents(10_000),
    deductions: fc.array(
      fc.record({
        code: fc.constantFrom(
          "401k",
          "roth_401k",
          "section125_medical",
          "hsa_section125",
          "health_fsa",
          "garnishment",
          "union_dues",
        ),
        amount: cents(50_000),
      }),
      { maxLength: 5 },
    ),
    net: cents(1_000_000),
    erSs: cents(20_000),
    erMed: cents(10_000),
    futa: cents(5_000),
    suta: cents(20_000),
    wc: cents(10_000),
    contributions: fc.array(
      fc.record({ code: fc.constantFrom("medical", "dental", "hsa"), amount: cents(100_000) }),
      { maxLength: 3 },
    ),
    state2: fc.constantFrom("PA", "IL", "CA", "TX"),
  })
  .map((r) => {
    const gross = [r.fit, r.ss, r.med, r.addl, r.state, r.net, ...r.deductions.map((d) => d.amount)]
      .reduce((a, v) => a.plus(Money.of(v)), Money.zero())
      .toFixed();
    return paycheck({
      employeeId: `e${r.id}`,
      workState: r.state2,
      gross,
      net: r.net,
      employeeTaxes: {
        federalIncomeTax: r.fit,
        socialSecurity: r.ss,
        medicare: r.med,
        additionalMedicare: r.addl,
        stateIncomeTax: r.state,
      },
      deductions: r.deductions,
      employerTaxes: { socialSecurity: r.erSs, medicare: r.erMed, futa: r.futa, suta: r.suta },
      workersCompPremium: r.wc,
      employerContributions: r.contributions,
    });
  });

describe("pay run journal entries", () => {
  it("debits gross wages and credits net pay, each withholding and each deduction's payee", () => {
    const entry = entryFor([paycheck()]);
    expect(line(entry, Accounts.wagesExpense)?.debit).toBe("2000.00");
    expect(line(entry, Accounts.netPayPayable)).toMatchObject({ credit: "1314.40", dueDate: "2026-01-16" });
    expect(line(entry, Accounts.federalIncomeTaxPayable)).toMatchObject({
      credit: "150.00",
      dueDate: "2026-02-17",
    });
    expect(line(entry, Accounts.retirementDeferralsPayable)).toMatchObject({
      credit: "186.35",
      dueDate: "2026-01-28",
    });
    expect(line(entry, Accounts.hsaPayable)?.credit).toBe("75.00");
    expect(line(entry, Accounts.section125PremiumsPayable)?.credit).toBe("100.00");
    expect(line(entry, Accounts.stateWithholdingPayable)).toMatchObject({ credit: "57.72", memo: "PA" });
    expect(line(entry, Accounts.payrollTaxExpense)?.debit).toBe("209.43");
    expect(line(entry, Accounts.employerBenefitsExpense)?.debit).toBe("425.00");
    expect(line(entry, Accounts.employerBenefitsPayable)?.credit).toBe("400.00");
    expect(line(entry, Accounts.workersCompPremiumPayable)?.credit).toBe("4.92");
    expect(assertBalanced(entry)).toEqual({ debit: "2639.35", credit: "2639.35" });
  });

  it("makes 941 taxes due the next business day once the deposit period reaches $100,000", () => {
    const entry = entryFor([paycheck()], "99800.00");
    expect(form941Liability(entry)).toBe("433.06");
    expect(line(entry, Accounts.federalIncomeTaxPayable)?.dueDate).toBe("2026-01-20");
    expect(line(entry, Accounts.netPayPayable)?.dueDate).toBe("2026-01-16");
  });

  it("refuses an entry whose debits and credits differ by a cent", () => {
    const bad = paycheck({ net: "1314.41" });
    expect(paycheckImbalance(bad)).toMatch(/gross 2000.00/);
    expect(() => entryFor([bad])).toThrow(UnbalancedEntryError);
    expect(paycheckImbalance(paycheck())).toBeNull();
  });

  it("refuses amounts below a cent and lines that are both debit and credit", () => {
    expect(() =>
      assertBalanced({ lines: [{ account: "x", debit: "1.001", credit: "0", dueDate: null, memo: null }] }),
    ).toThrow(/whole cents/);
    expect(() =>
      assertBalanced({ lines: [{ account: "x", debit: "1", credit: "1", dueDate: null, memo: null }] }),
    ).toThrow(/both/);
  });

  it("balances debits and credits to the cent for any set of random paychecks", () => {
    fc.assert(
      fc.property(fc.array(arbitraryPaycheck, { minLength: 1, maxLength: 30 }), (paychecks) => {
        const entry = entryFor(paychecks);
        const totals = assertBalanced(entry);
        expect(totals.debit).toBe(totals.credit);
        const employerCost = paychecks
          .flatMap((p) => [
            p.gross,
            p.employerTaxes.socialSecurity,
            p.employerTaxes.medicare,
            p.employerTaxes.futa,
            p.employerTaxes.suta,
            p.workersCompPremium,
            ...(p.employerContributions ?? []).map((c) => c.amount),
          ])
          .reduce((a, v) => a.plus(Money.of(v)), Money.zero());
        expect(totals.debit).toBe(employerCost.toFixed());
      }),
      { numRuns: 200 },
    );
  });

  it("nets every account to zero when a run is voided with a reversing entry", () => {
    fc.assert(
      fc.property(fc.array(arbitraryPaycheck, { minLength: 1, maxLength: 20 }), (paychecks) => {
        const entry = entryFor(paychecks);
        const reversal = reverseEntry(entry, "2026-01-20", "Void");
        expect(reversal.kind).toBe("reversal");
        const posted = [entry, reversal].flatMap((e) =>
          e.lines.map((l) => ({ ...l, entryDate: e.entryDate })),
        );
        const report = buildLiabilitiesReport("12-3456789", "2026-01-01", "2026-12-31", posted);
        for (const a of report.accounts) {
          expect(a.balance, a.account).toBe("0.00");
          expect(a.due).toEqual([]);
          expect(a.debit).toBe(a.credit);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("voids one paycheck of a run: the run's entry plus the paycheck's reversal balance as the others alone", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPaycheck, { minLength: 2, maxLength: 10 }),
        fc.nat(),
        (paychecks, pick) => {
          const voided = pick % paychecks.length;
          const reversal = paycheckReversalEntry({
            clientEin: "12-3456789",
            runId: "run-1",
            paycheckId: "p-1",
            paycheck: paychecks[voided]!,
            rules: DEFAULT_DEPOSIT_RULES,
            entryDate: "2026-01-20",
            description: "Void of one paycheck",
          });
          expect(reversal).toMatchObject({ kind: "reversal", subject: "p-1", entryDate: "2026-01-20" });
          const balancesOf = (
            entries: {
              lines: readonly { account: string; memo: string | null; debit: string; credit: string }[];
            }[],
          ) => {
            const out = new Map<string, Money>();
            for (const l of entries.flatMap((e) => e.lines)) {
              const key = `${l.account}/${l.memo ?? ""}`;
              out.set(key, (out.get(key) ?? Money.zero()).plus(Money.of(l.credit)).minus(Money.of(l.debit)));
            }
            return Object.fromEntries(
              [...out].filter(([, v]) => !v.isZero()).map(([k, v]) => [k, v.toFixed()]),
            );
          };
          const others = paychecks.filter((_, i) => i !== voided);
          expect(balancesOf([entryFor(paychecks), reversal])).toEqual(balancesOf([entryFor(others)]));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("never reverses a reversal", () => {
    const reversal = reverseEntry(entryFor([paycheck()]), "2026-01-20", "Void");
    expect(() => reverseEntry(reversal, "2026-01-21", "again")).toThrow(/never reversed/);
  });
});

describe("local taxes in the ledger", () => {
  // The fixture less $92.00 of local taxes from net pay: $90.00 Pittsburgh EIT, $2.00 LST.
  const withLocals = paycheck({
    net: "1222.40",
    localTaxes: [
      { code: "PA_EIT", jurisdiction: "PA:700102", amount: "90.00" },
      { code: "PA_LST", jurisdiction: "PA:700102", amount: "2.00" },
    ],
  });

  it("counts local taxes in the paycheck's own arithmetic", () => {
    expect(paycheckImbalance(withLocals)).toBeNull();
    expect(paycheckImbalance({ ...withLocals, localTaxes: [] })).toContain("≠");
  });

  it("posts each locality's tax as its own liability of the client, due by the tax's remittance rule", () => {
    const entry = entryFor([withLocals, { ...withLocals, employeeId: "e2" }]);
    const locals = entry.lines.filter((l) => l.account === Accounts.localTaxesPayable);
    expect(locals.map((l) => [l.memo, l.credit])).toEqual([
      ["PA:700102 PA_EIT", "180.00"],
      ["PA:700102 PA_LST", "4.00"],
    ]);
    // Pay date 2026-01-16: Act 32 EIT and LST are due 30 days after the quarter, 2026-04-30.
    expect(locals.map((l) => l.dueDate)).toEqual(["2026-04-30", "2026-04-30"]);
    const totals = assertBalanced(entry);
    expect(totals.debit).toBe(totals.credit);
  });

  it("leaves a local tax with no remittance rule undated rather than guessed", () => {
    const columbus = paycheck({
      net: "1284.40",
      localTaxes: [{ code: "CITY_TAX", jurisdiction: "OH:COLUMBUS", amount: "30.00" }],
    });
    const locals = entryFor([columbus]).lines.filter((l) => l.account === Accounts.localTaxesPayable);
    expect(locals.map((l) => [l.memo, l.dueDate])).toEqual([["OH:COLUMBUS CITY_TAX", null]]);
  });

  it("posts an employer-paid transit tax as payroll tax expense and a liability to its district, net pay untouched", () => {
    const trimet = paycheck({
      employerLocalTaxes: [{ code: "OR_TRIMET", jurisdiction: "OR:TRIMET", amount: "24.71" }],
    });
    expect(paycheckImbalance(trimet)).toBeNull();
    const plain = entryFor([paycheck()]);
    const entry = entryFor([trimet, { ...trimet, employeeId: "e2" }]);
    const expense = (e: typeof entry) =>
      e.lines
        .filter((l) => l.account === Accounts.payrollTaxExpense)
        .reduce((sum, l) => sum.plus(Money.of(l.debit)), Money.zero());
    expect(expense(entry).minus(expense(plain).times(2)).toFixed()).toBe("49.42");
    const locals = entry.lines.filter((l) => l.account === Accounts.localTaxesPayable);
    expect(locals.map((l) => [l.memo, l.credit, l.dueDate])).toEqual([
      ["OR:TRIMET OR_TRIMET", "49.42", null],
    ]);
    const netPay = (e: typeof entry) =>
      e.lines.find((l) => l.account === Accounts.netPayPayable)?.credit ?? "";
    expect(netPay(entry)).toBe(Money.of(netPay(plain)).times(2).toFixed());
    const totals = assertBalanced(entry);
    expect(totals.debit).toBe(totals.credit);
  });
});

describe("state due dates stored at posting", () => {
  const post = (rules: DepositRules) =>
    buildPayRunEntry({
      clientEin: "12-3456789",
      runId: "run-1",
      kind: "pay_run",
      payDate: "2026-01-16",
      description: "Pay run ending 2026-01-16",
      paychecks: [
        paycheck({ employeeId: "e1", workState: "PA" }),
        paycheck({ employeeId: "e2", workState: "OH" }),
        paycheck({ employeeId: "e3", workState: "IN" }),
        paycheck({ employeeId: "e4", workState: "ZZ" }),
      ],
      rules,
    });
  const stateDates = (entry: ReturnType<typeof post>) =>
    entry.lines
      .filter((l) => l.account === Accounts.stateWithholdingPayable || l.account === Accounts.sutaPayable)
      .map((l) => [l.account, l.memo, l.dueDate]);

  it("dates each state's withholding by its own table and the client's frequency, and SUTA by the client's state", () => {
    const states = { clientState: "PA", frequencies: {} };
    const rules = { ...DEFAULT_DEPOSIT_RULES, stateWithholdingDayOfNextMonth: 10, states };
    expect(stateDates(post(rules))).toEqual([
      // IN monthly, 20 days after the month: 20 February.
      [Accounts.stateWithholdingPayable, "IN", "2026-02-20"],
      // OH monthly, by the 15th of the next month (15 February is a Sunday, 16 February a holiday).
      [Accounts.stateWithholdingPayable, "OH", "2026-02-17"],
      // PA's default is semimonthly: the 16th–31st period (31 January a Saturday), 3 business days later.
      [Accounts.stateWithholdingPayable, "PA", "2026-02-04"],
      // ZZ has no table: the client's generic day of the next month, and the calendar lists it unscheduled.
      [Accounts.stateWithholdingPayable, "ZZ", "2026-02-10"],
      [Accounts.sutaPayable, null, "2026-04-30"],
    ]);
    // The client's assigned frequency wins over the table's default.
    expect(stateDates(post({ ...rules, states: { ...states, frequencies: { PA: "monthly" } } }))[2]).toEqual([
      Accounts.stateWithholdingPayable,
      "PA",
      "2026-02-17",
    ]);
  });

  it("keeps the generic date where no state rules are given", () => {
    expect(stateDates(post({ ...DEFAULT_DEPOSIT_RULES, stateWithholdingDayOfNextMonth: 10 }))).toEqual([
      [Accounts.stateWithholdingPayable, "IN", "2026-02-10"],
      [Accounts.stateWithholdingPayable, "OH", "2026-02-10"],
      [Accounts.stateWithholdingPayable, "PA", "2026-02-10"],
      [Accounts.stateWithholdingPayable, "ZZ", "2026-02-10"],
      [Accounts.sutaPayable, null, "2026-04-30"],
    ]);
  });
});

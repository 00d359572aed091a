import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { efw2File } from "../../../src/app/filings/efw2-file";
import { form940Report } from "../../../src/app/filings/form-940-report";
import { stateQuarterlyReport } from "../../../src/app/filings/state-quarterly-report";
import { getMyW2, w2AndW3, w2W3Pdfs } from "../../../src/app/filings/w2-forms";
import { workersCompAuditReport } from "../../../src/app/filings/workers-comp-audit-report";
import { approvePayRun } from "../../../src/app/payroll/approve-pay-run";
import { form941Report, liabilitiesReport } from "../../../src/app/payroll/payroll-reports";
import { openPayrollSession, type PayrollSession } from "../../../src/app/payroll/payroll-session";
import { startPayRun } from "../../../src/app/payroll/start-pay-run";
import { watchPayRun } from "../../../src/app/payroll/watch-pay-run";
import { main } from "../../../src/cli/main";
import { loadEnv } from "../../../src/config/env";
import { fixedClock } from "../../../src/core/clock";
import { EFW2_LAYOUTS, RS, RT, RW, RW_TOTALLED_FIELDS } from "../../../src/core/filings/efw2-layout";
import { readField, readMoney } from "../../../src/core/filings/fixed-width";
import { Accounts, FORM_941_ACCOUNTS } from "../../../src/core/ledger/accounts";
import { Money } from "../../../src/core/money/money";
import { isDomainError } from "../../../src/errors/domain-error";
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from "../../support/database";

const EIN = "47-3000041";
const system = { kind: "system", name: "test" } as const;
const submitter = {
  ASO_SUBMITTER_EIN: "98-7654321",
  ASO_SUBMITTER_NAME: "Acme ASO Services",
  ASO_SUBMITTER_BSO_USER_ID: "ASOBSO01",
  ASO_SUBMITTER_CONTACT_NAME: "Pat Payroll",
  ASO_SUBMITTER_CONTACT_PHONE: "215-555-0100",
  ASO_SUBMITTER_CONTACT_EMAIL: "filings@acme-aso.test",
  ASO_SUBMITTER_ADDRESS: "1 Market St; Philadelphia; PA; 19103",
};
/** Five biweekly runs paid in the first quarter, and one paid in April. */
const Q1_RUNS = [
  ["2026-01-17", "2026-01-23"],
  ["2026-01-31", "2026-02-06"],
  ["2026-02-14", "2026-02-20"],
  ["2026-02-28", "2026-03-06"],
  ["2026-03-14", "2026-03-20"],
] as const;
const APRIL_RUN = ["2026-03-28", "2026-04-03"] as const;

const sum = (values: string[]) => values.reduce((a, v) => a.plus(Money.of(v)), Money.zero()).toFixed();

function records(text: string): string[] {
  return text.slice(0, -2).split("\r\n");
}

/**
 * A client with employees in Pennsylvania, New Jersey and New York over a quarter, pay runs posted:
 * Form 941 and Schedule B equal the ledger; the W-2s sum to the W-3 and to the EFW2 totals; a period
 * with an unposted run is refused whole; the same filing asked twice gives the same bytes.
 */
describe("federal filings from posted pay runs", () => {
  let db: TestDatabase;
  let session: PayrollSession;
  let clientId: string;
  let employeeIds: string[];
  const deps = () => ({ ...session.deps, queue: session.queue! });

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ clientId, employeeIds } = await seedPayrollClient(db, {
      ein: EIN,
      employees: 6,
      periodEnd: Q1_RUNS[0][0],
      laterPeriodEnds: [...Q1_RUNS.slice(1).map(([end]) => end), APRIL_RUN[0]],
    }));
    const people = [
      ["Ana María Cruz", "PA"],
      ["Bob O'Neil", "NJ"],
      ["Chen Wei", "NY"],
      ["Dana Smith Jr.", "NJ"],
      ["Eve Adams", "PA"],
      ["Frank Li", "NY"],
    ] as const;
    for (const [i, [name, workState]] of people.entries())
      await db.prisma.employee.update({ where: { id: employeeIds[i]! }, data: { name, workState } });
    await db.prisma.clientEmployer.update({
      where: { id: clientId },
      data: {
        settings: {
          payroll: { depositSchedule: "semiweekly" },
          filings: {
            address: { street: "200 Oven Rd", city: "Newark", state: "NJ", zip: "07102" },
            stateAccounts: { PA: "1234567", NJ: "NJ998877", NY: "55544433" },
          },
        },
      },
    });
    session = await openPayrollSession(loadEnv(), {
      clock: fixedClock("2026-04-10T15:00:00Z"),
      queue: true,
      db,
      prefix: `ff${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    });
    for (const [periodEnd, payDate] of [...Q1_RUNS, APRIL_RUN]) {
      const run = await startPayRun(deps(), system, { clientEin: EIN, periodEnd, payDate });
      expect((await watchPayRun(session.deps, run.id, () => undefined, { pollMs: 50 })).status).toBe(
        "calculated",
      );
      expect(await session.deps.runs.errors(run.id)).toEqual([]);
      // The April run stays calculated until the test that needs the whole year.
      if (periodEnd !== APRIL_RUN[0]) await approvePayRun(deps(), system, { clientEin: EIN, periodEnd });
    }
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    await db?.cleanup();
  });

  it("gives Form 941 and Schedule B totals equal to the ledger's 941 liabilities", async () => {
    const f941 = await form941Report(session.deps, system, { clientEin: EIN, quarter: "2026Q1" });
    const ledger = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    const ledger941 = sum(
      ledger.accounts.filter((a) => FORM_941_ACCOUNTS.has(a.account)).map((a) => a.balance),
    );
    expect(f941.line10).toBe(ledger941);
    const b = f941.scheduleB!;
    expect(b.total).toBe(f941.line10);
    expect(b.months.map((m) => m.total)).toEqual([
      f941.line16.month1,
      f941.line16.month2,
      f941.line16.month3,
    ]);
    expect(b.months.flatMap((m) => m.days.map((d) => d.day))).toEqual([23, 6, 20, 6, 20]);
    for (const m of b.months) expect(sum(m.days.map((d) => d.amount))).toBe(m.total);
  });

  it("gives a workers' compensation premium audit whose accrued premium equals the ledger's payable", async () => {
    const audit = await workersCompAuditReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    const ledger = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    const payable = ledger.accounts.find((a) => a.account === Accounts.workersCompPremiumPayable)!;
    expect(audit.totals.accruedPremium).toBe(payable.credit);
    expect(audit.lines.map((l) => [l.state, l.classCode, l.employees, l.termsRecorded])).toEqual([
      ["NJ", "8810", 2, true],
      ["NY", "8810", 2, true],
      ["PA", "8810", 2, true],
    ]);
    // Accrued and recomputed premium differ only by each paycheck's cent rounding (at most half a cent each).
    for (const l of audit.lines) {
      const d = Money.of(l.difference);
      expect(d.lessThan(Money.of("0.06")) && d.greaterThan(Money.of("-0.06")), l.state).toBe(true);
    }
  });

  it("gives state quarterly reports whose withholding and UI contributions equal the ledger's payables", async () => {
    const report = await stateQuarterlyReport(session.deps, system, { clientEin: EIN, quarter: "2026Q1" });
    const ledger = await liabilitiesReport(session.deps, system, {
      clientEin: EIN,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    const credit = (account: string) => ledger.accounts.find((a) => a.account === account)!.credit;
    expect(report.states.map((s) => [s.state, s.totals.employees, s.employerAccount])).toEqual([
      ["NJ", 2, "NJ998877"],
      ["NY", 2, "55544433"],
      ["PA", 2, "1234567"],
    ]);
    expect(sum(report.states.map((s) => s.totals.stateIncomeTax))).toBe(
      credit(Accounts.stateWithholdingPayable),
    );
    expect(sum(report.states.map((s) => s.totals.uiContributions))).toBe(credit(Accounts.sutaPayable));
    for (const s of report.states) {
      expect(s.totals.uiTotalWages).toBe(sum(s.employees.map((e) => e.uiTotalWages)));
      expect(s.totals.monthEmployment).toEqual([2, 2, 2]);
    }
  });

  it("refuses a report for a period with an unposted run, naming the run, and produces nothing", async () => {
    const refused = async (p: Promise<unknown>) => {
      const error = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDomainError(error) && error.code).toBe("filing.unposted_runs");
      expect((error as Error).message).toContain("period ending 2026-03-28 paid 2026-04-03 (calculated)");
    };
    await refused(form941Report(session.deps, system, { clientEin: EIN, quarter: "2026Q2" }));
    await refused(efw2File(session.deps, system, { clientEin: EIN, year: "2026", submitter }));
    await refused(w2AndW3(session.deps, system, { clientEin: EIN, year: "2026" }));
    await refused(form940Report(session.deps, system, { clientEin: EIN, year: "2026" }));
    await refused(
      workersCompAuditReport(session.deps, system, { clientEin: EIN, from: "2026-04-01", to: "2026-06-30" }),
    );
    // A quarter without the run is unaffected.
    expect((await form941Report(session.deps, system, { clientEin: EIN, quarter: "2026Q1" })).line1).toBe(6);
  });

  describe("once every run of the year is posted", () => {
    let outDir: string;
    beforeAll(async () => {
      await approvePayRun(deps(), system, { clientEin: EIN, periodEnd: APRIL_RUN[0] });
      outDir = mkdtempSync(join(tmpdir(), "aso-efw2-"));
    });
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it("gives W-2 boxes that sum to the W-3 and to the EFW2 RT record, with an RS per state withheld in", async () => {
      const { w2, w3 } = await w2AndW3(session.deps, system, { clientEin: EIN, year: "2026" });
      expect(w2).toHaveLength(6);
      expect(w3.formsCount).toBe(6);
      for (const box of ["box1", "box2", "box3", "box4", "box5", "box6"] as const)
        expect(w3[box], box).toBe(sum(w2.map((f) => f[box])));
      expect(w3.box16).toBe(sum(w2.flatMap((f) => f.states.map((s) => s.wages))));
      expect(w3.box15.state).toBe("X");

      const file = await efw2File(session.deps, system, { clientEin: EIN, year: "2026", submitter });
      const rs = records(file.text);
      for (const r of rs) expect(r).toHaveLength(512);
      const rw = rs.filter((r) => r.startsWith("RW"));
      const rt = rs.find((r) => r.startsWith("RT"))!;
      expect(rw).toHaveLength(6);
      expect(Number(readField(RT, rt, "rwCount"))).toBe(6);
      const rtField: Record<string, keyof typeof w3> = {
        wages: "box1",
        federalIncomeTax: "box2",
        socialSecurityWages: "box3",
        socialSecurityTax: "box4",
        medicareWages: "box5",
        medicareTax: "box6",
      };
      for (const [field, box] of Object.entries(rtField))
        expect(readMoney(RT, rt, field), field).toBe(w3[box]);
      for (const name of RW_TOTALLED_FIELDS)
        expect(readMoney(RT, rt, name), name).toBe(sum(rw.map((r) => readMoney(RW, r, name))));
      const deferrals = w3.box12ByCode.find((c) => c.code === "D")?.amount ?? "0.00";
      expect(readMoney(RT, rt, "code_D")).toBe(deferrals);
      // No RO amounts come from paychecks, so neither RO nor RU records are written.
      expect(rs.some((r) => r.startsWith("RO") || r.startsWith("RU"))).toBe(false);
      expect(readField(EFW2_LAYOUTS.RE, rs[1]!, "employerEin")).toBe("473000041");
      expect(readField(EFW2_LAYOUTS.RA, rs[0]!, "submitterEin")).toBe("987654321");
      const stateCodes = rs.filter((r) => r.startsWith("RS")).map((r) => readField(RS, r, "stateCode"));
      expect(new Set(stateCodes)).toEqual(new Set(["42", "34", "36"]));
      expect(sum(rs.filter((r) => r.startsWith("RS")).map((r) => readMoney(RS, r, "stateIncomeTax")))).toBe(
        w3.box17,
      );
      expect(Number(readField(EFW2_LAYOUTS.RF, rs.at(-1)!, "rwCount"))).toBe(6);
    });

    it("gives byte-identical EFW2 files and PDFs when asked twice, through the CLI too", async () => {
      const a = await efw2File(session.deps, system, { clientEin: EIN, year: "2026", submitter });
      const b = await efw2File(session.deps, system, { clientEin: EIN, year: "2026", submitter });
      expect(a.text).toBe(b.text);
      const pdfs = () =>
        w2W3Pdfs(session.deps, system, { clientEin: EIN, year: "2026", issuedOn: "2027-01-20" });
      const [p1, p2] = [await pdfs(), await pdfs()];
      expect(p1.w2.equals(p2.w2)).toBe(true);
      expect(p1.w3.equals(p2.w3)).toBe(true);

      const url = testDatabaseUrl();
      if (!url) return; // the embedded database is held by this process: the CLI path runs on PostgreSQL
      const withSchema = new URL(url);
      withSchema.searchParams.set("schema", db.schema!);
      const env = { ...process.env, ...submitter, DATABASE_URL: withSchema.toString(), LOG_LEVEL: "error" };
      const run = async (out: string, ...extra: string[]) => {
        const stdout = new PassThrough();
        const stderr = new PassThrough();
        let text = "";
        let notes = "";
        stdout.on("data", (c) => {
          text += String(c);
        });
        stderr.on("data", (c) => {
          notes += String(c);
        });
        const code = await main(
          ["report", "efw2", "--client", EIN, "--year", "2026", "--out", out, ...extra],
          {
            stdout,
            stderr,
            stdin: new PassThrough(),
            env,
          },
        );
        return { code, summary: text, notes };
      };
      const first = await run(join(outDir, "one.txt"));
      const second = await run(join(outDir, "two.txt"));
      expect(first.code).toBe(0);
      expect(JSON.parse(first.summary)).toMatchObject({ client: EIN, year: 2026, records: { RW: 6 } });
      expect(second.code).toBe(0);
      const one = readFileSync(join(outDir, "one.txt"));
      expect(one.equals(readFileSync(join(outDir, "two.txt")))).toBe(true);
      expect(one.toString("latin1")).toBe(a.text);
      expect(first.notes).toContain("6 employee record(s) have a zero-filled SSN");

      // SSNs supplied at filing time go into that file only.
      writeFileSync(join(outDir, "ssns.csv"), "external_id,ssn\nE00001,123-45-6789\n");
      const withSsn = await run(join(outDir, "three.txt"), "--ssns", join(outDir, "ssns.csv"));
      expect(withSsn.code).toBe(0);
      expect(withSsn.notes).toContain("5 employee record(s) have a zero-filled SSN");
      const rws = records(readFileSync(join(outDir, "three.txt"), "latin1")).filter((r) =>
        r.startsWith("RW"),
      );
      expect(rws.map((r) => readField(RW, r, "ssn"))).toEqual(["123456789", ...Array(5).fill("000000000")]);
    });

    it("gives Form 940 taxable wages equal to the FUTA wages the paychecks recorded", async () => {
      const f940 = await form940Report(session.deps, system, { clientEin: EIN, year: "2026" });
      const figures = await session.deps.runs.postedFigures(clientId, "2026-01-01", "2026-12-31");
      expect(f940.line3).toBe(sum(figures.map((f) => f.gross)));
      expect(f940.line7).toBe(sum(figures.map((f) => f.taxableWages.futa)));
      expect(f940.line1b).toBe(true);
      expect(f940.scheduleA.states.map((s) => s.state)).toEqual(["NJ", "NY", "PA"]);
      expect(f940.line11).toBeNull();
      expect(f940.unverifiedTables).toContain(
        "federal.futa_credit_reduction (no 2026 list: line 11 not computed)",
      );
      expect(f940.line17).toBe(f940.line12);
    });

    it("gives an employee their own W-2 only, as a PDF with their figures", async () => {
      const employee = {
        kind: "employee",
        employeeId: employeeIds[1]!,
        clientId,
        roles: ["employee"],
        name: "Bob O'Neil",
        timezone: "America/New_York",
      } as const;
      const later = { ...session.deps, clock: fixedClock("2027-01-15T15:00:00Z") };
      const mine = await getMyW2(later, employee, { year: 2026, issuedOn: "2027-01-15" });
      expect(mine).not.toBeNull();
      const { w2 } = await w2AndW3(session.deps, system, { clientEin: EIN, year: "2026" });
      const expected = w2.find((f) => f.employeeId === employeeIds[1])!;
      expect(mine!.form.box1).toBe(expected.box1);
      expect(mine!.form.employee.name).toBe("Bob O'Neil");
      const pdf = await getDocumentProxy(new Uint8Array(mine!.pdf));
      const text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, " ");
      expect(text).toContain(expected.box1);
      expect(text).toContain("Bob O'Neil");
      for (const other of w2.filter((f) => f.employeeId !== employeeIds[1]))
        expect(text).not.toContain(other.employee.name);
      // Before the year is over there is no W-2; staff use the reports, not the self-service action.
      await expect(getMyW2(session.deps, employee, { year: 2026, issuedOn: "2026-04-10" })).rejects.toThrow(
        /after the year ends/,
      );
      await expect(getMyW2(later, system, { year: 2026, issuedOn: "2027-01-15" })).rejects.toThrow(
        /only an employee/,
      );
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { aso } from "../../support/cli";
import { type PayrollCliFixture, payrollCliFixture } from "../../support/payroll-cli-fixture";

const EIN = "77-1234567";

describe("the payroll and report commands", () => {
  let env: Record<string, string | undefined>;
  let fixture: PayrollCliFixture | undefined;

  beforeAll(async () => {
    fixture = await payrollCliFixture({
      name: "payroll-cli",
      seed: (db) => seedPayrollClient(db, { ein: EIN, employees: 12, periodEnd: "2026-01-17" }),
    });
    env = fixture.env;
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it("calculates a run with progress on stderr and a summary on stdout, then refuses to run it again", async () => {
    const first = await aso(
      env,
      "payroll",
      "run",
      "--client",
      EIN,
      "--period-end",
      "2026-01-17",
      "--pay-date",
      "2026-01-23",
    );
    expect(first.err).toContain("12/12 paychecks calculated");
    expect(first.out).toContain("calculated");
    expect(first.out).toContain("12 paychecks calculated");
    expect(first.code).toBe(0);
    const again = await aso(env, "payroll", "run", "--client", EIN, "--period-end", "2026-01-17");
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it("exits 2 on usage errors and 1 naming the field on bad input", async () => {
    expect((await aso(env, "payroll", "run", "--client", EIN)).code).toBe(2);
    const bad = await aso(env, "payroll", "run", "--client", EIN, "--period-end", "2026-13-01");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--period-end");
    const unknown = await aso(
      env,
      "payroll",
      "approve",
      "--client",
      "00-0000000",
      "--period-end",
      "2026-01-17",
    );
    expect(unknown.code).toBe(1);
  });

  it("approves and posts once; approving again changes nothing", async () => {
    const first = await aso(env, "payroll", "approve", "--client", EIN, "--period-end", "2026-01-17");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/approved and posted: debits \$[\d,.]+ = credits/);
    const again = await aso(
      env,
      "payroll",
      "approve",
      "--client",
      EIN,
      "--period-end",
      "2026-01-17",
      "--json",
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ status: "posted", changed: false });
  });

  it("reports liabilities as the exact JSON shape, and as CSV", async () => {
    const json = await aso(
      env,
      "report",
      "liabilities",
      "--client",
      EIN,
      "--from",
      "2026-01-01",
      "--to",
      "2026-01-31",
    );
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(Object.keys(report)).toEqual(["client", "from", "to", "accounts", "totals"]);
    expect(report).toMatchObject({ client: EIN, from: "2026-01-01", to: "2026-01-31" });
    expect(report.totals.debit).toBe(report.totals.credit);
    for (const a of report.accounts) {
      expect(Object.keys(a)).toEqual(["account", "debit", "credit", "balance", "due"]);
      for (const d of a.due) expect(Object.keys(d)).toEqual(["date", "amount"]);
    }
    const csv = await aso(
      env,
      "report",
      "liabilities",
      "--client",
      EIN,
      "--from",
      "2026-01-01",
      "--to",
      "2026-01-31",
      "--format",
      "csv",
    );
    expect(csv.out.split("\n")[0]).toBe("client,from,to,account,debit,credit,balance,due_date,due_amount");
    expect(
      (await aso(env, "report", "liabilities", "--client", EIN, "--from", "x", "--to", "2026-01-31")).code,
    ).toBe(1);
    expect(
      (
        await aso(
          env,
          "report",
          "liabilities",
          "--client",
          EIN,
          "--from",
          "2026-01-01",
          "--to",
          "2026-01-31",
          "--format",
          "xml",
        )
      ).code,
    ).toBe(2);
  });

  it("reports Form 941 lines and W-2 boxes from the posted run", async () => {
    const f941 = await aso(env, "report", "941", "--client", EIN, "--quarter", "2026Q1");
    expect(f941.code).toBe(0);
    const lines = JSON.parse(f941.out);
    expect(lines).toMatchObject({ client: EIN, quarter: "2026Q1" });
    for (const key of ["line1", "line2", "line3", "line5a", "line5c", "line5e", "line6", "line7", "line10"])
      expect(lines).toHaveProperty(key);
    const w2 = await aso(env, "report", "w2", "--client", EIN, "--year", "2026");
    const parsed = JSON.parse(w2.out);
    expect(parsed.employees).toHaveLength(12);
    expect(parsed.employees[0]).toHaveProperty("box12");
    expect((await aso(env, "report", "941", "--client", EIN, "--quarter", "2026-Q1")).code).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { aso } from "../../support/cli";
import { type PayrollCliFixture, payrollCliFixture } from "../../support/payroll-cli-fixture";

const EIN = "41-5550003";

describe("aso report deposits and aso deposits mark-paid", () => {
  let env: Record<string, string | undefined>;
  let fixture: PayrollCliFixture | undefined;

  beforeAll(async () => {
    fixture = await payrollCliFixture({
      name: "deposits-cli",
      seed: (db) => seedPayrollClient(db, { ein: EIN, employees: 4, periodEnd: "2026-01-17" }),
      runAndApprove: { client: EIN, periodEnd: "2026-01-17", payDate: "2026-01-23" },
    });
    env = fixture.env;
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  const window = ["--client", EIN, "--from", "2026-01-01", "--to", "2026-04-30"];

  it("prints the calendar as JSON and as CSV, one row per deposit", async () => {
    const json = await aso(env, "report", "deposits", ...window);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ client: EIN, from: "2026-01-01", to: "2026-04-30", unscheduled: [] });
    expect(report.deposits.find((d: { id: string }) => d.id === "941-M-2026-01")).toMatchObject({
      payee: "irs_941",
      dueDate: "2026-02-17",
      // The CLI judges status on today's date, long after 17 February 2026.
      status: "overdue",
    });

    const csv = await aso(env, "report", "deposits", ...window, "--format", "csv");
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split("\n");
    expect(lines[0]).toBe(
      "client,deposit,payee,agency,state,amount,covers_from,covers_to,due_date,status,paid_on,confirmation,rule",
    );
    expect(lines).toHaveLength(report.deposits.length + 1);
    expect(lines.some((l) => l.startsWith(`${EIN},941-M-2026-01,irs_941,`))).toBe(true);
  });

  it("records a deposit once: marking it again exits 0 and changes nothing", async () => {
    const mark = [
      "deposits",
      "mark-paid",
      "--client",
      EIN,
      "--deposit",
      "941-M-2026-01",
      "--confirmation",
      "270612345678901",
      "--paid-on",
      "2026-02-12",
    ];
    const first = await aso(env, ...mark);
    expect(first.code).toBe(0);
    expect(first.out).toContain("recorded");
    const second = await aso(env, ...mark, "--json");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({
      client: EIN,
      changed: false,
      depositId: "941-M-2026-01",
      paidOn: "2026-02-12",
      confirmation: "270612345678901",
    });
    const report = JSON.parse((await aso(env, "report", "deposits", ...window)).out);
    expect(report.deposits.find((d: { id: string }) => d.id === "941-M-2026-01")).toMatchObject({
      status: "paid",
      paid: { confirmation: "270612345678901", paidOn: "2026-02-12" },
    });
  });

  it("exits 2 on a usage error and 1 on bad input, with one line on stderr naming the field", async () => {
    const usage = await aso(env, "deposits", "mark-paid", "--client", EIN, "--deposit", "SUI-PA-2026Q1");
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("--confirmation");
    const badDate = await aso(
      env,
      "report",
      "deposits",
      "--client",
      EIN,
      "--from",
      "2026-13-01",
      "--to",
      "2026-04-30",
    );
    expect(badDate.code).toBe(1);
    expect(badDate.err.trim().split("\n")).toHaveLength(1);
    expect(badDate.err).toContain("from");
    const unknown = await aso(
      env,
      "deposits",
      "mark-paid",
      "--client",
      EIN,
      "--deposit",
      "941-M-2025-07",
      "--confirmation",
      "X1",
      "--paid-on",
      "2026-02-12",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("deposit");
  });
});

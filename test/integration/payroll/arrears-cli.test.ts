import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import { Money } from "../../../src/core/money/money";
import { aso } from "../../support/cli";
import { type CliDatabase, cliDatabase } from "../../support/cli-database";

const EIN = "77-7654390";
const PERIOD = ["--client", EIN, "--period-end", "2026-01-17"];

describe("aso report arrears", () => {
  let database: CliDatabase;

  beforeAll(async () => {
    database = await cliDatabase(async (db) => {
      const { clientId } = await seedPayrollClient(db, { ein: EIN, employees: 3, periodEnd: "2026-01-17" });
      // A salaried employee whose Roth 401(k) is more than net pay can cover.
      await db.prisma.employee.updateMany({
        where: { clientId, externalId: "E00001" },
        data: {
          payType: "salary",
          payRate: "1000.00",
          deductions: [{ code: "roth_401k", amount: "900.00" }],
        },
      });
    });
  });
  afterAll(() => database?.cleanup());

  it("lists nothing before a run posts, then what the posted run could not take, in JSON and CSV", async () => {
    const env = database.env;
    expect((await aso(env, "payroll", "run", ...PERIOD, "--json")).code).toBe(0);
    const before = await aso(env, "report", "arrears", "--client", EIN);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.out)).toMatchObject({ client: EIN, employees: [], total: "0.00" });

    expect((await aso(env, "payroll", "approve", ...PERIOD)).code).toBe(0);
    const owed = await database.withDb(async (db) => {
      const employee = await db.prisma.employee.findFirstOrThrow({ where: { externalId: "E00001" } });
      const check = await db.prisma.paycheck.findFirstOrThrow({ where: { employeeId: employee.id } });
      const roth = (check.figures as { deductions: { code: string; amount: string }[] }).deductions.find(
        (d) => d.code === "roth_401k",
      )!;
      return Money.of("900.00").minus(Money.of(roth.amount)).toFixed();
    });
    const json = await aso(env, "report", "arrears", "--client", EIN);
    expect(JSON.parse(json.out)).toMatchObject({
      employees: [
        { externalId: "E00001", code: "roth_401k", deduction: "Roth 401(k)", preTax: false, owed: owed },
      ],
      total: owed,
    });
    const csv = await aso(env, "report", "arrears", "--client", EIN, "--format", "csv");
    expect(csv.out.trimEnd().split("\n")).toEqual([
      "client,employee,name,code,owed,deduction,pre_tax",
      `${EIN},E00001,Employee 1,roth_401k,${owed},Roth 401(k),no`,
      `${EIN},TOTAL,,,${owed},,`,
    ]);
    const missing = await aso(env, "report", "arrears");
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/--client/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPayrollClient } from "../../../bench/payroll-run-seed";
import type { Database } from "../../../src/db/database";
import { aso } from "../../support/cli";
import { type PayrollCliFixture, payrollCliFixture } from "../../support/payroll-cli-fixture";

const EIN = "41-5550034";

/** One employee each working in Iowa, Louisiana, Rhode Island and Maine; IA and RI have a client setting. */
async function seedFourStates(db: Database): Promise<void> {
  const { clientId, employeeIds } = await seedPayrollClient(db, {
    ein: EIN,
    employees: 4,
    periodEnd: "2026-01-17",
  });
  const states = ["IA", "LA", "RI", "ME"];
  for (const [i, id] of employeeIds.entries())
    await db.prisma.employee.update({ where: { id }, data: { workState: states[i] } });
  await db.prisma.clientEmployer.update({
    where: { id: clientId },
    data: { settings: { payroll: { stateDepositFrequencies: { IA: "semimonthly", RI: "weekly" } } } },
  });
}

describe("aso report deposits dates states from their own tables (decision 0034)", () => {
  let env: Record<string, string | undefined>;
  let fixture: PayrollCliFixture | undefined;

  beforeAll(async () => {
    fixture = await payrollCliFixture({
      name: "state-deposits-cli",
      seed: seedFourStates,
      runAndApprove: { client: EIN, periodEnd: "2026-01-17", payDate: "2026-01-23" },
    });
    env = fixture.env;
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it("lists each state's withholding deposit on that state's date, none left unscheduled", async () => {
    const json = await aso(
      env,
      "report",
      "deposits",
      "--client",
      EIN,
      "--from",
      "2026-01-01",
      "--to",
      "2026-06-30",
    );
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as {
      deposits: {
        id: string;
        state: string | null;
        payee: string;
        dueDate: string;
        rule: string;
        unverified?: true;
      }[];
      unscheduled: { account: string; memo: string | null; reason: string }[];
    };
    const withholding = report.deposits
      .filter((d) => d.payee === "state_withholding")
      .map((d) => [d.id, d.dueDate, d.unverified === true]);
    // Pay date Friday 23 January 2026, worked by hand from each state's rule; listed by due date.
    expect(withholding).toEqual([
      // RI weekly (client setting): the week ending Saturday 24 January is due Monday 26 January.
      ["SIT-RI-W-2026-01-24", "2026-01-26", true],
      // IA semimonthly (client setting): the 16th–31st by 10 February.
      ["SIT-IA-SM-2026-01-31", "2026-02-10", true],
      // LA monthly: the last day of February is a Saturday, so Monday 2 March.
      ["SIT-LA-M-2026-01", "2026-03-02", false],
      // ME's default is quarterly, with the 941ME by 30 April.
      ["SIT-ME-2026Q1", "2026-04-30", false],
    ]);
    const rule = (id: string) => report.deposits.find((d) => d.id === id)?.rule;
    expect(rule("SIT-RI-W-2026-01-24")).toBe(
      "RI withholding, frequency the state assigned (client setting); weekly: Sunday–Saturday weeks by the next business day",
    );
    expect(rule("SIT-ME-2026Q1")).toBe(
      "ME withholding, the table's default frequency (quarterly); no client setting; quarterly: by the last day of the month after the quarter",
    );
    // RI's employee TDI goes with the first-quarter TX-17; Maine's PFML has no route and is listed, not guessed.
    expect(report.deposits.find((d) => d.id === "SUI-RI-2026Q1")).toMatchObject({
      payee: "state_unemployment",
      dueDate: "2026-04-30",
      unverified: true,
    });
    expect(report.unscheduled.map((u) => [u.account, u.memo, u.reason])).toEqual([
      ["state_programs_payable", "ME_PFML", "deposit frequency not known for the state program ME_PFML"],
    ]);

    const csv = await aso(
      env,
      "report",
      "deposits",
      "--client",
      EIN,
      "--from",
      "2026-01-01",
      "--to",
      "2026-06-30",
      "--format",
      "csv",
    );
    expect(csv.code).toBe(0);
    expect(csv.out).toContain(`${EIN},SIT-LA-M-2026-01,state_withholding,`);
    expect(csv.out.split("\n").find((l) => l.includes("SIT-IA-SM-2026-01-31"))).toContain(",2026-02-10,");
  });
});

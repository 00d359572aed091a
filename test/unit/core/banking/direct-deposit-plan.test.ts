import { describe, expect, it } from "vitest";
import { type PlanAccount, planDirectDeposits } from "../../../../src/core/banking/direct-deposit-plan";
import { Decimal } from "../../../../src/core/money/decimal";

const account = (over: Partial<PlanAccount>): PlanAccount => ({
  id: "a1",
  routingNumber: "011000015",
  accountType: "checking",
  split: { kind: "remainder" },
  prenoteStatus: "passed",
  prenoteRunId: null,
  prenoteEffective: null,
  ...over,
});
const net = new Decimal("800.00");

describe("planning a run's direct deposits", () => {
  it("pays a proven account and lists an employee without one as paid by check", () => {
    const plan = planDirectDeposits(
      "run-1",
      [
        { employeeId: "e1", net, accounts: [account({})] },
        { employeeId: "e2", net, accounts: [] },
      ],
      "2026-01-23",
    );
    expect(plan.credits.map((c) => [c.employeeId, c.amount.toFixed(2)])).toEqual([["e1", "800.00"]]);
    expect(plan.checks.map((c) => [c.employeeId, c.reason])).toEqual([["e2", "no_account"]]);
  });

  it("sends a prenote for a new account and pays the whole net by check meanwhile", () => {
    const plan = planDirectDeposits(
      "run-1",
      [
        {
          employeeId: "e1",
          net,
          accounts: [
            account({ id: "old", split: { kind: "amount", amount: "100" } }),
            account({ id: "new", prenoteStatus: "required" }),
          ],
        },
      ],
      "2026-01-23",
    );
    expect(plan.prenotes).toEqual([{ employeeId: "e1", accountId: "new" }]);
    expect(plan.credits).toEqual([]);
    expect(plan.checks.map((c) => [c.reason, c.amount.toFixed(2)])).toEqual([["prenote_pending", "800.00"]]);
  });

  it("pays a prenoted account once three business days have passed with no return", () => {
    const sent = account({ prenoteStatus: "sent", prenoteRunId: "run-1", prenoteEffective: "2026-01-23" });
    // Friday 23 Jan + 3 business days = Wednesday 28 Jan.
    const early = planDirectDeposits("run-2", [{ employeeId: "e1", net, accounts: [sent] }], "2026-01-27");
    expect(early.checks.map((c) => c.reason)).toEqual(["prenote_pending"]);
    expect(early.prenotes).toEqual([]);
    const late = planDirectDeposits("run-2", [{ employeeId: "e1", net, accounts: [sent] }], "2026-01-28");
    expect(late.credits.map((c) => c.amount.toFixed(2))).toEqual(["800.00"]);
  });

  it("repeats the prenote when the run that carried it is built again", () => {
    const sent = account({ prenoteStatus: "sent", prenoteRunId: "run-1", prenoteEffective: "2026-01-23" });
    const plan = planDirectDeposits("run-1", [{ employeeId: "e1", net, accounts: [sent] }], "2026-01-23");
    expect(plan.prenotes).toHaveLength(1);
  });

  it("pays by check after a failed prenote, saying so", () => {
    const plan = planDirectDeposits(
      "run-1",
      [{ employeeId: "e1", net, accounts: [account({ prenoteStatus: "failed" })] }],
      "2026-01-23",
    );
    expect(plan.checks.map((c) => c.reason)).toEqual(["prenote_failed"]);
  });
});

import { describe, expect, it } from "vitest";
import { PaycheckWriter } from "../../../../src/app/payroll/paycheck-writer";
import type { NewPaycheck } from "../../../../src/db/payroll-run-repository";

const row = (employeeId: string): NewPaycheck => ({
  runId: "r",
  clientId: "c",
  employeeId,
  payDate: "2026-01-23",
  status: "error",
  error: "x",
});

describe("the paycheck writer", () => {
  it("writes concurrent paychecks in batches and resolves each write after its batch is stored", async () => {
    const batches: string[][] = [];
    const writer = new PaycheckWriter(
      {
        insertPaychecks: async (rows) => {
          batches.push(rows.map((r) => r.employeeId));
          return rows.length;
        },
      },
      3,
      5,
    );
    await Promise.all(["a", "b", "c", "d", "e"].map((id) => writer.write(row(id))));
    expect(batches).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
  });

  it("fails every write of a batch whose insert failed, so the jobs retry", async () => {
    const writer = new PaycheckWriter(
      {
        insertPaychecks: async () => {
          throw new Error("connection lost");
        },
      },
      10,
      1,
    );
    const results = await Promise.allSettled([writer.write(row("a")), writer.write(row("b"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});

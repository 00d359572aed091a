import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../src/core/money/decimal";
import { pickDated } from "../../../../../src/core/tables/dated";
import { FEDERAL_INCOME_TAX } from "../../../../../src/core/tables/us/federal-income-tax";

describe("Pub 15-T annual tables", () => {
  it("ships 2021, 2025 and 2026, each with a source, and nothing for the years in between", () => {
    expect(FEDERAL_INCOME_TAX.map((t) => t.effective)).toEqual(["2021-01-01", "2025-01-01", "2026-01-01"]);
    for (const t of FEDERAL_INCOME_TAX) expect(t.source).toMatch(/Pub 15-T/);
    expect(pickDated(FEDERAL_INCOME_TAX, "2023-05-01")).toBeUndefined();
    expect(pickDated(FEDERAL_INCOME_TAX, "2026-12-31")?.effective).toBe("2026-01-01");
  });

  it("has rows that start at 0 and ascend, with the seven rates 0–37%", () => {
    for (const year of FEDERAL_INCOME_TAX)
      for (const kind of [year.value.standard, year.value.checkbox])
        for (const rows of Object.values(kind)) {
          expect(rows[0]).toEqual(["0", "0", "0"]);
          expect(rows.map((r) => r[2])).toEqual(["0", "10", "12", "22", "24", "32", "35", "37"]);
          for (let i = 1; i < rows.length; i++)
            expect(new Decimal(rows[i]![0]).greaterThan(rows[i - 1]![0])).toBe(true);
        }
  });

  it("matches the 2026 STANDARD thresholds re-derived from Rev. Proc. 2025-32 (bracket + standard deduction − line 1g)", () => {
    const t = pickDated(FEDERAL_INCOME_TAX, "2026-06-01")!.value.standard;
    const derive = (tops: number[], std: number, offset: number) =>
      [0, ...tops].map((b) => String(b + std - offset));
    expect(t.single.slice(1).map((r) => r[0])).toEqual(
      derive([12400, 50400, 105700, 201775, 256225, 640600], 16100, 8600),
    );
    expect(t.married_jointly.slice(1).map((r) => r[0])).toEqual(
      derive([24800, 100800, 211400, 403550, 512450, 768700], 32200, 12900),
    );
    expect(t.head_of_household.slice(1).map((r) => r[0])).toEqual(
      derive([17700, 67450, 105700, 201750, 256200, 640600], 24150, 8600),
    );
  });

  it("keeps the printed Step 2 base amounts that a cascade would not reproduce", () => {
    const single = pickDated(FEDERAL_INCOME_TAX, "2026-06-01")!.value.checkbox.single;
    expect(single[5]).toEqual(["108938", "20512.00", "32"]);
    expect(single[7]).toEqual(["328350", "96489.63", "37"]);
  });
});

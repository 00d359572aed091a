import { describe, expect, it } from "vitest";
import { Decimal } from "../../../../../../src/core/money/decimal";
import { graduatedTax } from "../../../../../../src/core/payroll/withholding/states/graduated";

const SCHEDULE = [
  ["0", "0.02"],
  ["1000", "0.04"],
  ["5000", "0.06"],
] as const;

const tax = (taxable: string) => graduatedTax(new Decimal(taxable), SCHEDULE);

describe("graduatedTax", () => {
  it("taxes each band at its own rate and names the row it ended in", () => {
    expect(tax("0").tax.toString()).toBe("0");
    expect(tax("500").tax.toString()).toBe("10");
    expect(tax("1000").tax.toString()).toBe("20");
    // 1,000 × 2% + 4,000 × 4% + 1,000.50 × 6%
    const top = tax("6000.50");
    expect(top.tax.toString()).toBe("240.03");
    expect(top.over.toString()).toBe("5000");
    expect(top.rate.toString()).toBe("0.06");
    expect(tax("1000.01").over.toString()).toBe("1000");
  });

  it("is zero on a zero or negative amount", () => {
    expect(tax("-5").tax.toString()).toBe("0");
  });
});

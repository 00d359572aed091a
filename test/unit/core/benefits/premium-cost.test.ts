import { describe, expect, it } from "vitest";
import { premiumOver } from "../../../../src/core/benefits/premium-cost";
import { Money } from "../../../../src/core/money/money";

describe("a cost per paycheck over a month or a year", () => {
  it("counts every paycheck of the year, not two a month", () => {
    expect(premiumOver(Money.of("98.40"), "biweekly", "year").toFixed()).toBe("2558.40");
    expect(premiumOver(Money.of("98.40"), "semimonthly", "year").toFixed()).toBe("2361.60");
    expect(premiumOver(Money.of("98.40"), "weekly", "paycheck").toFixed()).toBe("98.40");
  });

  it("takes a month as a twelfth of the year, rounded half-up to the cent", () => {
    // 26 × $98.41 = $2,558.66; ÷ 12 = $213.2216… → $213.22.
    expect(premiumOver(Money.of("98.41"), "biweekly", "month").toFixed()).toBe("213.22");
    // 26 × $12.03 = $312.78; ÷ 12 = $26.065 → $26.07 (half-up, not half-even).
    expect(premiumOver(Money.of("12.03"), "biweekly", "month").toFixed()).toBe("26.07");
  });
});

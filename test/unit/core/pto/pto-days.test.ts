import { describe, expect, it } from "vitest";
import { expandPtoDays } from "../../../../src/core/pto/pto-days";

describe("expandPtoDays", () => {
  it("covers weekdays only", () => {
    // Fri Dec 4 … Tue Dec 8 2026: Sat/Sun skipped.
    expect(expandPtoDays("2026-12-04", "2026-12-08", "8")).toEqual([
      ["2026-12-04", "8"],
      ["2026-12-07", "8"],
      ["2026-12-08", "8"],
    ]);
  });

  it("is empty for a weekend", () => {
    expect(expandPtoDays("2026-12-05", "2026-12-06", "8")).toEqual([]);
  });
});

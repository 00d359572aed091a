import { describe, expect, it } from "vitest";
import { localityOfAddress } from "../../../../src/core/payroll/home-locality";
import { localityProblem } from "../../../../src/core/payroll/local-taxes";

describe("localityOfAddress", () => {
  it("names the resident local tax of a city the tables hold, in any spelling of its name", () => {
    expect(localityOfAddress({ state: "OH", city: "Columbus" })).toEqual({
      code: "OH:COLUMBUS",
      name: "Columbus",
    });
    expect(localityOfAddress({ state: "mo", city: "Saint Louis" })?.code).toBe("MO:ST_LOUIS");
    expect(localityOfAddress({ state: "MO", city: "St. Louis" })?.code).toBe("MO:ST_LOUIS");
    expect(localityOfAddress({ state: "NY", city: "Brooklyn" })?.code).toBe("NY:NYC");
    expect(localityOfAddress({ state: "NY", city: "Yonkers" })?.code).toBe("NY:YONKERS");
    expect(localityOfAddress({ state: "PA", city: "Philadelphia" })?.code).toBe("PA:880000");
    expect(localityOfAddress({ state: "PA", city: "Pittsburgh" })?.code).toBe("PA:700102");
  });

  it("names only codes the engine resolves", () => {
    for (const [state, city] of [
      ["OH", "Columbus"],
      ["KY", "Louisville"],
      ["NY", "New York"],
      ["PA", "Pittsburgh"],
    ] as const) {
      const found = localityOfAddress({ state, city });
      expect(found && localityProblem(found.code)).toBeUndefined();
    }
  });

  it("names nothing for a city of another state, an untaxed city, or a place that needs a county", () => {
    expect(localityOfAddress({ state: "KS", city: "Kansas City" })).toBeUndefined();
    expect(localityOfAddress({ state: "OR", city: "Portland" })).toBeUndefined();
    expect(localityOfAddress({ state: "MD", city: "Bethesda" })).toBeUndefined();
    expect(localityOfAddress({ state: "PA", city: "Gettysburg" })).toBeUndefined();
  });
});

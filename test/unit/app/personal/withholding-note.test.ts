import { describe, expect, it } from "vitest";
import { withholdingNote } from "../../../../src/app/personal/change-address";

const onFile = (state: string | null, homeLocality: string | null, workState = "PA") => ({
  homeAddress: state ? { state } : null,
  homeLocality,
  workState,
});

describe("withholdingNote", () => {
  it("says state withholding stays with the work state, and when it would move to the new state", () => {
    const note = withholdingNote(onFile("PA", null), "OR", undefined);
    expect(note).toContain("State income tax is withheld for the state you work in (PA)");
    expect(note).toContain("your state withholding moves to OR from the next pay run");
    expect(note).toContain("OR withholding certificate may be needed");
  });

  it("says so when the new home is in the work state", () => {
    expect(withholdingNote(onFile("NJ", null), "PA", undefined)).toContain("stays with PA");
  });

  it("names the resident local tax of the new city, or says the preview assumes none", () => {
    expect(withholdingNote(onFile("OH", null, "OH"), "OH", { code: "OH:COLUMBUS", name: "Columbus" })).toBe(
      "Columbus taxes its residents' wages: the preview below includes that tax. Mailing cities do not always follow city limits, so your payroll contact confirms it before it is withheld.",
    );
    expect(withholdingNote(onFile("PA", "PA:700102"), "PA", undefined)).toContain(
      "assumes your new address has no resident local tax",
    );
  });
});

import { describe, expect, it } from "vitest";
import { changesResidence, readAddressForm } from "../../../../src/app/personal/address-form";
import { isDomainError } from "../../../../src/errors/domain-error";

const valid = { street: " 12 Market St ", unit: "", city: "Philadelphia", state: "pa", zip: "19103" };

function refusal(raw: unknown): string {
  try {
    readAddressForm(raw);
  } catch (error) {
    if (isDomainError(error)) return error.userMessage ?? error.message;
    throw error;
  }
  throw new Error("accepted");
}

describe("readAddressForm", () => {
  it("reads a valid address, trimmed, with the state upper-cased and an empty unit left out", () => {
    expect(readAddressForm(valid)).toEqual({
      address: { street: "12 Market St", city: "Philadelphia", state: "PA", zip: "19103" },
    });
  });

  it("keeps the optional personal details, the phone as ten digits", () => {
    const change = readAddressForm({
      ...valid,
      zip: "19103-1234",
      preferredName: "Lu",
      personalPhone: "+1 (215) 555-0100",
      personalEmail: "lu@example.com",
    });
    expect(change).toMatchObject({
      address: { zip: "19103-1234" },
      preferredName: "Lu",
      personalPhone: "2155550100",
      personalEmail: "lu@example.com",
    });
  });

  it.each([
    [{ ...valid, street: "" }, "Street address: is required"],
    [{ ...valid, city: "  " }, "City: is required"],
    [{ ...valid, state: "XX" }, "State: must be a US state code"],
    [{ ...valid, zip: "1910" }, "ZIP code: must be 5 digits"],
    [{ ...valid, zip: "19103-12" }, "ZIP code: must be 5 digits"],
    [{ ...valid, personalPhone: "555-0100" }, "Personal phone: must be a US phone number"],
    [{ ...valid, personalEmail: "lu@" }, "Personal email: must be an email address"],
    [{ ...valid, street: "x".repeat(201) }, "Street address: is too long"],
  ])("refuses a bad field naming it: %j", (raw, message) => {
    const text = refusal(raw);
    expect(text).toContain(message);
    expect(text).toContain("Nothing was saved");
  });
});

describe("changesResidence", () => {
  it("is true for another state or another home locality, false for a move within them", () => {
    expect(changesResidence({ state: "PA" }, { state: "NJ" })).toBe(true);
    expect(changesResidence({ state: "NY", homeLocality: "NY:NYC" }, { state: "NY" })).toBe(true);
    expect(changesResidence({ state: "PA" }, { state: "PA" })).toBe(false);
    expect(changesResidence({}, { state: "PA" })).toBe(true);
  });
});

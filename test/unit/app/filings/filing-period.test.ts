import { describe, expect, it } from "vitest";
import { filingSettingsOf, submitterFrom } from "../../../../src/app/filings/filing-period";

const config = {
  ASO_SUBMITTER_EIN: "98-7654321",
  ASO_SUBMITTER_NAME: "Acme ASO",
  ASO_SUBMITTER_BSO_USER_ID: "ASOBSO01",
  ASO_SUBMITTER_CONTACT_NAME: "Pat Payroll",
  ASO_SUBMITTER_CONTACT_PHONE: "215-555-0100",
  ASO_SUBMITTER_CONTACT_EMAIL: "filings@acme-aso.test",
  ASO_SUBMITTER_ADDRESS: undefined,
};

describe("submitterFrom", () => {
  it("reads the ASO as submitter, with its address when given", () => {
    expect(
      submitterFrom({ ...config, ASO_SUBMITTER_ADDRESS: "1 Market St; Philadelphia; PA; 19103" }),
    ).toEqual({
      ein: "98-7654321",
      name: "Acme ASO",
      userId: "ASOBSO01",
      contact: { name: "Pat Payroll", phone: "215-555-0100", email: "filings@acme-aso.test" },
      address: { street: "1 Market St", city: "Philadelphia", state: "PA", zip: "19103" },
    });
  });

  it("names every missing variable in one line", () => {
    expect(() =>
      submitterFrom({ ...config, ASO_SUBMITTER_EIN: undefined, ASO_SUBMITTER_BSO_USER_ID: undefined }),
    ).toThrow(/^ASO_SUBMITTER_EIN, ASO_SUBMITTER_BSO_USER_ID: required to submit an EFW2 file/);
  });

  it("refuses an address that is not street; city; ST; ZIP", () => {
    expect(() => submitterFrom({ ...config, ASO_SUBMITTER_ADDRESS: "1 Market St, Philadelphia" })).toThrow(
      /ASO_SUBMITTER_ADDRESS: must be "street; city; ST; ZIP"/,
    );
  });
});

describe("filingSettingsOf", () => {
  it("names the bad field of settings.filings", () => {
    expect(() =>
      filingSettingsOf({ filings: { address: { street: "x", city: "y", state: "Jersey", zip: "07102" } } }),
    ).toThrow(/settings\.filings\.address\.state/);
    expect(filingSettingsOf({})).toEqual({});
  });
});

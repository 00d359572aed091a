import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCensus } from "../../../../src/app/census/import-census";
import { DEMO_DIR } from "../../../../src/app/census/load-demo";
import { isDomainError } from "../../../../src/errors/domain-error";

// biome-ignore lint/suspicious/noExplicitAny: census fixtures are edited freely in tests
type Json = Record<string, any>;

function demo(name: string): Json {
  return JSON.parse(readFileSync(join(DEMO_DIR, name), "utf8"));
}

/** The one line `parseCensus` throws for a census edited by `edit`. */
function errorOf(edit: (c: Json) => void): string {
  const census = demo("acme-manufacturing.json");
  edit(census);
  try {
    parseCensus(census);
  } catch (error) {
    expect(isDomainError(error, "input.invalid")).toBe(true);
    return (error as Error).message;
  }
  throw new Error("expected the census to be rejected");
}

describe("the census schema", () => {
  it("accepts both demo census files", () => {
    const acme = parseCensus(demo("acme-manufacturing.json"));
    const sunrise = parseCensus(demo("sunrise-clinics.json"));
    expect(acme.employer.ein).toBe("12-3456789");
    expect(acme.employees.length).toBeGreaterThanOrEqual(15);
    expect(sunrise.employer.state).toBe("CA");
    expect(sunrise.plans.map((p) => p.code)).toEqual(["HMO-SILVER", "DENTAL-BASIC", "FSA"]);
  });

  it("fills defaults for optional W-4 fields and missing lists", () => {
    const census = parseCensus({
      employer: {
        ein: "11-2223333",
        name: "Tiny Co",
        state: "PA",
        payFrequency: "weekly",
        sutaRate: "0.03",
        sutaWageBase: "10000",
        workersComp: { classCode: "8810", ratePer100: "0.2", experienceMod: "1" },
      },
      employees: [
        {
          externalId: "1",
          name: "Only One",
          email: "One@Tiny.test",
          hireDate: "2026-01-05",
          workState: "PA",
          pay: { type: "hourly", rate: "20" },
          federalW4: { version: 2020, filingStatus: "single" },
        },
      ],
    });
    const e = census.employees[0]!;
    expect(e.email).toBe("one@tiny.test");
    expect(e.roles).toEqual(["employee"]);
    expect(e.federalW4).toMatchObject({ step2Checkbox: false, step3Credits: "0", exempt: false });
    expect(e.enrollments).toEqual([]);
    expect(census.employer.timezone).toBe("America/New_York");
  });

  it("names the path of a malformed EIN", () => {
    expect(errorOf((c) => (c.employer.ein = "123456789"))).toBe(
      "employer.ein: must be an EIN in the form NN-NNNNNNN",
    );
  });

  it("names the employee index and field of an invalid email", () => {
    expect(errorOf((c) => (c.employees[3].email = "not-an-email"))).toMatch(/^employees\[3\]\.email: /);
  });

  it("rejects a key the census does not define, such as an SSN, naming where it is", () => {
    expect(errorOf((c) => (c.employees[2].ssn = "123-45-6789"))).toBe(
      'employees[2]: Unrecognized key: "ssn"',
    );
  });

  it("rejects money given as a JSON number", () => {
    expect(errorOf((c) => (c.employees[0].pay = { type: "hourly", rate: 25 }))).toMatch(
      /^employees\[0\]\.pay\.rate: /,
    );
  });

  it("accepts an employer holiday calendar as a named set, a list of dates or an extension", () => {
    for (const holidays of [
      "none",
      ["2026-11-27", { date: "2026-12-24", name: "Christmas Eve" }],
      { add: ["2026-11-27"], remove: ["2026-10-12"] },
    ]) {
      const census = demo("acme-manufacturing.json");
      census.employer.holidays = holidays;
      expect(parseCensus(census).employer.holidays).toEqual(holidays);
    }
  });

  it("takes an optional birth date for an employee and refuses one that is not a date", () => {
    const census = demo("acme-manufacturing.json");
    census.employees[0].birthDate = "1971-04-30";
    expect(parseCensus(census).employees[0]!.birthDate).toBe("1971-04-30");
    expect(errorOf((c) => (c.employees[0].birthDate = "1971-02-30"))).toBe(
      "employees[0].birthDate: is not a valid calendar date",
    );
  });

  it("takes an optional job title for an employee", () => {
    const census = demo("acme-manufacturing.json");
    census.employees[0].jobTitle = "Machinist";
    expect(parseCensus(census).employees[0]!.jobTitle).toBe("Machinist");
  });

  it("names the holiday that is not a date", () => {
    expect(errorOf((c) => (c.employer.holidays = { add: ["2026-13-01"] }))).toMatch(/^employer\.holidays/);
  });

  it("rejects an impossible calendar date", () => {
    expect(errorOf((c) => (c.employees[1].hireDate = "2026-02-30"))).toBe(
      "employees[1].hireDate: is not a valid calendar date",
    );
  });

  it("rejects a duplicate external id, naming the later row", () => {
    expect(errorOf((c) => (c.employees[5].externalId = c.employees[1].externalId))).toBe(
      "employees[5].externalId: duplicate externalId E002 (also employees[1])",
    );
  });

  it("rejects a manager loop inside the file", () => {
    const message = errorOf((c) => {
      c.employees[0].managerExternalId = "E002"; // E002 reports to E001
    });
    expect(message).toMatch(/^employees\[\d\]\.managerExternalId: manager chain loops back to E00[12]$/);
  });

  it("rejects an enrollment in a tier the plan does not offer", () => {
    const message = errorOf((c) => {
      c.plans[0].tiers = { employee: c.plans[0].tiers.employee };
    });
    expect(message).toMatch(/^employees\[\d+\]\.enrollments\[0\]\.tier: plan PPO-GOLD has no family tier$/);
  });

  it("asks for exactly one of a per-period or annual salary", () => {
    expect(errorOf((c) => (c.employees[0].pay = { type: "salary", rate: "4000", annual: "104000" }))).toBe(
      "employees[0].pay: give exactly one of rate (per pay period) or annual",
    );
  });

  it("rejects a state that is not a US state code", () => {
    expect(errorOf((c) => (c.employees[4].workState = "XX"))).toBe(
      "employees[4].workState: must be a US state code such as PA",
    );
  });
});

describe("census localities", () => {
  it("keeps an employee's home and work locality codes, upper-cased", () => {
    const census = demo("acme-manufacturing.json");
    census.employees[0].localities = {
      home: "pa:700102",
      work: "PA:700102",
      certificate: { localServicesTaxExempt: true },
    };
    const parsed = parseCensus(census);
    expect(parsed.employees[0]!.localities).toEqual({
      home: "PA:700102",
      work: "PA:700102",
      certificate: { localServicesTaxExempt: true },
    });
    expect(parsed.employees[1]!.localities).toBeUndefined();
  });

  it("refuses an unknown locality code, naming the employee's field and the value", () => {
    const message = errorOf((c) => {
      c.employees[2].localities = { work: "PA:123456" };
    });
    expect(message).toContain("employees[2].localities.work");
    expect(message).toContain('unknown locality "PA:123456"');
  });

  it("keeps an Oregon transit district and refuses one it does not know", () => {
    const census = demo("acme-manufacturing.json");
    census.employees[0].localities = { transitDistrict: "or:trimet" };
    expect(parseCensus(census).employees[0]!.localities).toEqual({ transitDistrict: "OR:TRIMET" });
    const message = errorOf((c) => {
      c.employees[2].localities = { transitDistrict: "OR:SALEM" };
    });
    expect(message).toContain("employees[2].localities.transitDistrict");
    expect(message).toContain('unknown transit district "OR:SALEM"');
  });
});

import { describe, expect, it } from "vitest";
import { clientTimePolicies } from "../../../../src/app/timesheets/client-settings.schema";
import { DEFAULT_TIMESHEET_POLICY } from "../../../../src/core/timesheets/timesheet-policy";
import { isDomainError } from "../../../../src/errors/domain-error";

describe("clientTimePolicies", () => {
  it("fills every default for a client without settings", () => {
    const policies = clientTimePolicies({});
    expect(policies.timesheets).toEqual(DEFAULT_TIMESHEET_POLICY);
    expect(policies.pto.allowNegativeBalance).toBe(false);
    expect(policies.pto.types.vacation.tiers).toHaveLength(2);
  });

  it("keeps other domains' keys and applies the client's own values", () => {
    const policies = clientTimePolicies({
      depositSchedule: "semiweekly",
      timesheets: { escalationLeadHours: 8, approvalCutoff: { daysAfterWeekEnd: 3, time: "09:30" } },
      pto: {
        allowNegativeBalance: true,
        types: { sick: { tiers: [{ minTenureMonths: 0, hoursPerPeriod: "1.54" }] } },
      },
    });
    expect(policies.timesheets.escalationLeadHours).toBe(8);
    expect(policies.timesheets.approvalCutoff).toEqual({ daysAfterWeekEnd: 3, time: "09:30" });
    expect(policies.timesheets.submissionCutoff).toEqual(DEFAULT_TIMESHEET_POLICY.submissionCutoff);
    expect(policies.pto.allowNegativeBalance).toBe(true);
    expect(policies.pto.types.sick.tiers).toEqual([{ minTenureMonths: 0, hoursPerPeriod: "1.54" }]);
    expect(policies.pto.types.sick.maxBalanceHours).toBe("80");
  });

  it("names the field at fault in a malformed setting", () => {
    try {
      clientTimePolicies({ timesheets: { approvalCutoff: { daysAfterWeekEnd: 2, time: "25:00" } } });
      throw new Error("expected settings.invalid");
    } catch (error) {
      expect(isDomainError(error, "settings.invalid")).toBe(true);
      expect((error as Error).message).toBe("client settings: timesheets.approvalCutoff.time: must be HH:MM");
    }
  });

  it("refuses a tier with neither hours per year nor per period", () => {
    expect(() =>
      clientTimePolicies({ pto: { types: { vacation: { tiers: [{ minTenureMonths: 0 }] } } } }),
    ).toThrow(/needs hoursPerYear or hoursPerPeriod/);
  });

  it("gives the observed federal holidays when the client names none, and the client's own list otherwise", () => {
    expect(clientTimePolicies({}).holidays).toEqual({ base: "us_federal", add: [], remove: [] });
    expect(clientTimePolicies({ holidays: ["2026-11-27"] }).holidays).toEqual({
      base: "none",
      add: [{ date: "2026-11-27", name: "Company holiday" }],
      remove: [],
    });
    expect(clientTimePolicies({ holidays: { remove: ["2026-10-12"] } }).holidays).toEqual({
      base: "us_federal",
      add: [],
      remove: ["2026-10-12"],
    });
  });

  it("refuses a holiday calendar that is not dates", () => {
    expect(() => clientTimePolicies({ holidays: ["next friday"] })).toThrow(/holidays/);
  });
});

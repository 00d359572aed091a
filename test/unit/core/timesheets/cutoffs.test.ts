import { describe, expect, it } from "vitest";
import { localDate, timesheetSchedule } from "../../../../src/core/timesheets/cutoffs";
import { resolveTimesheetPolicy } from "../../../../src/core/timesheets/timesheet-policy";

describe("timesheetSchedule", () => {
  it("places cutoffs, reminders and escalation in the client's time zone", () => {
    const policy = resolveTimesheetPolicy({ escalationLeadHours: 6 });
    // Week ends Sat Nov 28; submission Sun Nov 29 12:00 EST, approval Mon Nov 30 12:00 EST (17:00Z).
    const s = timesheetSchedule("2026-11-28", policy, "America/New_York");
    expect(s.submissionCutoff.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    expect(s.employeeReminderAt.toISOString()).toBe("2026-11-28T17:00:00.000Z");
    expect(s.approvalCutoff.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(s.managerReminderAt.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    expect(s.escalationAt.toISOString()).toBe("2026-11-30T11:00:00.000Z");
  });

  it("gives the local calendar date of an instant", () => {
    expect(localDate(new Date("2026-11-28T03:00:00Z"), "America/Los_Angeles")).toBe("2026-11-27");
  });
});

import { describe, expect, it } from "vitest";
import { approvalCard, rejectionNotice } from "../../../../src/app/timesheets/replies";

describe("timesheet replies", () => {
  it("builds an approval card whose buttons carry the timesheet and the submission seen", () => {
    const card = approvalCard({
      timesheetId: "t-1",
      submission: 2,
      employeeName: "Alex",
      weekStart: "2026-11-22",
      totalHours: "46",
      ptoHours: "0",
    });
    expect(card.updateKey).toBe("approval:timesheet:t-1");
    expect(card.personal).toBe(true);
    const actions = card.blocks.find((b) => b.kind === "actions");
    expect(actions && actions.kind === "actions" ? actions.buttons.map((b) => b.command) : []).toEqual([
      { name: "timesheet.approve", args: { timesheetId: "t-1", submission: 2 } },
      { name: "timesheet.reject", args: { timesheetId: "t-1", submission: 2 } },
      { name: "timesheet.details", args: { timesheetId: "t-1" } },
    ]);
  });

  it("tells the employee who rejected the week and why", () => {
    const reply = rejectionNotice({ weekStart: "2026-11-22", deciderName: "Mia", reason: "Missing Friday" });
    expect(JSON.stringify(reply.blocks)).toContain("rejected by Mia");
    expect(JSON.stringify(reply.blocks)).toContain("Missing Friday");
  });
});

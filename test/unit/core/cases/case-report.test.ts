import { describe, expect, it } from "vitest";
import { DEFAULT_ASO_CALENDAR } from "../../../../src/core/cases/business-calendar";
import { buildCaseReport } from "../../../../src/core/cases/case-report";
import { deriveCaseSlaClocks } from "../../../../src/core/cases/sla";

const cal = DEFAULT_ASO_CALENDAR;
const at = (iso: string) => new Date(iso);

function caseWithReplyAfter(minutes: number, category: "benefits" | "harassment") {
  const opened = at("2026-03-03T15:00:00Z");
  const priority = category === "harassment" ? ("urgent" as const) : ("normal" as const);
  return {
    category,
    priority,
    state: "claimed" as const,
    clocks: deriveCaseSlaClocks(cal, priority, [
      { type: "opened", at: opened },
      { type: "state_changed", at: opened, to: "claimed" },
      { type: "specialist_replied", at: new Date(opened.getTime() + minutes * 60_000) },
    ]),
  };
}

describe("buildCaseReport", () => {
  it("counts by category, takes the median first response in business minutes and counts breaches", () => {
    const report = buildCaseReport(
      cal,
      [
        caseWithReplyAfter(30, "benefits"),
        caseWithReplyAfter(90, "harassment"),
        caseWithReplyAfter(10, "benefits"),
      ],
      at("2026-03-03T17:00:00Z"),
    );
    expect(report.total).toBe(3);
    expect(report.byCategory).toEqual({ benefits: 2, harassment: 1 });
    expect(report.medianFirstResponseBusinessMinutes).toBe(30);
    // The harassment case answered after 90 min breached its 1 h first-response target.
    expect(report.slaBreaches).toEqual({ first_response: 1, resolution: 0, total: 1 });
    expect(report.casesWithBreach).toBe(1);
  });

  it("has no median without responses", () => {
    expect(
      buildCaseReport(cal, [], at("2026-03-03T17:00:00Z")).medianFirstResponseBusinessMinutes,
    ).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_ASO_CALENDAR } from "../../../../src/core/cases/business-calendar";
import {
  type CaseTimelineEvent,
  deriveCaseSlaClocks,
  evaluateSlaClock,
  SLA_TARGETS,
  type SlaClock,
  slaTargetMillis,
} from "../../../../src/core/cases/sla";

const HOUR = 3_600_000;
const cal = DEFAULT_ASO_CALENDAR;
const at = (iso: string) => new Date(iso);

describe("SLA targets", () => {
  it("gives urgent cases one business hour to first response and one business day to resolution", () => {
    expect(SLA_TARGETS.urgent).toEqual({
      first_response: { businessHours: 1 },
      resolution: { businessDays: 1 },
    });
    expect(slaTargetMillis(cal, "urgent", "first_response")).toBe(HOUR);
    expect(slaTargetMillis(cal, "urgent", "resolution")).toBe(8 * HOUR);
    expect(slaTargetMillis(cal, "low", "resolution")).toBe(80 * HOUR);
  });
});

describe("evaluateSlaClock", () => {
  // Tuesday 2026-03-03 10:00 New York (15:00Z).
  const clock: SlaClock = {
    kind: "resolution",
    cycle: 0,
    startedAt: at("2026-03-03T15:00:00Z"),
    pauses: [],
    targetMillis: 8 * HOUR,
  };

  it("warns at 75% and is due at 100% of the business target", () => {
    const s = evaluateSlaClock(cal, clock, at("2026-03-03T16:00:00Z"));
    expect(s.status).toBe("running");
    expect(s.elapsedMillis).toBe(HOUR);
    // 6 business hours from Tue 10:00 = Tue 16:00; 8 h = Wed 10:00.
    expect(s.warnAt?.toISOString()).toBe("2026-03-03T21:00:00.000Z");
    expect(s.dueAt?.toISOString()).toBe("2026-03-04T15:00:00.000Z");
    expect(s.breached).toBe(false);
  });

  it("reports a breach once the due time has passed", () => {
    const s = evaluateSlaClock(cal, clock, at("2026-03-04T15:00:00Z"));
    expect(s.status).toBe("breached");
    expect(s.breached).toBe(true);
  });

  it("does not count time waiting on the employee", () => {
    // Paused Tue 11:00 → Thu 11:00: the 2 business days in between do not count.
    const paused: SlaClock = {
      ...clock,
      pauses: [{ from: at("2026-03-03T16:00:00Z"), to: at("2026-03-05T16:00:00Z") }],
    };
    const s = evaluateSlaClock(cal, paused, at("2026-03-05T17:00:00Z"));
    expect(s.elapsedMillis).toBe(2 * HOUR);
    // 1 h used before the pause, 7 h left from Thu 11:00 → Thu 17:00 (6 h) + Fri 10:00.
    expect(s.dueAt?.toISOString()).toBe("2026-03-06T15:00:00.000Z");
    expect(s.breached).toBe(false);
  });

  it("has no due time while paused and is marked paused", () => {
    const paused: SlaClock = { ...clock, pauses: [{ from: at("2026-03-03T16:00:00Z") }] };
    const s = evaluateSlaClock(cal, paused, at("2026-03-10T16:00:00Z"));
    expect(s.status).toBe("paused");
    expect(s.elapsedMillis).toBe(HOUR);
    expect(s.dueAt).toBeUndefined();
    expect(s.warnAt).toBeUndefined();
  });

  it("is met when stopped before the due time, and breached when stopped after", () => {
    expect(
      evaluateSlaClock(cal, { ...clock, stoppedAt: at("2026-03-03T20:00:00Z") }, at("2026-03-09T12:00:00Z")),
    ).toMatchObject({ status: "met", breached: false, dueAt: undefined });
    expect(
      evaluateSlaClock(cal, { ...clock, stoppedAt: at("2026-03-04T16:00:00Z") }, at("2026-03-09T12:00:00Z")),
    ).toMatchObject({ status: "breached", breached: true });
  });

  it("carries a due time across a weekend and the spring-forward change", () => {
    // Urgent resolution opened Friday 2026-03-06 15:00 EST (20:00Z): 2 h Friday, 6 h Monday (EDT) → 15:00 EDT = 19:00Z.
    const friday: SlaClock = { ...clock, startedAt: at("2026-03-06T20:00:00Z") };
    expect(evaluateSlaClock(cal, friday, at("2026-03-06T20:00:00Z")).dueAt?.toISOString()).toBe(
      "2026-03-09T19:00:00.000Z",
    );
  });
});

describe("deriveCaseSlaClocks", () => {
  const opened = at("2026-03-03T15:00:00Z");
  it("stops first response at the first specialist reply and pauses every running clock while waiting on the employee", () => {
    const timeline: CaseTimelineEvent[] = [
      { type: "opened", at: opened },
      { type: "state_changed", at: at("2026-03-03T15:10:00Z"), to: "claimed" },
      { type: "specialist_replied", at: at("2026-03-03T15:20:00Z") },
      { type: "state_changed", at: at("2026-03-03T15:20:00Z"), to: "waiting_on_employee" },
      { type: "state_changed", at: at("2026-03-04T15:00:00Z"), to: "waiting_on_specialist" },
      { type: "state_changed", at: at("2026-03-04T16:00:00Z"), to: "resolved" },
    ];
    const clocks = deriveCaseSlaClocks(cal, "urgent", timeline);
    expect(clocks.map((c) => [c.kind, c.cycle])).toEqual([
      ["first_response", 0],
      ["resolution", 0],
    ]);
    const [first, resolution] = clocks;
    expect(first?.stoppedAt).toEqual(at("2026-03-03T15:20:00Z"));
    expect(first?.pauses).toEqual([]);
    expect(resolution?.pauses).toEqual([
      { from: at("2026-03-03T15:20:00Z"), to: at("2026-03-04T15:00:00Z") },
    ]);
    const s = evaluateSlaClock(cal, resolution!, at("2026-03-05T00:00:00Z"));
    // 20 min before the pause + 1 h after it; the 8 business hours spent waiting do not count.
    expect(s.elapsedMillis).toBe(80 * 60_000);
    expect(s.status).toBe("met");
  });

  it("starts a new pair of clocks when the case is reopened", () => {
    const clocks = deriveCaseSlaClocks(cal, "normal", [
      { type: "opened", at: opened },
      { type: "state_changed", at: at("2026-03-03T16:00:00Z"), to: "claimed" },
      { type: "state_changed", at: at("2026-03-03T17:00:00Z"), to: "resolved" },
      { type: "state_changed", at: at("2026-03-05T15:00:00Z"), to: "reopened" },
    ]);
    expect(clocks.map((c) => [c.kind, c.cycle, c.stoppedAt?.toISOString()])).toEqual([
      ["first_response", 0, "2026-03-03T17:00:00.000Z"],
      ["resolution", 0, "2026-03-03T17:00:00.000Z"],
      ["first_response", 1, undefined],
      ["resolution", 1, undefined],
    ]);
    expect(clocks[2]?.startedAt).toEqual(at("2026-03-05T15:00:00Z"));
    expect(clocks[3]?.targetMillis).toBe(40 * HOUR);
  });

  it("resolving while waiting on the employee closes the pause", () => {
    const [, resolution] = deriveCaseSlaClocks(cal, "high", [
      { type: "opened", at: opened },
      { type: "state_changed", at: at("2026-03-03T16:00:00Z"), to: "claimed" },
      { type: "state_changed", at: at("2026-03-03T17:00:00Z"), to: "waiting_on_employee" },
      { type: "state_changed", at: at("2026-03-10T17:00:00Z"), to: "resolved" },
    ]);
    expect(resolution?.pauses).toEqual([
      { from: at("2026-03-03T17:00:00Z"), to: at("2026-03-10T17:00:00Z") },
    ]);
    expect(evaluateSlaClock(cal, resolution!, at("2026-03-11T00:00:00Z"))).toMatchObject({
      status: "met",
      elapsedMillis: 2 * HOUR,
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessMillis,
  type BusinessCalendar,
  businessMillisBetween,
  DEFAULT_ASO_CALENDAR,
  isBusinessTime,
  validateBusinessCalendar,
} from "../../../../src/core/cases/business-calendar";

const HOUR = 3_600_000;
const cal = DEFAULT_ASO_CALENDAR;
const at = (iso: string) => new Date(iso);

describe("business calendar", () => {
  it("counts only working hours inside one day", () => {
    // 2026-03-03 is a Tuesday; New York is UTC-5 in early March: 08:00–11:30 local holds 2.5 working hours.
    expect(businessMillisBetween(cal, at("2026-03-03T13:00:00Z"), at("2026-03-03T16:30:00Z"))).toBe(
      2.5 * HOUR,
    );
    expect(businessMillisBetween(cal, at("2026-03-03T11:00:00Z"), at("2026-03-03T23:00:00Z"))).toBe(8 * HOUR);
  });

  it("skips the weekend", () => {
    // Friday 16:00 → Monday 10:00 New York = 1 h Friday + 1 h Monday.
    expect(businessMillisBetween(cal, at("2026-02-20T21:00:00Z"), at("2026-02-23T15:00:00Z"))).toBe(2 * HOUR);
    expect(addBusinessMillis(cal, at("2026-02-20T21:00:00Z"), 2 * HOUR).toISOString()).toBe(
      "2026-02-23T15:00:00.000Z",
    );
  });

  it("skips holidays", () => {
    // Friday 2026-01-16 16:00 + 2 h: Monday 2026-01-19 is MLK Day, so Tuesday 10:00.
    expect(addBusinessMillis(cal, at("2026-01-16T21:00:00Z"), 2 * HOUR).toISOString()).toBe(
      "2026-01-20T15:00:00.000Z",
    );
    expect(businessMillisBetween(cal, at("2026-01-19T00:00:00Z"), at("2026-01-20T00:00:00Z"))).toBe(0);
    expect(isBusinessTime(cal, at("2026-01-19T15:00:00Z"))).toBe(false);
  });

  it("follows the spring-forward change: local office hours keep their local times", () => {
    // Friday 2026-03-06 16:00 EST (21:00Z) + 2 h → Monday 2026-03-09 10:00 EDT = 14:00Z, not 15:00Z.
    expect(addBusinessMillis(cal, at("2026-03-06T21:00:00Z"), 2 * HOUR).toISOString()).toBe(
      "2026-03-09T14:00:00.000Z",
    );
    expect(businessMillisBetween(cal, at("2026-03-06T21:00:00Z"), at("2026-03-09T14:00:00Z"))).toBe(2 * HOUR);
  });

  it("follows the fall-back change", () => {
    // Friday 2026-10-30 16:00 EDT (20:00Z) + 2 h → Monday 2026-11-02 10:00 EST = 15:00Z.
    expect(addBusinessMillis(cal, at("2026-10-30T20:00:00Z"), 2 * HOUR).toISOString()).toBe(
      "2026-11-02T15:00:00.000Z",
    );
  });

  it("counts real hours on a day whose clock jumps inside the working window", () => {
    const allDay: BusinessCalendar = {
      ...cal,
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      opens: "00:00",
      closes: "23:59",
    };
    // On 2026-03-08 New York loses the 02:00–03:00 hour: 00:00→12:00 local is only 11 real hours.
    expect(businessMillisBetween(allDay, at("2026-03-08T05:00:00Z"), at("2026-03-08T16:00:00Z"))).toBe(
      11 * HOUR,
    );
    // On 2026-11-01 it gains one: 00:00→12:00 local is 13 real hours.
    expect(businessMillisBetween(allDay, at("2026-11-01T04:00:00Z"), at("2026-11-01T17:00:00Z"))).toBe(
      13 * HOUR,
    );
  });

  it("starts counting at the next opening when started outside hours, and lands on closing time exactly", () => {
    // Saturday → Monday 09:00 + 8 h = Monday 17:00 (not Tuesday 09:00).
    expect(addBusinessMillis(cal, at("2026-02-21T15:00:00Z"), 8 * HOUR).toISOString()).toBe(
      "2026-02-23T22:00:00.000Z",
    );
    expect(addBusinessMillis(cal, at("2026-02-21T15:00:00Z"), 0).toISOString()).toBe(
      "2026-02-21T15:00:00.000Z",
    );
  });

  it("is zero for an empty or reversed interval", () => {
    expect(businessMillisBetween(cal, at("2026-03-03T16:00:00Z"), at("2026-03-03T14:00:00Z"))).toBe(0);
  });

  it("rejects calendars it cannot use", () => {
    expect(() => validateBusinessCalendar({ ...cal, zone: "Mars/Olympus" })).toThrow(/time zone/);
    expect(() => validateBusinessCalendar({ ...cal, workingDays: [] })).toThrow(/workingDays/);
    expect(() => validateBusinessCalendar({ ...cal, opens: "18:00" })).toThrow(/before closes/);
    expect(() => validateBusinessCalendar(cal)).not.toThrow();
    expect(() => addBusinessMillis({ ...cal, workingDays: [] }, at("2026-03-03T16:00:00Z"), HOUR)).toThrow(
      /no working time/,
    );
  });

  it("adding then measuring gives back the same business time (property)", () => {
    const starts = [
      "2026-03-06T20:30:00Z",
      "2026-10-30T19:15:00Z",
      "2026-12-24T21:59:00Z",
      "2026-07-02T12:00:00Z",
    ];
    for (const s of starts)
      for (const h of [0.25, 1, 7.5, 8, 9, 40, 100]) {
        const end = addBusinessMillis(cal, at(s), h * HOUR);
        expect(businessMillisBetween(cal, at(s), end)).toBe(h * HOUR);
      }
  });

  it("never counts more than the wall-clock time, and adding then measuring round-trips (fast-check, 2026 incl. DST)", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const end = Date.parse("2027-01-01T00:00:00Z");
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 200 * 60 }),
        fc.integer({ min: 0, max: 30 * 24 * 60 }),
        (from, businessMinutes, wallMinutes) => {
          const a = new Date(from);
          const due = addBusinessMillis(cal, a, businessMinutes * 60_000);
          expect(businessMillisBetween(cal, a, due)).toBe(businessMinutes * 60_000);
          const b = new Date(from + wallMinutes * 60_000);
          expect(businessMillisBetween(cal, a, b)).toBeLessThanOrEqual(wallMinutes * 60_000);
        },
      ),
      { numRuns: 300, seed: 2026 },
    );
  });
});

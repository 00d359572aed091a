import { describe, expect, it } from "vitest";
import { extractSlot, extractSlots } from "../../../src/conversation/slot-extraction";

// 2026-11-25T06:30Z is Tuesday Nov 24, 22:30 in Los Angeles but already Wednesday in New York.
const now = new Date("2026-11-25T06:30:00Z");
const la = { timezone: "America/Los_Angeles", now };
const ny = { timezone: "America/New_York", now };

describe("extractSlots", () => {
  it("resolves 'yesterday' in the person's own timezone", () => {
    expect(extractSlots("submit 9 hours for yesterday", la)).toMatchObject({
      date: "2026-11-23",
      hours: "9",
    });
    expect(extractSlots("submit 9 hours for yesterday", ny)).toMatchObject({
      date: "2026-11-24",
      hours: "9",
    });
  });

  it("reads ranges across a year end", () => {
    expect(extractSlots("vacation Dec 22 to Jan 2", la)).toMatchObject({
      dateRange: { start: "2026-12-22", end: "2027-01-02" },
      ptoType: "vacation",
    });
  });

  it("reads next week as Monday to Friday", () => {
    expect(extractSlots("taking next week off", la).dateRange).toEqual({
      start: "2026-11-30",
      end: "2026-12-04",
    });
  });

  it.each([
    ["log 7.5 hrs today", { hours: "7.5", date: "2026-11-24" }],
    ["eight and a half hours on monday", { hours: "8.5" }],
    ["put $1,500 into my HSA", { amount: "1500", planType: "hsa" }],
    ["add $1.5k to my fsa", { amount: "1500", planType: "fsa" }],
    ["sick day tomorrow", { ptoType: "sick", date: "2026-11-25" }],
    ["whats my dental deductible", { planType: "dental", topic: "deductible" }],
    ["change my 401(k) to 6%", { planType: "401k" }],
    ["does vision cover glasses", { planType: "vision" }],
    ["how much life insurance do i have", { planType: "life" }],
    [
      "we had a baby on November 3rd",
      { lifeEventType: "birth", lifeEventDate: "2026-11-03", dependentRelation: "child" },
    ],
    [
      "I got married last Saturday, add my wife",
      { lifeEventType: "marriage", dependentRelation: "spouse", lifeEventDate: "2026-11-21" },
    ],
    ["add my domestic partner", { dependentRelation: "domestic_partner" }],
    ["my husband lost his insurance", { lifeEventType: "loss_of_coverage", dependentRelation: "spouse" }],
  ])("reads %s", (text, expected) => {
    expect(extractSlots(text, la)).toMatchObject(expected);
  });

  it("reads a bare number as the hours answer and a day as the date answer", () => {
    expect(extractSlot("7.5", "hours", la)).toEqual({ hours: "7.5" });
    expect(extractSlot("yesterday", "date", la)).toEqual({ date: "2026-11-23" });
    expect(extractSlot("banana", "date", la)).toBeUndefined();
  });
});

describe("a bare weekday", () => {
  // Wednesday Nov 25, 2026 in New York.
  const wed = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };
  it("is the past one for hours worked and the coming one for time off", () => {
    expect(extractSlots("I had 10 hrs on Sat", { ...wed, prefer: "past" }).date).toBe("2026-11-21");
    expect(extractSlots("can I take Monday off", { ...wed, prefer: "future" }).date).toBe("2026-11-30");
  });
});

describe("extractSlots: PTO actions and documents", () => {
  const ctx = { timezone: "America/New_York", now: new Date("2026-11-25T15:00:00Z") };
  it.each([
    ["please cancel my vacation", "cancel"],
    ["withdraw my time off request", "cancel"],
    ["I don't need Friday off anymore", "cancel"],
    ["can I move my PTO to next week?", "change"],
    ["reschedule my vacation to Dec 14", "change"],
  ])("reads %j as a PTO %s", (text, action) => {
    expect(extractSlots(text, ctx).ptoAction).toBe(action);
  });

  it("leaves a plain time-off request and a life event without a PTO action", () => {
    expect(extractSlots("I'd like Dec 7 off", ctx).ptoAction).toBeUndefined();
    expect(extractSlots("we are moving to Ohio", ctx).ptoAction).toBeUndefined();
  });

  it.each([
    ["send me my pay stub", "pay_stub"],
    ["can I get my paystub from last month", "pay_stub"],
    ["I need an employment verification letter", "employment_verification"],
    ["I need proof of employment for a mortgage", "employment_verification"],
    ["can I see my W-2", "w2"],
    ["my W-2 for 2026", "w2"],
    ["show me my 2025 w2", "w2"],
    ["what's on my W-2?", "w2"],
    ["send me a copy of my W-2", "w2"],
  ])("reads %j as a request for a %s", (text, document) => {
    expect(extractSlots(text, ctx).document).toBe(document);
  });

  it.each([
    "when do W-2s come out?",
    "my W-2 is wrong, the wages are off",
    "please fix my W-2",
    "I need a corrected W-2",
  ])("reads %j as no document to send or show", (text) => {
    expect(extractSlots(text, ctx).document).toBeUndefined();
  });
});

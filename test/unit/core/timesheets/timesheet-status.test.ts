import { describe, expect, it } from "vitest";
import { transitionTimesheet } from "../../../../src/core/timesheets/timesheet-status";

describe("transitionTimesheet", () => {
  it("moves draft → submitted → approved", () => {
    expect(transitionTimesheet("draft", "submit")).toEqual({ ok: true, status: "submitted" });
    expect(transitionTimesheet("submitted", "approve")).toEqual({ ok: true, status: "approved" });
  });

  it("moves a rejected timesheet to resubmitted, which can then be approved or rejected again", () => {
    expect(transitionTimesheet("submitted", "reject")).toEqual({ ok: true, status: "rejected" });
    expect(transitionTimesheet("rejected", "edit")).toEqual({ ok: true, status: "rejected" });
    expect(transitionTimesheet("rejected", "submit")).toEqual({ ok: true, status: "resubmitted" });
    expect(transitionTimesheet("resubmitted", "approve")).toEqual({ ok: true, status: "approved" });
    expect(transitionTimesheet("resubmitted", "reject")).toEqual({ ok: true, status: "rejected" });
  });

  it("locks a submitted timesheet against edits and a second submit", () => {
    expect(transitionTimesheet("submitted", "edit")).toEqual({ ok: false, reason: "not_editable" });
    expect(transitionTimesheet("submitted", "submit")).toEqual({ ok: false, reason: "not_submittable" });
  });

  it("treats approved as final", () => {
    expect(transitionTimesheet("approved", "approve")).toEqual({ ok: false, reason: "already_decided" });
    expect(transitionTimesheet("approved", "reject")).toEqual({ ok: false, reason: "already_decided" });
    expect(transitionTimesheet("approved", "edit")).toEqual({ ok: false, reason: "not_editable" });
  });

  it("refuses to decide a draft", () => {
    expect(transitionTimesheet("draft", "approve")).toEqual({ ok: false, reason: "not_pending" });
  });
});

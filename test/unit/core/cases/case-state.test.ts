import { describe, expect, it } from "vitest";
import {
  CASE_ACTIONS,
  CASE_STATES,
  canApplyCaseAction,
  InvalidCaseTransitionError,
  nextCaseState,
} from "../../../../src/core/cases/case-state";

describe("case state machine", () => {
  it("walks the happy path new → claimed → waiting → resolved → closed", () => {
    let s = nextCaseState("new", "claim");
    expect(s).toBe("claimed");
    s = nextCaseState(s, "wait_on_employee");
    expect(s).toBe("waiting_on_employee");
    s = nextCaseState(s, "wait_on_specialist");
    expect(s).toBe("waiting_on_specialist");
    s = nextCaseState(s, "resolve");
    expect(s).toBe("resolved");
    expect(nextCaseState(s, "close")).toBe("closed");
  });

  it("reopens a resolved or closed case, which must be claimed again", () => {
    expect(nextCaseState("resolved", "reopen")).toBe("reopened");
    expect(nextCaseState("closed", "reopen")).toBe("reopened");
    expect(nextCaseState("reopened", "claim")).toBe("claimed");
  });

  it("keeps the state on a transfer of a worked case and assigns an unowned one", () => {
    expect(nextCaseState("waiting_on_employee", "transfer")).toBe("waiting_on_employee");
    expect(nextCaseState("new", "transfer")).toBe("claimed");
  });

  it("rejects transitions that are not in the table", () => {
    expect(() => nextCaseState("claimed", "claim")).toThrow(InvalidCaseTransitionError);
    expect(() => nextCaseState("new", "resolve")).toThrow("a case in state new cannot be resolved");
    expect(() => nextCaseState("closed", "resolve")).toThrow(InvalidCaseTransitionError);
    expect(() => nextCaseState("resolved", "claim")).toThrow(InvalidCaseTransitionError);
  });

  it("agrees with canApplyCaseAction for every state and action", () => {
    let allowed = 0;
    for (const s of CASE_STATES)
      for (const a of CASE_ACTIONS) {
        if (canApplyCaseAction(s, a)) {
          allowed++;
          expect(CASE_STATES).toContain(nextCaseState(s, a));
        } else expect(() => nextCaseState(s, a)).toThrow(InvalidCaseTransitionError);
      }
    expect(allowed).toBe(17);
  });
});

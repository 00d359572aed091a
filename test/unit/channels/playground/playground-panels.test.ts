import { describe, expect, it } from "vitest";
import { type PanelDeps, panelsFor } from "../../../../src/channels/playground/playground-panels";
import type { Actor } from "../../../../src/core/policy/actor";

/** Deps whose queue answers counts and whose domains have nothing (their panels stay hidden). */
function deps(): PanelDeps {
  const failing = new Proxy({}, { get: () => () => Promise.reject(new Error("no data")) });
  return {
    payroll: failing,
    timesheets: failing,
    cases: failing,
    queue: {
      queue: () => ({
        getJobCounts: async () => ({ waiting: 1, active: 0, delayed: 0, completed: 3, failed: 0 }),
      }),
    },
    now: () => new Date("2026-12-03T15:00:00Z"),
  } as unknown as PanelDeps;
}

const employee: Actor = {
  kind: "employee",
  employeeId: "emp-1",
  clientId: "client-1",
  roles: ["employee", "client_admin"],
  name: "Ann Employee",
  timezone: "America/New_York",
};
const specialist: Actor = {
  kind: "staff",
  staffId: "s-1",
  roles: ["specialist"],
  name: "Dana Staff",
  timezone: "America/Chicago",
};

describe("playground panels", () => {
  it("show an employee (a client admin too) no job queue: internal queue names are for staff", async () => {
    const panels = await panelsFor(deps(), employee);
    expect(panels.jobs).toBeUndefined();
    expect(JSON.stringify(panels)).not.toMatch(/queue/i);
  });

  it("show ASO staff the job queue counts", async () => {
    const panels = await panelsFor(deps(), specialist);
    expect(panels.jobs?.length).toBeGreaterThan(0);
    expect(panels.jobs?.[0]).toMatchObject({ waiting: 1, completed: 3 });
  });
});

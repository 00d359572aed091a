import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCase } from "../../../src/app/cases/claim-case";
import { fireSlaTimer } from "../../../src/app/cases/fire-sla-timer";
import { openCase } from "../../../src/app/cases/open-case";
import { sendCaseNotification } from "../../../src/app/cases/send-case-notification";
import { DEFAULT_ASO_CALENDAR } from "../../../src/core/cases/business-calendar";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "./case-fixtures";

describe("SLA warnings and the ASO calendar", () => {
  let db: TestDatabase;
  let world: CaseWorld;
  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedCaseWorld(db.prisma);
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it("warns the owner once at 75% of the target", async () => {
    const { deps, clock, jobs, notifier } = manualDeps(db, "2026-03-03T15:00:00Z");
    const opened = await openCase(deps, {
      actor: world.employee,
      origin: "talk_to_human",
      priority: "urgent",
      transcript: [{ role: "employee", text: "urgent please" }],
    });
    await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
    const warn = jobs
      .take()
      .timers.find((t) => t.kind === "warn" && t.at.toISOString() === "2026-03-03T15:45:00.000Z");
    expect(warn).toBeDefined();

    clock.set("2026-03-03T15:40:00Z");
    // Too early for the planned instant: the job is retried, nothing is sent.
    await expect(fireSlaTimer(deps, { ...warn!, at: warn!.at.toISOString() })).rejects.toThrow(/ran before/);
    clock.set("2026-03-03T15:45:00Z");
    expect(await fireSlaTimer(deps, { ...warn!, at: warn!.at.toISOString() })).toBe("sent");
    expect(await fireSlaTimer(deps, { ...warn!, at: warn!.at.toISOString() })).toBe("already_sent");
    for (const id of jobs.take().notifications) await sendCaseNotification(deps, { notificationId: id });
    const warnings = notifier.delivered.filter((n) =>
      JSON.stringify(n.reply).includes("75% of the first response target"),
    );
    expect(warnings.map((n) => n.recipient)).toEqual([{ kind: "staff", staffId: world.specialist.staffId }]);
  });

  it("plans due times with the ASO calendar stored in settings (its holidays and hours)", async () => {
    const { deps, jobs } = manualDeps(db, "2026-03-03T21:00:00Z");
    // Office closes at 17:00; Wednesday 2026-03-04 declared a holiday.
    await deps.cases.saveCalendar({
      ...DEFAULT_ASO_CALENDAR,
      holidays: [...DEFAULT_ASO_CALENDAR.holidays, { date: "2026-03-04", name: "Office move" }],
    });
    try {
      await openCase(deps, {
        actor: world.employee,
        origin: "sensitive_report",
        transcript: [{ role: "employee", text: "I was threatened at work" }],
      });
      // Opened Tuesday 16:00 New York. First response (1 business hour): Tuesday 17:00 (22:00Z).
      // Resolution (one 8 h business day): 1 h Tuesday, the Wednesday holiday skipped, 7 h Thursday
      // → Thursday 16:00 (21:00Z).
      const timers = jobs
        .take()
        .timers.filter((t) => t.kind === "breach")
        .map((t) => t.at.toISOString());
      expect(timers).toEqual(["2026-03-03T22:00:00.000Z", "2026-03-05T21:00:00.000Z"]);
    } finally {
      await deps.cases.saveCalendar(DEFAULT_ASO_CALENDAR);
    }
  });
});

import { describe, expect, it } from "vitest";
import { benefitsQuestionText } from "../../../../src/app/benefits/benefits-question-dialog";
import type { BenefitsServices } from "../../../../src/app/benefits/benefits-services";
import { createBenefitsCommands } from "../../../../src/app/benefits/commands";
import { createLifeEventDialog } from "../../../../src/app/benefits/life-event-dialog";
import type { DialogContext } from "../../../../src/conversation/dialog";
import type { Actor } from "../../../../src/core/policy/actor";

const actor: Actor = {
  kind: "employee",
  employeeId: "e1",
  clientId: "c1",
  roles: ["employee"],
  name: "Kevin",
  timezone: "America/New_York",
};

function ctx(slots: DialogContext["slots"], extra: Partial<DialogContext> = {}): DialogContext {
  return {
    actor,
    channel: "playground",
    conversationKey: "k",
    now: new Date("2026-03-02T15:00:00Z"),
    timezone: "America/New_York",
    intent: "life_event",
    slots,
    ...extra,
  } as DialogContext;
}

const commands = createBenefitsCommands({
  services: {} as BenefitsServices,
  enqueueApplyElection: async () => {},
});

describe("life_event dialog", () => {
  const dialog = createLifeEventDialog({ services: {} as BenefitsServices, commands });

  it("asks for confirmation before recording the event, with a typed command", async () => {
    const outcome = await dialog.run(ctx({ lifeEventType: "marriage", lifeEventDate: "2026-02-14" }));
    expect(outcome).toMatchObject({
      kind: "confirm",
      command: { name: "benefits.report_life_event", args: { type: "marriage", eventDate: "2026-02-14" } },
    });
  });

  it("re-asks for a date in the future", async () => {
    const outcome = await dialog.run(ctx({ lifeEventType: "birth", lifeEventDate: "2026-04-01" }));
    expect(outcome).toMatchObject({ kind: "ask", slot: "lifeEventDate" });
  });

  it("hands events it cannot process itself to a person", async () => {
    const outcome = await dialog.run(ctx({ lifeEventType: "death", lifeEventDate: "2026-02-01" }));
    expect(outcome).toMatchObject({ kind: "handoff", origin: "talk_to_human" });
  });
});

describe("benefitsQuestionText", () => {
  it("uses the message when the engine passes it and rebuilds a follow-up from the slots", () => {
    expect(benefitsQuestionText({ ...ctx({}), text: "Is acupuncture covered?" }, {})).toBe(
      "Is acupuncture covered?",
    );
    expect(
      benefitsQuestionText({ ...ctx({}), text: "and dental?" }, { topic: "deductible", planType: "dental" }),
    ).toBe("What is my dental deductible?");
  });
});

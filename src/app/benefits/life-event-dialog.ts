import { type Dialog, defineDialog } from "../../conversation/dialog";
import { LIFE_EVENT_TYPES as CORE_LIFE_EVENTS, type LifeEventType } from "../../core/benefits/plan";
import type { BenefitsDialogServices } from "./benefits-question-dialog";
import { localIsoDate } from "./report-life-event";

const LABELS: Record<LifeEventType, string> = {
  marriage: "marriage",
  birth: "birth of your child",
  adoption: "adoption",
  divorce: "divorce",
  loss_of_coverage: "loss of other coverage",
  move: "move",
};

/**
 * `life_event`: "I got married", "we had a baby". Asks which event and when, then confirms before
 * recording it; the confirmed event opens its special enrollment window and shows the change form.
 * Events the core does not treat as qualifying here (death, gaining coverage) go to a person.
 */
export function createLifeEventDialog({ commands }: BenefitsDialogServices): Dialog {
  return defineDialog({
    intent: "life_event",
    slots: [
      {
        slot: "lifeEventType",
        question: "What happened?",
        choices: CORE_LIFE_EVENTS.map((t) => ({
          value: t,
          label: LABELS[t][0]!.toUpperCase() + LABELS[t].slice(1),
        })),
      },
      { slot: "lifeEventDate", question: "On what date did it happen?", when: (s) => s.date === undefined },
    ],
    async run(ctx) {
      const type = ctx.slots.lifeEventType;
      const eventDate = ctx.slots.lifeEventDate ?? ctx.slots.date;
      if (!type || !(CORE_LIFE_EVENTS as readonly string[]).includes(type)) {
        return {
          kind: "handoff",
          origin: "talk_to_human",
          category: "benefits",
          priority: "normal",
          summary: "Life event that needs a specialist",
          acknowledgement: "An HR specialist will help you with the changes for this event.",
        };
      }
      if (!eventDate) return { kind: "ask", slot: "lifeEventDate", question: "On what date did it happen?" };
      if (eventDate > localIsoDate(ctx.now, ctx.timezone)) {
        return {
          kind: "ask",
          slot: "lifeEventDate",
          question: "That date is in the future. On what date did it happen?",
        };
      }
      const label = LABELS[type as LifeEventType];
      return {
        kind: "confirm",
        text: `Record your ${label} on ${eventDate}? This opens a window to change your benefits.`,
        confirmLabel: "Record it",
        cancelLabel: "Change",
        command: commands.reportEvent.ref({ type: type as LifeEventType, eventDate }),
        personal: true,
      };
    },
  });
}

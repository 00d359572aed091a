import { defineDialog } from "../dialog";

/** Any request for a person: open a case at normal priority and say who will answer. */
export const talkToHumanDialog = defineDialog({
  intent: "talk_to_human",
  async run() {
    return {
      kind: "handoff",
      origin: "talk_to_human",
      category: "general",
      priority: "normal",
      summary: "Employee asked to talk to a person",
      acknowledgement:
        "I've asked an HR specialist to pick this up. They'll reply right here, usually within one business day.",
    };
  },
});

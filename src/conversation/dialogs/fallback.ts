import type { Dialog } from "../dialog";
import { INTENT_INFO, type IntentName } from "../intents";

/**
 * The honest answer for an intent whose domain dialog is not registered yet: say so and offer a
 * person — never a guess.
 */
export function createFallbackDialog(intent: IntentName): Dialog {
  return {
    intent,
    async run() {
      const what = INTENT_INFO[intent].label.toLowerCase();
      return {
        kind: "answer",
        rememberTopic: false,
        replies: [
          {
            blocks: [
              {
                kind: "text",
                text: `I understood this as “${what}”, but I can't do that here yet. Would you like a person from HR to help?`,
              },
              {
                kind: "actions",
                buttons: [
                  {
                    label: "Talk to a person",
                    style: "primary",
                    command: { name: "conversation.talk_to_human", args: {} },
                  },
                  { label: "No thanks", command: { name: "conversation.cancel", args: {} } },
                ],
              },
            ],
          },
        ],
      };
    },
  };
}

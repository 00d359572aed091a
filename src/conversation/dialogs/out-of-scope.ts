import { type DialogOutcome, defineDialog } from "../dialog";

/** Anything outside HR: say so plainly and point to what the assistant does. */
export const outOfScopeDialog = defineDialog({
  intent: "out_of_scope",
  async run(): Promise<DialogOutcome> {
    return {
      kind: "answer",
      rememberTopic: false,
      replies: [
        {
          blocks: [
            {
              kind: "text",
              text: "That's outside what I can help with. I handle pay, taxes, benefits, time off, timesheets and HR questions — or I can connect you with a person.",
            },
            {
              kind: "actions",
              buttons: [
                {
                  label: "What can you do?",
                  command: { name: "conversation.choose_intent", args: { intent: "greeting_help" } },
                },
                { label: "Talk to a person", command: { name: "conversation.talk_to_human", args: {} } },
              ],
            },
          ],
        },
      ],
    };
  },
});

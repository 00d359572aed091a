import { defineDialog } from "../dialog";
import type { Button } from "../reply";

/** Opens the pay-run desk (the `payroll.desk` command, registered by the payroll wiring). */
const PAY_RUN_DESK_BUTTON: Button = { label: "Pay runs", command: { name: "payroll.desk", args: {} } };

const CAPABILITIES = [
  "check your PTO balance or request time off",
  "log hours and check your timesheet",
  "answer questions about your paycheck, tax withholding and direct deposit",
  "answer questions about your benefits and enrollments, and report a life event",
  "show managers what is waiting for their approval",
  "connect you with an HR specialist at any time",
];

/** Greetings, thanks and "what can you do?". */
export const greetingHelpDialog = defineDialog({
  intent: "greeting_help",
  async run(ctx) {
    const name = ctx.actor.kind === "system" ? "" : ` ${ctx.actor.name.split(" ")[0]}`;
    return {
      kind: "answer",
      rememberTopic: false,
      replies: [
        {
          blocks: [
            { kind: "text", text: `Hi${name}! I'm the HR assistant. I can:` },
            { kind: "text", text: CAPABILITIES.map((c) => `• ${c}`).join("\n") },
            {
              kind: "text",
              text: "Just ask in your own words, e.g. “how much PTO do I have?”. Say *cancel* at any time to stop.",
            },
            // A client admin runs their company's payroll from here; the desk re-checks the role.
            ...(ctx.actor.kind === "employee" && ctx.actor.roles.includes("client_admin")
              ? [{ kind: "actions" as const, buttons: [PAY_RUN_DESK_BUTTON] }]
              : []),
          ],
        },
      ],
    };
  },
});

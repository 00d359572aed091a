import { defineDialog } from "../dialog";

/** FMLA, parental, medical or other extended leave: always handled by a specialist. */
export const leaveOfAbsenceDialog = defineDialog({
  intent: "leave_of_absence",
  async run() {
    return {
      kind: "handoff",
      origin: "leave_of_absence",
      category: "leave_of_absence",
      priority: "high",
      summary: "Leave of absence request",
      acknowledgement:
        "Leaves of absence are handled by an HR specialist, who will walk you through eligibility and paperwork. I've opened a request for you.",
    };
  },
});

import type { SensitiveKind } from "../case-desk";
import { defineDialog } from "../dialog";

const SENSITIVE_KINDS: readonly SensitiveKind[] = [
  "harassment",
  "discrimination",
  "retaliation",
  "threat",
  "safety",
  "abuse",
];

/**
 * Harassment, discrimination, retaliation, threats, violence, safety or abuse. The assistant never
 * answers these itself: it acknowledges, opens an urgent case and connects a person. The case
 * summary carries no message text (the transcript goes to the case, never to logs).
 */
export const sensitiveReportDialog = defineDialog({
  intent: "sensitive_report",
  async run(ctx) {
    const kind = SENSITIVE_KINDS.find((k) => k === ctx.slots.topic);
    return {
      kind: "handoff",
      origin: "sensitive_report",
      // No kind recognised: the case desk reads it from the words (core/cases classifySensitiveCategory);
      // the case is urgent and seniors-only either way.
      category: kind ?? "unclassified",
      priority: "urgent",
      summary: "Sensitive report (harassment/discrimination/retaliation/safety) — needs a specialist",
      acknowledgement:
        "Thank you for telling us. I'm not able to handle this myself, so I've passed it to an HR specialist, who will contact you directly and confidentially. If anyone is in immediate danger, call 911.",
    };
  },
});

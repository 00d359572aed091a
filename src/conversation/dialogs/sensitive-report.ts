import { SENSITIVE_CASE_CATEGORIES } from "../../core/cases/case-kinds";
import type { SensitiveKind } from "../case-desk";
import { defineDialog } from "../dialog";

const SENSITIVE_KINDS: readonly SensitiveKind[] = SENSITIVE_CASE_CATEGORIES;

/**
 * Crisis reply for thoughts of suicide or self-harm: caring, immediate, with the 988 Suicide & Crisis
 * Lifeline (call or text 988, chat at 988lifeline.org) before anything about cases.
 */
export const SELF_HARM_ACKNOWLEDGEMENT = selfHarmAcknowledgement(null);

function selfHarmAcknowledgement(assistanceProgram: string | null): string {
  const eap = assistanceProgram
    ? `Your employer's employee assistance program is free and confidential too: "${assistanceProgram}" `
    : "Your employer's employee assistance program (EAP), if it has one, is free and confidential too. ";
  return (
    "I'm really sorry you're feeling this way, and I'm glad you told me. You don't have to go through this alone: " +
    "you can call or text 988 (the Suicide & Crisis Lifeline) any time, day or night, or chat at 988lifeline.org. " +
    `If you're in immediate danger, call 911. ${eap}` +
    "I've also asked a senior HR specialist to reach out to you personally."
  );
}

/** Threats or violence: safety first, then a person. */
export const THREAT_ACKNOWLEDGEMENT =
  "If you or anyone is in danger right now, call 911 and get to a safe place. I've passed this to a senior HR specialist, " +
  "who will contact you directly and confidentially.";

const DEFAULT_ACKNOWLEDGEMENT =
  "Thank you for telling us. I'm not able to handle this myself, so I've passed it to an HR specialist, who will contact you directly and confidentially. If anyone is in immediate danger, call 911.";

/**
 * Harassment, discrimination, retaliation, threats, violence, safety or abuse. The assistant never
 * answers these itself: it acknowledges, opens an urgent case and connects a person. The case
 * summary carries no message text (the transcript goes to the case, never to logs).
 */
export function createSensitiveReportDialog(
  options: {
    /** The client's employee assistance program as its documents state it (crisis replies quote it). */
    assistanceProgram?: (clientId: string) => Promise<string | null>;
  } = {},
) {
  return defineDialog({
    intent: "sensitive_report",
    async run(ctx) {
      const kind = SENSITIVE_KINDS.find((k) => k === ctx.slots.topic);
      // The lookup never delays or blocks the crisis reply: a failure falls back to the general line.
      const eap =
        kind === "self_harm" && options.assistanceProgram && "clientId" in ctx.actor
          ? await options.assistanceProgram(ctx.actor.clientId).catch(() => null)
          : null;
      return {
        kind: "handoff",
        origin: "sensitive_report",
        // No kind recognised: the case desk reads it from the words (core/cases classifySensitiveCategory);
        // the case is urgent and seniors-only either way.
        category: kind ?? "unclassified",
        priority: "urgent",
        summary: "Sensitive report (harassment/discrimination/retaliation/safety) — needs a specialist",
        acknowledgement:
          kind === "self_harm"
            ? selfHarmAcknowledgement(eap)
            : kind === "threat"
              ? THREAT_ACKNOWLEDGEMENT
              : DEFAULT_ACKNOWLEDGEMENT,
      };
    },
  });
}

export const sensitiveReportDialog = createSensitiveReportDialog();

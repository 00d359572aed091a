import { randomUUID } from "node:crypto";
import type { Reply } from "../../conversation/reply";
import { isoDay } from "../../core/calendar/iso-date";
import { defaultPayDate, nextPeriodEnd } from "../../core/ledger/pay-period";
import { type Actor, actorLabel } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import type { WithholdingRepository } from "../../db/withholding-repository";
import { DomainError } from "../../errors/domain-error";
import type { Notifier } from "../notifier";
import type { PayrollDeps } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";
import { previewPaycheckChange, previewReply } from "./preview-paycheck-change";
import { certificateFacts, readW4Form, type W4FormArgs, w4FormBlock } from "./w4-form";

/** What changing a W-4 in chat works with. */
export type WithholdingDeps = {
  payroll: PayrollDeps;
  certificates: WithholdingRepository;
  notifier: Notifier;
};

/** The statement Form W-4 Step 5 asks the employee to sign. */
export const W4_PERJURY_STATEMENT =
  "Under penalties of perjury, I declare that this certificate, to the best of my knowledge and belief, is true, correct, and complete.";

export const W4_COMMANDS = { preview: "payroll.preview_w4", sign: "payroll.sign_w4" } as const;

function requireEmployee(actor: Actor): Extract<Actor, { kind: "employee" }> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not sign another person's W-4`, {
      userMessage: "A W-4 is changed by the employee it belongs to.",
    });
  return actor;
}

const today = (deps: WithholdingDeps) => isoDay(deps.payroll.clock.now());

/** The W-4 form, prefilled with the certificate on file (employees only, their own). */
export async function showW4Form(deps: WithholdingDeps, actor: Actor): Promise<Reply> {
  const me = requireEmployee(actor);
  const current = await deps.certificates.current(me.employeeId);
  return {
    personal: true,
    blocks: [
      {
        kind: "text",
        text: "Fill in your new W-4. I'll show what it does to your take-home pay before you sign; nothing changes until you do.",
      },
      w4FormBlock(current?.federalW4, { name: W4_COMMANDS.preview, args: {} }, current?.stateW4),
    ],
  };
}

/**
 * The submitted form, checked (a bad value is refused naming its field, nothing saved), with the
 * engine's preview on the last paycheck and the signature step: the employee signs under penalties
 * of perjury with an explicit click. The sign button carries the form's values and a fresh key, so a
 * double click signs once.
 */
export async function prepareW4Change(
  deps: WithholdingDeps,
  actor: Actor,
  args: W4FormArgs,
): Promise<Reply[]> {
  requireEmployee(actor);
  const certificate = readW4Form(args, today(deps));
  const preview = await previewPaycheckChange(deps.payroll, actor, {
    kind: "federal_w4",
    federalW4: certificate.federalW4,
    stateW4: certificate.stateW4,
  });
  const signArgs: Record<string, string> = { signatureKey: randomUUID() };
  for (const [k, v] of Object.entries(args)) if (typeof v === "string" && v !== "") signArgs[k] = v;
  return [
    {
      personal: true,
      blocks: [{ kind: "facts", title: "Your new W-4", facts: certificateFacts(certificate) }],
    },
    preview.preview
      ? previewReply({ kind: "federal_w4", federalW4: certificate.federalW4 }, preview.preview)
      : preview.reply,
    {
      personal: true,
      blocks: [
        {
          kind: "confirm",
          text: `${W4_PERJURY_STATEMENT}\nClick *Sign* to sign and submit it; it applies from your next pay run that hasn't started.`,
          confirm: { label: "Sign", style: "primary", command: { name: W4_COMMANDS.sign, args: signArgs } },
          cancel: { label: "Cancel", command: { name: "conversation.cancel", args: {} } },
        },
      ],
    },
  ];
}

/**
 * The pay date of the client's first pay run not yet started: a draft run after the latest started
 * one, else the period after the latest started regular run, paid `payDateLagDays` after it ends;
 * null when no run was ever started.
 */
export async function firstUnstartedPayDate(deps: PayrollDeps, clientId: string): Promise<string | null> {
  const client = await deps.inputs.clientById(clientId);
  if (!client) throw new DomainError("record.not_found", "client not found");
  const runs = (await deps.runs.listForClient(client.id)).filter(
    (r) => r.status !== "voided" && r.kind === "regular",
  );
  const [latest] = runs.filter((r) => r.status !== "draft");
  const [draft] = runs
    .filter((r) => r.status === "draft" && (!latest || r.payDate > latest.payDate))
    .sort((a, b) => a.payDate.localeCompare(b.payDate));
  if (draft) return draft.payDate;
  if (!latest) return null;
  const lag = payrollSettingsOf(client.settings).payDateLagDays;
  return defaultPayDate(nextPeriodEnd(client.payFrequency, latest.periodEnd), lag);
}

/**
 * Signs the certificate: stored with its signature key (one certificate per key), made the employee's
 * certificate on file for every pay run not yet started, audited, and the client's payroll contacts
 * told. The form is checked again: a button's values are never trusted.
 */
export async function signW4Change(
  deps: WithholdingDeps,
  actor: Actor,
  args: W4FormArgs & { signatureKey: string },
  requestId?: string,
): Promise<{ outcome: "signed" | "already"; effectivePayDate: string | null; reply: Reply }> {
  const me = requireEmployee(actor);
  const certificate = readW4Form(args, today(deps));
  const effectivePayDate = await firstUnstartedPayDate(deps.payroll, me.clientId);
  const signed = await deps.certificates.sign({
    clientId: me.clientId,
    employeeId: me.employeeId,
    federalW4: certificate.federalW4,
    stateW4: certificate.stateW4,
    effectivePayDate,
    exemptExpires: certificate.exemptExpires,
    idempotencyKey: `w4:${me.employeeId}:${args.signatureKey}`,
    audit: {
      actorKind: "employee",
      actorId: me.employeeId,
      action: "payroll.w4.signed",
      requestId: requestId ?? null,
    },
  });
  const from = signed.certificate.effectivePayDate
    ? `your paycheck of ${signed.certificate.effectivePayDate}`
    : "your first paycheck";
  if (signed.outcome === "signed") {
    for (const contactId of await deps.certificates.payrollContacts(me.clientId)) {
      if (contactId === me.employeeId) continue;
      await deps.notifier.notify({
        recipient: { kind: "employee", employeeId: contactId },
        idempotencyKey: `w4-signed-${signed.certificate.id}-${contactId}`,
        reply: {
          personal: true,
          blocks: [
            {
              kind: "text",
              text: `*${me.name}* signed a new W-4${certificate.stateW4 ? " and state withholding certificate" : ""} in chat. Payroll applies it from the pay date ${signed.certificate.effectivePayDate ?? "of the first pay run"}.`,
            },
          ],
        },
      });
    }
  }
  return {
    outcome: signed.outcome,
    effectivePayDate: signed.certificate.effectivePayDate,
    reply: {
      personal: true,
      blocks: [
        {
          kind: "status",
          tone: "success",
          text:
            signed.outcome === "signed"
              ? `Signed. Your new W-4 applies from ${from}, and your payroll contact has been told.${certificate.exemptExpires ? ` Your exemption lasts until ${certificate.exemptExpires}: sign a new W-4 by then to keep it.` : ""}`
              : `Already signed: your W-4 applies from ${from}.`,
        },
      ],
    },
  };
}

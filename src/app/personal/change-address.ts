import { randomUUID } from "node:crypto";
import type { Reply } from "../../conversation/reply";
import { localityOfAddress } from "../../core/payroll/home-locality";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import { canChangePersonalDetails } from "../../core/policy/personal-details";
import type { PersonalDetailsRepository } from "../../db/personal-details-repository";
import { DomainError } from "../../errors/domain-error";
import type { Notifier } from "../notifier";
import { firstUnstartedPayDate } from "../payroll/change-withholding";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { previewPaycheckChange, previewReply } from "../payroll/preview-paycheck-change";
import { type AddressFormArgs, changesResidence, readAddressForm } from "./address-form";

/** What changing an address in chat works with. */
export type AddressChangeDeps = {
  payroll: PayrollDeps;
  details: PersonalDetailsRepository;
  /** The client's payroll contacts (client admins), told when a home state changes. */
  payrollContacts: (clientId: string) => Promise<string[]>;
  notifier: Notifier;
  /**
   * Opens a low-priority case for the ASO (one per key) when a home state changes: the work state,
   * a state withholding certificate and local taxes may need a specialist. Absent in tests that only
   * store the change.
   */
  openAsoCase?: (request: { key: string; summary: string }) => Promise<{ reference: string }>;
};

export const ADDRESS_COMMANDS = {
  preview: "personal.preview_address",
  confirm: "personal.confirm_address",
} as const;

async function authorize(deps: AddressChangeDeps, actor: Actor, employeeId: string) {
  const onFile = await deps.details.onFile(employeeId);
  if (!onFile) throw new DomainError("record.not_found", "employee not found");
  const subject = { employeeId, clientId: onFile.clientId };
  const scope =
    actor.kind === "staff" ? await deps.payroll.staffScope(actor.staffId, onFile.clientId) : undefined;
  if (!canChangePersonalDetails(actor, subject, scope))
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not change ${employeeId}'s address`, {
      userMessage: "An address is changed by the employee it belongs to, or by your ASO specialist.",
    });
  return onFile;
}

/**
 * What a move means for withholding, in the engine's terms: state income tax follows the work state
 * (a home move changes it only when the person now works from the new state, which their payroll
 * contact sets), and resident local tax follows the home locality the address names, if any.
 */
export function withholdingNote(
  onFile: { homeAddress: { state: string } | null; homeLocality: string | null; workState: string },
  newState: string,
  locality: { code: string; name: string } | undefined,
): string {
  const lines: string[] = [];
  const oldState = onFile.homeAddress?.state ?? null;
  if (oldState !== newState) {
    lines.push(
      newState === onFile.workState
        ? `Your new home is in ${newState}, the state you work in: your state withholding stays with ${newState}.`
        : `State income tax is withheld for the state you work in (${onFile.workState}), which a new home address alone does not change. If you now work from ${newState}, your state withholding moves to ${newState} from the next pay run once your payroll contact updates your work location, and a ${newState} withholding certificate may be needed.`,
    );
  }
  if (locality)
    lines.push(
      `${locality.name} taxes its residents' wages: the preview below includes that tax. Mailing cities do not always follow city limits, so your payroll contact confirms it before it is withheld.`,
    );
  else if (onFile.homeLocality)
    lines.push(
      "The preview below assumes your new address has no resident local tax; your payroll contact confirms your local taxes.",
    );
  return lines.join("\n");
}

/**
 * The submitted form, checked (a bad value is refused naming its field, nothing saved), and the
 * confirm step. A move to another state or home locality first shows what it does to the last
 * paycheck (the employee's own preview; a specialist is told the employee sees it in their pay).
 * The confirm button carries the values and a fresh key, so a double click changes once.
 */
export async function prepareAddressChange(
  deps: AddressChangeDeps,
  actor: Actor,
  employeeId: string,
  args: AddressFormArgs,
): Promise<Reply[]> {
  const onFile = await authorize(deps, actor, employeeId);
  const change = readAddressForm(args);
  const replies: Reply[] = [];
  const locality = localityOfAddress(change.address);
  const moves = changesResidence(
    { state: onFile.homeAddress?.state ?? null, homeLocality: onFile.homeLocality },
    { state: change.address.state, homeLocality: locality?.code ?? null },
  );
  if (moves) {
    replies.push({
      personal: true,
      blocks: [{ kind: "text", text: withholdingNote(onFile, change.address.state, locality) }],
    });
    if (actor.kind === "employee") {
      const whatIf = { kind: "home_locality" as const, home: locality?.code ?? null };
      const preview = await previewPaycheckChange(deps.payroll, actor, whatIf);
      replies.push(preview.preview ? previewReply(whatIf, preview.preview) : preview.reply);
    }
  }
  const confirmArgs: Record<string, string> = { confirmKey: randomUUID(), employeeId };
  for (const [k, v] of Object.entries(args)) if (typeof v === "string" && v !== "") confirmArgs[k] = v;
  replies.push({
    personal: true,
    blocks: [
      {
        kind: "confirm",
        text: "Click *Confirm* to change the address on file; payroll uses it from the next pay run that hasn't started.",
        confirm: {
          label: "Confirm",
          style: "primary",
          command: { name: ADDRESS_COMMANDS.confirm, args: confirmArgs },
        },
        cancel: { label: "Cancel", command: { name: "conversation.cancel", args: {} } },
      },
    ],
  });
  return replies;
}

/**
 * Confirms the change: stored under its key (one change per key), audited without the address, and
 * on a change of home state the client's payroll contacts told. The form is checked again: a
 * button's values are never trusted.
 */
export async function confirmAddressChange(
  deps: AddressChangeDeps,
  actor: Actor,
  employeeId: string,
  args: AddressFormArgs & { confirmKey: string },
  requestId?: string,
): Promise<{ outcome: "changed" | "already"; reply: Reply }> {
  const onFile = await authorize(deps, actor, employeeId);
  const change = readAddressForm(args);
  const effectivePayDate = await firstUnstartedPayDate(deps.payroll, onFile.clientId);
  const applied = await deps.details.apply({
    clientId: onFile.clientId,
    employeeId,
    change,
    effectivePayDate,
    changedBy: actorLabel(actor),
    idempotencyKey: `address:${employeeId}:${args.confirmKey}`,
    audit: auditEntry(actor, "employee.address.changed", requestId),
  });
  if (applied.outcome === "changed" && applied.stateChanged) {
    for (const contactId of await deps.payrollContacts(onFile.clientId)) {
      if (contactId === employeeId) continue;
      await deps.notifier.notify({
        recipient: { kind: "employee", employeeId: contactId },
        idempotencyKey: `address-state-${args.confirmKey}-${contactId}`,
        reply: {
          personal: true,
          blocks: [
            {
              kind: "text",
              text: `*${onFile.name}* changed their home state to ${change.address.state} (from the pay date ${applied.effectivePayDate ?? "of the first pay run"}). Check their state and local withholding setup.`,
            },
          ],
        },
      });
    }
  }
  const from = applied.effectivePayDate
    ? `your paycheck of ${applied.effectivePayDate}`
    : "your first paycheck";
  let caseNote = "";
  if (applied.outcome === "changed" && applied.stateChanged && deps.openAsoCase) {
    // State codes only: the street, city and ZIP stay in the change row.
    const opened = await deps.openAsoCase({
      key: `address-state-case-${args.confirmKey}`,
      summary: `Home state changed to ${change.address.state} (work state ${onFile.workState}), from ${from.replace(/^your /, "the ")}: check the work state, a state withholding certificate and local taxes.`,
    });
    caseNote = ` Your HR team will check your state withholding setup (case ${opened.reference}); they will ask if a state form is needed.`;
  }
  return {
    outcome: applied.outcome,
    reply: {
      personal: true,
      blocks: [
        {
          kind: "status",
          tone: "success",
          text:
            applied.outcome === "changed"
              ? `Done. Your address is updated; payroll uses it from ${from}.${caseNote}`
              : `Already done: your address is updated from ${from}.`,
        },
      ],
    },
  };
}

import { isoDate } from "../../core/calendar/iso-date";
import { findDeposit } from "../../core/ledger/deposit-calendar";
import { buildDepositPaymentEntry, NothingToPayError } from "../../core/ledger/deposit-payment";
import { assertBalanced } from "../../core/ledger/journal";
import { type Actor, actorLabel, auditEntry } from "../../core/policy/actor";
import { canManageDeposits } from "../../core/policy/deposits";
import type { DepositPaymentRecord } from "../../db/deposit-repository";
import { DomainError } from "../../errors/domain-error";
import { requireClient } from "../payroll/payroll-deps";
import { checkDate, clientToday, computeDepositCalendar } from "./deposit-calendar";
import type { DepositDeps } from "./deposit-deps";

/** An agency confirmation: letters, digits and a few separators, as EFTPS and state portals print them. */
const CONFIRMATION = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/;
const DEPOSIT_ID = /^[A-Z0-9]+(-[A-Z0-9]+)+$/;

export type MarkDepositPaidResult = {
  client: string;
  /** False when the deposit was already marked (nothing changed); `payment` is the first marking. */
  changed: boolean;
  payment: DepositPaymentRecord;
};

/**
 * Marks one deposit of the client's calendar made: posts the payment to the client's ledger (debit
 * each liability the deposit settles, credit the client's cash / clearing account, never the ASO's),
 * records the confirmation and audits it, all in one transaction. Marking it again changes nothing
 * and returns the first marking. Only staff who serve the client (and the system) may do it.
 */
export async function markDepositPaid(
  deps: DepositDeps,
  actor: Actor,
  input: { clientEin: string; depositId: string; confirmation: string; paidOn: string; requestId?: string },
): Promise<MarkDepositPaidResult> {
  const depositId = input.depositId.trim();
  const confirmation = input.confirmation.trim();
  if (!DEPOSIT_ID.test(depositId))
    throw new DomainError(
      "input.invalid",
      `deposit: not a deposit id: ${JSON.stringify(depositId.slice(0, 40))}`,
      {
        userMessage: "That isn't a deposit from the calendar.",
      },
    );
  if (!CONFIRMATION.test(confirmation))
    throw new DomainError(
      "input.invalid",
      "confirmation: must be 1–64 letters, digits, spaces or . _ / - (the agency's confirmation number)",
      { userMessage: "Please enter the confirmation number the agency gave (letters and digits)." },
    );
  checkDate("paid-on", input.paidOn);
  const client = await requireClient(deps.payroll, input.clientEin);
  const scope = actor.kind === "staff" ? await deps.staffScope(actor.staffId, client.id) : undefined;
  if (!canManageDeposits(actor, client.id, scope))
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not mark deposits of ${client.ein}`, {
      userMessage: "Only the ASO specialists serving this client can record its deposits.",
    });
  const today = clientToday(deps, client);
  if (input.paidOn > today)
    throw new DomainError("input.invalid", `paid-on: ${input.paidOn} is in the future (today is ${today})`, {
      userMessage: "The payment date can't be in the future.",
    });
  const already = await deps.deposits.payment(client.id, depositId);
  if (already) return { client: client.ein, changed: false, payment: already };

  // A deposit is due within about a year of its liabilities: look in the years around the payment.
  const year = Number(input.paidOn.slice(0, 4));
  const calendar = await computeDepositCalendar(deps, client, {
    from: isoDate(year - 1, 1, 1),
    to: isoDate(year + 1, 12, 31),
    asOf: today,
  });
  const deposit = findDeposit(calendar, depositId);
  if (!deposit)
    throw new DomainError(
      "input.invalid",
      `deposit: no deposit ${depositId} in the calendar of ${client.ein}`,
      {
        userMessage: "That deposit isn't in the client's calendar.",
      },
    );
  let entry: ReturnType<typeof buildDepositPaymentEntry>;
  try {
    entry = buildDepositPaymentEntry(client.ein, deposit, input.paidOn, confirmation);
  } catch (error) {
    if (error instanceof NothingToPayError)
      throw new DomainError("input.invalid", `deposit: ${depositId} has nothing to pay`, {
        userMessage: "That deposit has nothing left to pay.",
      });
    throw error;
  }
  const { changed, payment } = await deps.deposits.recordPayment({
    clientId: client.id,
    payee: deposit.payee,
    dueDate: deposit.dueDate,
    amount: deposit.amount,
    confirmation,
    paidOn: input.paidOn,
    paidBy: actorLabel(actor),
    entry,
    totals: assertBalanced(entry),
    audit: auditEntry(actor, "deposit.paid", input.requestId),
  });
  return { client: client.ein, changed, payment };
}

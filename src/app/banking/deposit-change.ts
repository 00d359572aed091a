import { randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { textReply } from "../../conversation/reply";
import { describeAccount } from "../../core/banking/bank-account";
import {
  CODE_TTL_MS,
  checkCode,
  codeBinding,
  depositChangeEffectiveOn,
  MAX_CODE_ATTEMPTS,
} from "../../core/banking/deposit-change";
import { isoDay } from "../../core/calendar/iso-date";
import type { Clock } from "../../core/clock";
import { type Actor, actorLabel, actorRef } from "../../core/policy/actor";
import { canConfirmDepositChange, canRequestDepositChange } from "../../core/policy/direct-deposit";
import { bankAccountRepository } from "../../db/bank-account-repository";
import type { Database } from "../../db/database";
import { type DepositChangeRecord, depositChangeRepository } from "../../db/deposit-change-repository";
import { type Keyring, keyedDigest } from "../../db/field-encryption";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import type { Notifier } from "../notifier";
import { AccountNumber, AccountType, RoutingNumber } from "./bank-account.schema";
import type { Mailer } from "./mailer";

export type DepositChangeDeps = {
  db: Database;
  keyring: Keyring;
  clock: Clock;
  notifier: Notifier;
  /** Absent: no code can be sent, so an ASO specialist must confirm the change. */
  mailer?: Mailer;
  holdBusinessDays: number;
};

/** What an employee asks for in chat (a form's fields); the employee is the actor, never a field. */
export const DepositChangeInputSchema = z.strictObject({
  routingNumber: RoutingNumber,
  accountNumber: AccountNumber,
  accountType: AccountType,
});

const CODE_PURPOSE = "deposit-change-code";
const refused = (operator: string, userMessage?: string) =>
  new DomainError("deposit.change_refused", operator, userMessage ? { userMessage } : {});
const verificationFailed = (operator: string) => new DomainError("deposit.verification_failed", operator);

function requireEmployee(actor: Actor): Extract<Actor, { kind: "employee" }> {
  if (actor.kind !== "employee" || !canRequestDepositChange(actor, actor.employeeId)) {
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not change direct deposit`, {
      userMessage: "Only employees can change their own direct deposit.",
    });
  }
  return actor;
}

export type DepositChangeRequested = {
  changeId: string;
  account: string;
  /** code: a code went to the email on file; specialist: an ASO specialist must confirm. */
  verification: "code" | "specialist";
};

/**
 * An employee asks to send their pay to a new account. Nothing changes yet: a one-time code goes to
 * the email on file (or, with no mail configured, the ASO's specialists are asked to confirm), and
 * every channel and the email on file hear that a change was asked for, so a diversion attempt is
 * seen by the real person. Refused: bad numbers (naming the field, nothing saved), an account that is
 * on another employee, a change already open.
 */
export async function requestDepositChange(
  deps: DepositChangeDeps,
  actor: Actor,
  input: unknown,
): Promise<DepositChangeRequested> {
  const employee = requireEmployee(actor);
  const parsed = DepositChangeInputSchema.safeParse(input);
  if (!parsed.success) {
    const line = formatZodIssue(parsed.error);
    throw new DomainError("input.invalid", line, { userMessage: `That didn't work: ${line}.` });
  }
  const { routingNumber, accountNumber, accountType } = parsed.data;
  const now = deps.clock.now();
  const changes = depositChangeRepository(deps.db, deps.keyring);
  await changes.settle(employee.employeeId, isoDay(now), now);

  const banks = bankAccountRepository(deps.db.prisma, deps.keyring);
  if ((await banks.otherHolders(routingNumber, accountNumber, employee.employeeId)).length > 0) {
    throw refused(
      `the requested account already belongs to another employee (requested by ${employee.employeeId})`,
      "That account can't be used for your pay. Please contact your HR specialist.",
    );
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const withCode = deps.mailer !== undefined;
  const change = await changes.create({
    clientId: employee.clientId,
    employeeId: employee.employeeId,
    routingNumber,
    accountNumber,
    accountType,
    requestedBy: employee.employeeId,
    codeHashFor: (c) => (withCode ? keyedDigest(deps.keyring, CODE_PURPOSE, codeBinding(c, code)) : null),
    codeExpiresAt: withCode ? new Date(now.getTime() + CODE_TTL_MS) : null,
    audit: (changeId) => ({
      at: now,
      ...actorRef(actor),
      action: "deposit.change.requested",
      subjectType: "DepositChange",
      subjectId: changeId,
      clientId: employee.clientId,
      before: null,
      after: { accountType, last4: accountNumber.slice(-4), verification: withCode ? "code" : "specialist" },
    }),
  });
  if (!change) {
    throw refused(
      `employee ${employee.employeeId} already has a direct-deposit change open`,
      "You already have a direct-deposit change in progress. It has to finish before another one can start.",
    );
  }
  const account = describeAccount({ accountType, last4: change.last4 });
  const contact = await changes.employeeContact(employee.employeeId);
  if (deps.mailer && contact) {
    await deps.mailer.send({
      to: contact.email,
      subject: "Your direct-deposit change code",
      text:
        `Someone asked to send your pay to ${account}. Your code is ${code}; it works once, for 10 minutes. ` +
        "If this wasn't you, don't share it: reply to your HR contact at once.",
      idempotencyKey: `deposit-change-code-${change.id}`,
    });
  }
  await deps.notifier.notify({
    recipient: { kind: "employee", employeeId: employee.employeeId },
    reply: textReply(
      `A change of your direct deposit to ${account} was requested. Nothing changes until it is verified, and ` +
        "then only after a hold. If this wasn't you, tell HR right away.",
    ),
    idempotencyKey: `deposit-change-requested-${change.id}`,
  });
  if (!withCode) {
    await deps.notifier.notify({
      recipient: { kind: "specialists" },
      // The button carries only the change id; the command re-checks the clicker is ASO staff.
      reply: {
        blocks: [
          {
            kind: "text",
            text:
              `An employee asked to change their direct deposit to ${account}. Call them back on the number on ` +
              "file before confirming; the change then waits the hold.",
          },
          {
            kind: "actions",
            buttons: [
              {
                label: "Confirm change",
                style: "primary",
                command: { name: "deposit.confirm_change", args: { changeId: change.id } },
              },
            ],
          },
        ],
      },
      idempotencyKey: `deposit-change-confirm-${change.id}`,
    });
  }
  return { changeId: change.id, account, verification: withCode ? "code" : "specialist" };
}

export type DepositChangeScheduled = { changeId: string; account: string; effectiveOn: string };

/**
 * The employee gives the code. It must be for this change, this employee and this account, unused,
 * under 10 minutes old, within the attempt limit. Any failure reads the same to the person.
 */
export async function verifyDepositChange(
  deps: DepositChangeDeps,
  actor: Actor,
  input: { changeId: string; code: string },
): Promise<DepositChangeScheduled> {
  const employee = requireEmployee(actor);
  const changes = depositChangeRepository(deps.db, deps.keyring);
  const change = await changes.find(input.changeId);
  // Another person's change reads as a wrong code: nothing tells the caller it exists.
  if (!change || change.employeeId !== employee.employeeId) {
    throw verificationFailed(`change ${input.changeId} is not ${employee.employeeId}'s`);
  }
  const now = deps.clock.now();
  const expected = change.codeHash
    ? Buffer.from(keyedDigest(deps.keyring, CODE_PURPOSE, codeBinding(change, String(input.code))), "hex")
    : null;
  const stored = change.codeHash ? Buffer.from(change.codeHash, "hex") : null;
  const matches = expected !== null && stored !== null && timingSafeEqual(expected, stored);
  const check = checkCode({ ...change, matches, now });
  if (check === "wrong") await changes.recordWrongCode(change.id, MAX_CODE_ATTEMPTS);
  if (check !== "ok") throw verificationFailed(`code for change ${change.id}: ${check}`);
  return schedule(deps, actor, change, "code");
}

/** An ASO specialist confirms the change (having called the employee back on the number on file). */
export async function confirmDepositChange(
  deps: DepositChangeDeps,
  actor: Actor,
  input: { changeId: string },
): Promise<DepositChangeScheduled> {
  if (!canConfirmDepositChange(actor)) {
    throw new DomainError("auth.forbidden", `${actorLabel(actor)} may not confirm direct-deposit changes`, {
      userMessage: "Only an ASO specialist can confirm that.",
    });
  }
  const change = await depositChangeRepository(deps.db, deps.keyring).find(input.changeId);
  if (!change) throw new DomainError("record.not_found", `no direct-deposit change ${input.changeId}`);
  return schedule(deps, actor, change, "specialist");
}

async function schedule(
  deps: DepositChangeDeps,
  actor: Actor,
  change: DepositChangeRecord,
  by: "code" | "specialist",
): Promise<DepositChangeScheduled> {
  const now = deps.clock.now();
  const effectiveOn = depositChangeEffectiveOn(isoDay(now), deps.holdBusinessDays);
  const moved = await depositChangeRepository(deps.db, deps.keyring).schedule({
    id: change.id,
    verifiedBy: by,
    verifiedByActor: actorRef(actor).actorId ?? "system",
    at: now,
    effectiveOn,
    audit: {
      at: now,
      ...actorRef(actor),
      action: "deposit.change.verified",
      subjectType: "DepositChange",
      subjectId: change.id,
      clientId: change.clientId,
      before: { status: change.status },
      after: { status: "scheduled", verifiedBy: by, effectiveOn, last4: change.last4 },
    },
  });
  if (!moved) throw verificationFailed(`change ${change.id} is ${change.status}, not awaiting verification`);
  const account = describeAccount({ accountType: change.accountType, last4: change.last4 });
  const notice =
    `Your direct deposit changes to ${account} from ${effectiveOn}. Until then your pay goes to your current ` +
    "account. If you didn't ask for this, tell HR right away.";
  await deps.notifier.notify({
    recipient: { kind: "employee", employeeId: change.employeeId },
    reply: textReply(notice),
    idempotencyKey: `deposit-change-scheduled-${change.id}`,
  });
  const contact = await depositChangeRepository(deps.db, deps.keyring).employeeContact(change.employeeId);
  if (deps.mailer && contact) {
    await deps.mailer.send({
      to: contact.email,
      subject: "Your direct deposit is changing",
      text: notice,
      idempotencyKey: `deposit-change-scheduled-${change.id}`,
    });
  }
  return { changeId: change.id, account, effectiveOn };
}

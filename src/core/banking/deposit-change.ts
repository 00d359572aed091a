import { addBusinessDays, onOrNextBusinessDay } from "../ledger/business-days";

/**
 * The rules of a direct-deposit change made in chat: how long its one-time code lives, how many tries
 * it gets, and when a verified change starts paying. Pure: `now` and dates come in.
 */

/** A code lives 10 minutes. */
export const CODE_TTL_MS = 10 * 60 * 1000;
/** Wrong codes before the change is cancelled and must be asked for again. */
export const MAX_CODE_ATTEMPTS = 5;
/** Business days a verified change waits by default (DEPOSIT_CHANGE_HOLD_BUSINESS_DAYS). */
export const DEFAULT_HOLD_BUSINESS_DAYS = 2;

export type CodeCheck = "ok" | "wrong" | "expired" | "locked" | "not_awaiting";

/** Why a code does not verify a change, or "ok". Expiry and the attempt limit are checked first. */
export function checkCode(change: {
  status: string;
  codeExpiresAt: Date | null;
  codeAttempts: number;
  matches: boolean;
  now: Date;
}): CodeCheck {
  if (change.status !== "awaiting_verification") return "not_awaiting";
  if (change.codeAttempts >= MAX_CODE_ATTEMPTS) return "locked";
  if (!change.codeExpiresAt || change.now.getTime() >= change.codeExpiresAt.getTime()) return "expired";
  return change.matches ? "ok" : "wrong";
}

/**
 * The first pay date the new account may be paid on: `holdDays` business days after the day it was
 * verified. Until then the old accounts keep being paid (accounts pay on [effectiveFrom, effectiveTo)).
 */
export function depositChangeEffectiveOn(verifiedOn: string, holdDays: number): string {
  return holdDays === 0 ? onOrNextBusinessDay(verifiedOn) : addBusinessDays(verifiedOn, holdDays);
}

/** What the one-time code is bound to: this change, this employee and this exact account. */
export function codeBinding(
  change: { id: string; employeeId: string; accountFingerprint: string },
  code: string,
) {
  return `${change.id}|${change.employeeId}|${change.accountFingerprint}|${code}`;
}

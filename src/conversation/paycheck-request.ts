import type { WhatIfChange } from "../core/payroll/what-if";

/**
 * What a paycheck or withholding message asks for, read by deterministic rules (a model may pick the
 * intent, never these values): a what-if with its percent, filing status or hours; a W-4 change;
 * the taxes taken; why the pay changed; or the last paycheck itself.
 */
export type PaycheckRequest =
  | { kind: "what_if"; change: WhatIfChange }
  /** A what-if whose value the message did not give ("what if I changed my 401k?"). */
  | { kind: "what_if_incomplete"; about: "401k" | "filing_status" | "overtime" }
  | { kind: "change_w4" }
  | { kind: "taxes" }
  | { kind: "why_changed" }
  | { kind: "last_paycheck" };

const WHAT_IF =
  /\b(what if|what would|what'?d|how much would|how would|if i (?:put|change|changed|contribute|contributed|raise|raised|worked|work|switch|switched|claim|claimed|file|filed|went|go)|suppose|would i (?:get|take home|make))\b/i;
const OVERTIME = /\b(overtime|ot|extra hours?)\b/i;
const K401 = /\b(401 ?\(?k\)?|retirement)\b/i;
const STATUS_WORDS =
  /\b(married filing separately|married filing jointly|married|head of (?:the )?household|single)\b/i;
const W4_CHANGE =
  /\b(change|update|edit|fill (?:out|in)|submit|file|new|redo|adjust|claim)\b.{0,40}\b(w-?4|withholding|exempt|allowances?|filing status)\b|\b(w-?4|withholding)\b.{0,30}\b(change|update|form)\b|\bclaim exempt\b|\bwithhold (?:more|less)\b/i;
const TAXES =
  /\b(how much|what)\b.{0,40}\b(tax(?:es)?|withh?eld|withholding)\b|\b(taxes?|withholding)\b.{0,30}\b(taken|took|came|come|went|go|withheld|out)\b/i;
const WHY_CHANGED =
  /\b(why|how come)\b|\b(smaller|bigger|larger|lower|higher|less|more|different|changed?|went (?:up|down)|dropped|compare|difference)\b/i;

const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  fifteen: "15",
  twenty: "20",
};

/** "10%", "10 percent", "ten percent" → "10"; a percent over 100 is not a percent of pay. */
export function extractPercent(text: string): string | undefined {
  const m = /\b(\d{1,3}(?:\.\d{1,2})?|[a-z]+)\s*(?:%|percent|per cent|pct)/i.exec(text);
  if (!m?.[1]) return undefined;
  const value = NUMBER_WORDS[m[1].toLowerCase()] ?? m[1];
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return undefined;
  const [whole = "0"] = value.split(".");
  return Number(whole) > 100 ? undefined : value;
}

/** "6 hours", "six hrs", "7.5 hours of overtime" → "6". */
export function extractHoursOf(text: string): string | undefined {
  const m = /\b(\d{1,3}(?:\.\d{1,2})?|[a-z]+)\s*(?:hours?|hrs?)\b/i.exec(text);
  if (!m?.[1]) return undefined;
  const value = NUMBER_WORDS[m[1].toLowerCase()] ?? m[1];
  return /^\d{1,3}(\.\d{1,2})?$/.test(value) && value !== "0" ? value : undefined;
}

/** The federal filing status a message names ("married" is married filing jointly, as the W-4's box). */
export function extractFilingStatus(
  text: string,
): "single" | "married_jointly" | "married_separately" | "head_of_household" | undefined {
  const m = STATUS_WORDS.exec(text);
  if (!m?.[1]) return undefined;
  const word = m[1].toLowerCase();
  if (word.startsWith("married filing separately")) return "married_separately";
  if (word.startsWith("married")) return "married_jointly";
  if (word.startsWith("head")) return "head_of_household";
  return "single";
}

export function readPaycheckRequest(text: string): PaycheckRequest {
  const t = text.toLowerCase().replace(/[’`]/g, "'");
  if (WHAT_IF.test(t)) {
    if (K401.test(t)) {
      const percent = extractPercent(t);
      return percent
        ? { kind: "what_if", change: { kind: "401k_percent", percent } }
        : { kind: "what_if_incomplete", about: "401k" };
    }
    if (OVERTIME.test(t)) {
      const hours = extractHoursOf(t);
      return hours
        ? { kind: "what_if", change: { kind: "overtime_hours", hours } }
        : { kind: "what_if_incomplete", about: "overtime" };
    }
    if (/\b(w-?4|filing status|withholding|married|single|head of)\b/.test(t)) {
      const filingStatus = extractFilingStatus(t);
      return filingStatus
        ? { kind: "what_if", change: { kind: "filing_status", filingStatus } }
        : { kind: "what_if_incomplete", about: "filing_status" };
    }
  }
  if (W4_CHANGE.test(t)) return { kind: "change_w4" };
  if (TAXES.test(t)) return { kind: "taxes" };
  if (WHY_CHANGED.test(t)) return { kind: "why_changed" };
  return { kind: "last_paycheck" };
}

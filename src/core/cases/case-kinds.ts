/**
 * What a case is about (category), why it was opened (origin) and how urgent it is (priority).
 */

export const CASE_PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** Why the case exists: which conversation path (or person) opened it. */
export const CASE_ORIGINS = [
  "talk_to_human",
  "sensitive_report",
  "leave_of_absence",
  /** The classifier stayed unsure after one clarifying question. */
  "low_confidence",
  /** The bot could not answer (no passage found, a use case failed). */
  "failed_answer",
  "specialist_initiated",
] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

/** Categories of sensitive reports (docs/contracts.md §6): always urgent, seniors only. */
export const SENSITIVE_CASE_CATEGORIES = [
  "harassment",
  "discrimination",
  "retaliation",
  "threat",
  "safety",
  "abuse",
  /** Unpaid or off-the-clock work, withheld wages. */
  "wage_theft",
  /** Thoughts of suicide or self-harm: the crisis protocol (988) first, then a senior specialist. */
  "self_harm",
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CASE_CATEGORIES)[number];

/** Everything else a case can be about, mirroring the HR intents. */
export const ORDINARY_CASE_CATEGORIES = [
  "leave_of_absence",
  "benefits",
  "payroll",
  "tax",
  "direct_deposit",
  "pto",
  "timesheets",
  "general",
] as const;

export const CASE_CATEGORIES = [...SENSITIVE_CASE_CATEGORIES, ...ORDINARY_CASE_CATEGORIES] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Whether a category is a sensitive report (harassment, discrimination, …). */
export function isSensitiveCategory(category: CaseCategory): boolean {
  return (SENSITIVE_CASE_CATEGORIES as readonly string[]).includes(category);
}

/**
 * The priority a new case gets. Sensitive reports are always `urgent`, whatever was asked for;
 * leave of absence is `high` (job-protected leave has statutory notice clocks); other origins use the
 * requested priority or `normal`.
 * @see 29 CFR 825.300 (FMLA eligibility notice within five business days)
 */
export function initialCasePriority(input: {
  origin: CaseOrigin;
  category: CaseCategory;
  requested?: CasePriority | undefined;
}): CasePriority {
  if (input.origin === "sensitive_report" || isSensitiveCategory(input.category)) return "urgent";
  if (input.requested) return input.requested;
  if (input.origin === "leave_of_absence" || input.category === "leave_of_absence") return "high";
  return "normal";
}

/** Keywords that tell which sensitive category a report is (first match wins; default harassment). */
const SENSITIVE_KEYWORDS: readonly [
  Exclude<CaseCategory, (typeof ORDINARY_CASE_CATEGORIES)[number]>,
  RegExp,
][] = [
  [
    "self_harm",
    /\b(kill(ing)? myself|suicid\w*|end(ing)? (it all|my life)|hurt(ing)? myself|self[- ]harm\w*)\b/i,
  ],
  ["harassment", /\b(harass\w*|inappropriate|touch(ed|ing)|hostile)\b/i],
  [
    "discrimination",
    /\b(discriminat\w*|racis\w*|sexis\w*|because (i'?m|i am) (black|white|a woman|pregnant|gay|old))\b/i,
  ],
  ["retaliation", /\b(retaliat\w*|punish\w* (me|for)|whistle-?blow\w*)\b/i],
  ["wage_theft", /\b(off the clock|unpaid (overtime|hours|wages)|not (being )?paid for|wage theft)\b/i],
  ["threat", /\b(threat\w*|kill|weapon|gun|knife|hurt me|violen\w*)\b/i],
  ["abuse", /\b(abus\w*|assault\w*|hit me|bull(y|ied|ying))\b/i],
  ["safety", /\b(unsafe|safety|osha|injur\w*|hazard\w*|dangerous)\b/i],
];

/** Best-effort category for a sensitive report from the employee's words (no model involved). */
export function classifySensitiveCategory(text: string): CaseCategory {
  for (const [category, pattern] of SENSITIVE_KEYWORDS) if (pattern.test(text)) return category;
  return "harassment";
}

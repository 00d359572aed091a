import type { TierAmounts } from "./plan-coverage";

/**
 * Reading cost-share text as plan documents print it: "$40 copay/visit", "20% coinsurance after
 * deductible", "No charge", "Not covered", "Deductible does not apply", "Preauthorization required",
 * "Limited to 30 visits per year". Everything returns the document's own words; nothing is
 * computed.
 */

const COST_START =
  /^(\$\s?\d|\d{1,3}\s?%|no charge|not covered|no cost|nothing|free|covered|you pay|n\/a|none|\d+ copay|copay|coinsurance|deductible|full cost|100%|0%|unlimited)/i;

/** True when a cell or clause begins a cost share (the first line of a table row's price). */
export function startsCostShare(text: string): boolean {
  const t = text.trim();
  // A cell may open with what it prices: "X-ray: 20% coinsurance", "Office visit: $25 copay".
  return COST_START.test(t) || COST_START.test(t.replace(/^[A-Za-z][\w /-]{0,30}:\s*/, ""));
}

/** True when the text states a price or coverage at all. */
export function statesCost(text: string): boolean {
  return /\$\s?\d|\d{1,3}\s?%|no charge|not covered|no cost|nothing|paid in full|covered in full|100% covered/i.test(
    text,
  );
}

/** True / false when the text says the deductible applies or not; null when it doesn't say. */
export function deductibleApplies(text: string): boolean | null {
  const t = text.toLowerCase();
  if (
    /deductible (does not|doesn'?t) apply|no deductible|not subject to (the )?deductible|before (you meet )?(the |your )?deductible|waived/.test(
      t,
    )
  )
    return false;
  if (/after (the |your )?(\w+ )?deductible|deductible applies|subject to (the )?deductible|then \d/.test(t))
    return true;
  return null;
}

export function needsPreauthorization(text: string): boolean {
  return /pre-?\s?authori[sz]|prior authori[sz]|pre-?\s?certif|precertif|must be approved in advance|must approve (it )?(first|in advance)/i.test(
    text,
  );
}

/** Visit, day, fill and dollar limits as printed: "30 visits per year", "limited to 60 days". */
export function limitsIn(text: string): string[] {
  const found = text.match(
    /\b(?:limited to |up to |maximum of |max\.? )?(?:\d[\d,]*|one|two|three|four|five|six)\s+(?:combined\s+)?(?:visits?|days?|fills?|treatments?|sessions?|exams?|pairs?|cleanings?|scans?|trips?)\b(?:\s+(?:per|each|a|every)\s+(?:calendar |plan |benefit )?(?:year|period|admission|lifetime|pregnancy|months?|\d+ months))?/gi,
  );
  const every = text.match(
    /\b(?:once|twice|one|two) (?:every|per|a|each) (?:\d+ months|(?:calendar |plan |benefit )?year)\b/gi,
  );
  // A dental or vision grid's frequency column: "2 per calendar year", "1 per tooth every 36 months".
  const frequency = text.match(
    /\b(?:\d+|one|two|three) (?:(?:sets?|pairs?) )?(?:per|every|each) (?:(?:tooth|surface|quadrant|arch|area) (?:per|every|each) )?(?:(?:calendar |plan |benefit )?year|lifetime|\d+ (?:months|years))\b/gi,
  );
  // "$1,500 lifetime maximum": a cap on what the plan pays for the service.
  const cap = text.match(
    /\$[\d,]+(?:\.\d\d)? (?:per person )?(?:lifetime|annual|calendar[- ]year) max(?:imum)?\b/gi,
  );
  return [
    ...new Set(
      [...(found ?? []), ...(every ?? []), ...(frequency ?? []), ...(cap ?? [])].map((s) => s.trim()),
    ),
  ];
}

const OUT_OF_NETWORK =
  /out[- ]of[- ]network|non[- ]?network|non[- ]?participating|outside (of )?(the |our )?network|non[- ]?preferred provider/i;
const IN_NETWORK =
  /\bin[- ]network|network provider|participating provider|preferred provider|in the network/i;

/** True when a clause is about out-of-network providers. */
export function isOutOfNetwork(text: string): boolean {
  return OUT_OF_NETWORK.test(text);
}

/** True when a clause says in-network explicitly. */
export function isInNetwork(text: string): boolean {
  return IN_NETWORK.test(text.replace(OUT_OF_NETWORK, " "));
}

/**
 * Individual and family dollar amounts in one statement: "$1,500 individual / $3,000 family",
 * "$2,000 per person and $4,000 per family", "individual $750; family $1,500". An amount is
 * labelled by the word right after it, or failing that right before it.
 */
export function tierAmounts(text: string): TierAmounts {
  // "$750/$1,500 (individual/family)": a slash pair is individual then family, as plans print it.
  const pair = text.match(/(\$\s?\d[\d,]*)\s*\/\s*(\$\s?\d[\d,]*)/);
  if (pair && !/famil\w*\s*\/\s*individual/i.test(text)) {
    return { individual: pair[1]!.replace(/\s/g, ""), family: pair[2]!.replace(/\s/g, "") };
  }
  const result: TierAmounts = { individual: null, family: null };
  for (const m of text.matchAll(/\$\s?\d[\d,]*(?:\.\d{2})?/g)) {
    const amount = m[0].replace(/\s/g, "").replace(/\.00$/, "");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 28).toLowerCase();
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    const tier =
      tierWord(after.split(/[;,.]|\band\b|\$/)[0] ?? "") ?? tierWord(before.split(/[;.]|\$/).pop() ?? "");
    if (tier && result[tier] === null) result[tier] = amount;
  }
  return result;
}

/** The tier a label or phrase names ("Family deductible", "per person"), or null. */
export function tierWord(text: string): "individual" | "family" | null {
  // "Any coverage with dependents", "Employee + children": the amount for more than one person.
  if (/famil|with dependents|employee ?\+/.test(text)) return "family";
  if (/individual|\bperson\b|\bself\b|single|employee[- ]only|\bmember\b/.test(text)) return "individual";
  return null;
}

/**
 * Splits a statement of amounts into its in-network and out-of-network parts ("$1,000 individual /
 * $2,000 family in network; $2,000 / $4,000 out of network"). A part that names no network is in
 * network, unless the statement has no other part.
 */
export function networkParts(text: string): { inNetwork: string; outOfNetwork: string } {
  const parts = text.split(/;|\.\s+|\bwhile\b|\bbut\b|,\s*and\s+(?=\$|for|out|non)/i);
  const oon = parts.filter((p) => isOutOfNetwork(p));
  const inn = parts.filter((p) => !isOutOfNetwork(p));
  return { inNetwork: inn.join("; "), outOfNetwork: oon.join("; ") };
}

/** A sentence that sets something outside the plan: "IVF and fertility drugs are not covered." */
export const EXCLUDES = /\b(not covered|(is|are)n'?t covered|excluded|not a covered)\b/i;

import type { BenefitPlan, CoverageTier } from "../../core/benefits/plan";
import type { Money } from "../../core/money/money";

/** How documents name each coverage tier in a contribution table. */
const TIER_WORDS: Record<CoverageTier, RegExp> = {
  employee: /\b(employee only|employee$|single|individual|self[- ]only|you only|member only)\b/i,
  employee_spouse: /\b(spouse|partner)\b/i,
  employee_children: /\bchild/i,
  family: /\bfamily\b/i,
};

/**
 * The line of a contribution table that states the employee's own cost per paycheck, with the plan
 * it sits under: "PPO-CORE (medical) — Employee only $42.50 $275.00". Tables group tier lines
 * under a line naming the plan, or name plan and tier on one line. Null when the section has no
 * such line (the caller quotes as usual).
 */
export function premiumQuote(text: string, plan: BenefitPlan, tier: CoverageTier): string | null {
  const lines = text.split(/\n/).map((l) => l.trim().replace(/\s{2,}/g, " "));
  const names = (line: string) =>
    line.toLowerCase().includes(plan.code.toLowerCase()) ||
    line.toLowerCase().includes(plan.name.toLowerCase());
  const priced = (line: string) => /\$\s?\d/.test(line);
  const tierLine = (line: string) => TIER_WORDS[tier].test(line) && !otherTier(line, tier);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!names(line)) continue;
    if (priced(line) && tierLine(line)) return line;
    // A table row read as "Plan — Employee Only: $48.50; Employee + Spouse: $142.30; …": the plan and
    // the employee's own tier's cell.
    const cells = line.split(/;\s+|\s+—\s+/);
    const own = cells.find((c) => priced(c) && TIER_WORDS[tier].test(c) && !otherTier(c, tier));
    if (cells.length > 2 && own) return `${cells[0]} — ${own.replace(/[.;]$/, "")}`;
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
      const next = lines[j]!;
      if (next === "" || names(next)) break;
      if (priced(next) && tierLine(next)) return `${line} — ${next}`;
    }
  }
  return null;
}

/** The people each tier covers, by the tiers whose words name them ("my wife and kids" is family). */
const TIER_COVERS: Record<CoverageTier, readonly CoverageTier[]> = {
  employee: ["employee"],
  employee_spouse: ["employee", "employee_spouse"],
  employee_children: ["employee", "employee_children"],
  family: ["employee", "employee_spouse", "employee_children", "family"],
};

/**
 * Whether `text` names people the enrollee's own tier does not cover ("family coverage" from an
 * employee-only enrollee): a question about another tier's price.
 */
export function namesOtherTier(text: string, tier: CoverageTier): boolean {
  return (Object.keys(TIER_WORDS) as CoverageTier[]).some(
    (t) => !TIER_COVERS[tier].includes(t) && TIER_WORDS[t].test(text),
  );
}

/** "Employee + family" names the family tier, not the employee-only one. */
function otherTier(line: string, tier: CoverageTier): boolean {
  return (Object.keys(TIER_WORDS) as CoverageTier[]).some(
    (t) => t !== tier && t !== "employee" && TIER_WORDS[t].test(line),
  );
}

/** A text's figures with thousands separators dropped, so "$1,031.15" is found as 1031.15. */
const plainFigures = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, "$1");

function amountPattern(amount: Money): RegExp {
  // Whole dollars are often printed without cents ("$1,000" for 1000.00).
  const digits = amount
    .format()
    .replace(/[$,]/g, "")
    .replace(/\.00$/, "(?:\\.00)?")
    .replace(/\.(\d\d)$/, "\\.$1");
  return new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`);
}

/** Whether `text` prints `amount` ("31.15", "$31.15", "$1,031.15"; "$1,000" for 1000.00). */
export function printsAmount(text: string, amount: Money): boolean {
  return amountPattern(amount).test(plainFigures(text));
}

/** The line of `text` that prints `amount`, for a quote; null when none does. */
export function lineWithAmount(text: string, amount: Money): string | null {
  const pattern = amountPattern(amount);
  const line = text.split(/\n/).find((l) => pattern.test(plainFigures(l)));
  return line ? line.trim().replace(/\s{2,}/g, " ") : null;
}

/**
 * A sentence that leads with the tiers it is for ("Employee tier: $520 per year …", "Employee +
 * Spouse, Employee + Child(ren) or Family tier: $1,040 …"): +1 when one of them is the asker's
 * tier, -1.5 when none is, 0 for a sentence that leads with no tier.
 */
export function tierLineWeight(sentence: string, tier: CoverageTier): number {
  // One lead, naming coverage tiers outright: "children under 19" or "Deductible - family" name
  // people, and a row of several tiers' cells ("Employee only: $600; Employee + dependents: …") is
  // a table row, quoted whole.
  const lead = /^([^:]{3,80}):\s*[^:]*$/.exec(sentence.trim())?.[1];
  if (!lead || !/\btiers?\b|\bemployee\s*(\+|only\b)/i.test(lead)) return 0;
  const named = new Set<CoverageTier>();
  for (const part of lead.split(/,|\bor\b|\band\b|\//i)) {
    if (/spouse|partner/i.test(part)) named.add("employee_spouse");
    else if (/child/i.test(part)) named.add("employee_children");
    else if (/family/i.test(part)) named.add("family");
    else if (/\b(employee|single|individual|self|member|you)\b/i.test(part)) named.add("employee");
  }
  if (named.size === 0) return 0;
  return named.has(tier) ? 1 : -1.5;
}

import type { BenefitPlan, CoverageTier } from "../../core/benefits/plan";
import type { Money } from "../../core/money/money";
import { rowAsWritten, withoutSheetRows } from "../../knowledge/sheet-rows";

/** How documents name each coverage tier in a contribution table. */
const TIER_WORDS: Record<CoverageTier, RegExp> = {
  employee: /\b(employee only|employee$|single|individual|self[- ]only|you only|member only)\b/i,
  employee_spouse: /\b(spouse|partner)\b/i,
  employee_children: /\bchild/i,
  employee_plus_one: /(\bplus|\+)\s*(one|1)\b/i,
  family: /\bfamily\b/i,
};

/**
 * The line of a contribution table that states the employee's own cost per paycheck, with the plan
 * it sits under: "PPO-CORE (medical) — Employee only $42.50 $275.00". Tables group tier lines
 * under a line naming the plan, or name plan and tier on one line. Null when the section has no
 * such line (the caller quotes as usual). The same finds a plan's COBRA rate for the tier.
 */
export function premiumQuote(
  text: string,
  plan: BenefitPlan,
  tier: CoverageTier,
  /** Only a line that says this ("COBRA"): a COBRA rate, not the cost per paycheck. */
  saying?: RegExp,
): string | null {
  const lines = text.split(/\n/).map((l) => l.trim().replace(/\s{2,}/g, " "));
  const names = (line: string) =>
    line.toLowerCase().includes(plan.code.toLowerCase()) ||
    line.toLowerCase().includes(plan.name.toLowerCase());
  const priced = (line: string) => /\$\s?\d/.test(line) && (!saying || saying.test(line));
  const tierLine = (line: string) => TIER_WORDS[tier].test(line) && !otherTier(line, tier);
  for (let i = 0; i < lines.length; i++) {
    // A bullet is not part of what the line says.
    const line = lines[i]!.replace(/^[•▪●◦*-]\s+/, "");
    if (!names(line)) continue;
    if (priced(line) && tierLine(line)) return line;
    // A table row read as "Plan — Employee Only: $48.50; Employee + Spouse: $142.30; …": the plan and
    // the employee's own tier's cell.
    const readable = withoutSheetRows(line);
    const cells = readable.split(/;\s+|\s+—\s+/);
    const own = cells.find((c) => priced(c) && TIER_WORDS[tier].test(c) && !otherTier(c, tier));
    // The row as written rides along, as the whole row's does.
    if (cells.length > 2 && own) return `${cells[0]} — ${own.replace(/[.;]$/, "")}${rowAsWritten(line)}`;
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
  // One dependent, spouse or child: "me and my wife" and "me and my son" are both this tier.
  employee_plus_one: ["employee", "employee_spouse", "employee_children", "employee_plus_one"],
  family: ["employee", "employee_spouse", "employee_children", "employee_plus_one", "family"],
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

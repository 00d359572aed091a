import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenefitPlan, CoverageTier, PlanType, TierCost } from "../core/benefits/plan";

/** A plan as a census file (docs/contracts.md §4) writes it. */
export type CensusPlan = {
  code: string;
  type: PlanType;
  name: string;
  planYear: number;
  tiers?: Partial<Record<CoverageTier, TierCost>>;
  deductible?: { individual: string; family: string } | null;
  outOfPocketMax?: { individual: string; family: string } | null;
  documents?: string[];
  rules?: BenefitPlan["rules"];
};

/** The demo census file (prisma/demo/*.json) whose employer has this EIN, or null. */
export function findDemoCensus(ein: string, root: string): { path: string; plans: CensusPlan[] } | null {
  const dir = join(root, "prisma/demo");
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    try {
      const census = JSON.parse(readFileSync(join(dir, name), "utf8")) as {
        employer?: { ein?: string };
        plans?: CensusPlan[];
      };
      if (census.employer?.ein === ein && Array.isArray(census.plans))
        return { path: join(dir, name), plans: census.plans };
    } catch {
      // Not a census file (or being written): ignore it.
    }
  }
  return null;
}

/** The demo client's plans, from its census file (prisma/demo/*.json). */
export function demoPlans(ein: string, root: string): BenefitPlan[] {
  const census = findDemoCensus(ein, root);
  if (!census) throw new Error(`no demo census with EIN ${ein} in ${join(root, "prisma/demo")}`);
  return census.plans.map((p) => planFromCensus(ein, p));
}

/** A census plan as the benefits answer reads it (id `<EIN>:<code>`, absent fields empty). */
export function planFromCensus(ein: string, p: CensusPlan): BenefitPlan {
  return {
    id: `${ein}:${p.code}`,
    code: p.code,
    type: p.type,
    name: p.name,
    planYear: p.planYear,
    tiers: p.tiers ?? {},
    deductible: p.deductible ?? null,
    outOfPocketMax: p.outOfPocketMax ?? null,
    documents: p.documents ?? [],
    rules: p.rules ?? {},
  };
}

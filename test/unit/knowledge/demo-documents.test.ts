import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COVERAGE_TIERS } from "../../../src/core/benefits/plan";
import { Money } from "../../../src/core/money/money";
import { demoPlans } from "../../../src/knowledge/demo-plans";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const whole = (amount: string) => Money.of(amount).format().replace(/\.00$/, "");

describe.each(["12-3456789", "98-7654321"])("demo plan documents of %s", (ein) => {
  const plans = demoPlans(ein, ROOT);

  it.each(plans.map((p) => [p.code, p] as const))(
    "%s: the document states the census figures",
    (_code, plan) => {
      const primary = plan.documents[0];
      expect(primary).toBeDefined();
      const text = readFileSync(join(ROOT, "prisma/demo/documents", ein, primary!), "utf8");
      if (plan.deductible) {
        expect(text).toContain(whole(plan.deductible.individual));
        expect(text).toContain(whole(plan.deductible.family));
      }
      if (plan.outOfPocketMax) {
        expect(text).toContain(whole(plan.outOfPocketMax.individual));
        expect(text).toContain(whole(plan.outOfPocketMax.family));
      }
      for (const tier of COVERAGE_TIERS) {
        const cost = plan.tiers[tier];
        if (!cost) continue;
        expect(text).toContain(Money.of(cost.employee).format());
        expect(text).toContain(Money.of(cost.employer).format());
      }
    },
  );
});

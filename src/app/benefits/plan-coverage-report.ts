import { DomainError } from "../../errors/domain-error";
import { type DocumentCoverage, ownColumnCoverage } from "../../knowledge/coverage/plan-coverage";
import type { BenefitsServices } from "./benefits-services";

export type PlanCoverageReport = {
  client: string;
  plan: { code: string; name: string; type: string; planYear: number };
  /** Each of the plan's documents in the plan's order; coverage null when none was extracted or it is not ingested. */
  documents: { document: string; ingested: boolean; coverage: DocumentCoverage | null }[];
};

/**
 * `aso kb show --client EIN --plan CODE`: what was extracted from a plan's documents (priced
 * services by network, deductibles and out-of-pocket limits, excluded and other covered services),
 * each with where it was read, so a specialist can check it against the document.
 */
export async function planCoverageReport(
  services: Pick<BenefitsServices, "repo" | "knowledge">,
  input: { ein: string; plan: string },
): Promise<PlanCoverageReport> {
  const client = await services.repo.clientByEin(input.ein);
  if (!client)
    throw new DomainError("record.not_found", `--client: no client employer with EIN ${input.ein}`);
  const plans = await services.repo.plansForClient(client.id);
  const matching = plans.filter((p) => p.code.toLowerCase() === input.plan.toLowerCase());
  const plan = matching.sort((a, b) => b.planYear - a.planYear)[0];
  if (!plan) {
    const codes = [...new Set(plans.map((p) => p.code))].join(", ") || "none";
    throw new DomainError(
      "record.not_found",
      `--plan: ${client.name} has no plan ${input.plan} (plans: ${codes})`,
    );
  }
  const coverage = await services.knowledge.listCoverage(client.id);
  const ingested = new Set([...(await services.knowledge.listSections(client.id))].map((s) => s.document));
  return {
    client: client.name,
    plan: { code: plan.code, name: plan.name, type: plan.type, planYear: plan.planYear },
    // A side-by-side comparison shows the plan's own column: what the plan's answers can read.
    documents: plan.documents.map((document) => {
      const c = coverage.get(document) ?? null;
      return { document, ingested: ingested.has(document), coverage: (c && ownColumnCoverage(c, plan)) ?? c };
    }),
  };
}

import { createBenefitsServices } from "../../app/benefits/benefits-services";
import { type PlanCoverageReport, planCoverageReport } from "../../app/benefits/plan-coverage-report";
import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { DomainError } from "../../errors/domain-error";
import type { NetworkAmounts, Provenance, TierAmounts } from "../../knowledge/coverage/plan-coverage";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso kb show --client EIN --plan CODE [--json]";

/**
 * `aso kb show --client EIN --plan CODE`: prints what was extracted from the plan's documents at
 * ingest, each fact with its page or section, for a specialist to check against the document.
 */
export const kbShowCommand: CliCommand = {
  summary: "show the costs and coverage extracted from a plan's documents",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, plan: { type: "string" }, json: { type: "boolean" } },
      usage,
    );
    const ein = requireOption(values.client, "--client", usage);
    if (!/^\d{2}-\d{7}$/.test(ein))
      throw new DomainError("input.invalid", `--client: not an EIN (NN-NNNNNNN): ${ein}`);
    const plan = requireOption(values.plan, "--plan", usage);
    const env = loadEnv(io.env);
    const db = await openDatabase(env);
    try {
      const report = await planCoverageReport(createBenefitsServices(db, env), { ein, plan });
      io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      return 0;
    } finally {
      await db.close();
    }
  },
};

function formatReport(report: PlanCoverageReport): string {
  const out: string[] = [
    `${report.client} — ${report.plan.name} (${report.plan.code}, ${report.plan.type}, ${report.plan.planYear})`,
  ];
  for (const d of report.documents) {
    out.push(
      "",
      `${d.document}: ${!d.ingested ? "not ingested" : d.coverage ? `${d.coverage.layout} (${d.coverage.kind})` : "no costs or coverage found"}`,
    );
    const c = d.coverage;
    if (!c) continue;
    if (c.deductible)
      out.push(`  Deductible:        ${amounts(c.deductible)}   [${where(c.deductible.source)}]`);
    if (c.outOfPocket)
      out.push(`  Out-of-pocket:     ${amounts(c.outOfPocket)}   [${where(c.outOfPocket.source)}]`);
    if (c.rows.length > 0)
      out.push("  Services (in network | out of network | deductible | limits | preauthorization):");
    for (const r of c.rows) {
      const flags = [
        r.deductibleApplies === null
          ? "deductible ?"
          : r.deductibleApplies
            ? "after deductible"
            : "no deductible",
        r.limits.join("; "),
        r.preauthorization ? "preauthorization" : "",
      ].filter(Boolean);
      out.push(`  - ${r.service}: ${r.label}`);
      out.push(
        `      ${r.inNetwork ?? "—"} | ${r.outOfNetwork ?? "—"} | ${flags.join(" | ")}   [${where(r.source)}]`,
      );
    }
    if (c.excluded.length > 0) out.push(`  Excluded: ${c.excluded.map((e) => e.text).join("; ")}`);
    if (c.otherCovered.length > 0)
      out.push(`  Other covered: ${c.otherCovered.map((e) => e.text).join("; ")}`);
  }
  return `${out.join("\n")}\n`;
}

function tiers(t: TierAmounts | null): string {
  if (!t) return "—";
  return `${t.individual ?? "?"} individual / ${t.family ?? "?"} family`;
}

function amounts(a: NetworkAmounts): string {
  return `in network ${tiers(a.inNetwork)}; out of network ${tiers(a.outOfNetwork)}`;
}

function where(p: Provenance): string {
  return p.page !== null ? `page ${p.page}, ${p.section}` : p.section;
}

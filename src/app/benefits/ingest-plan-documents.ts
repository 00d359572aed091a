import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DomainError } from "../../errors/domain-error";
import { type IngestSummary, ingestDirectory } from "../../knowledge/ingest";
import { DEMO_DIR, demoDocumentsDir } from "../census/load-demo";
import type { BenefitsServices } from "./benefits-services";

type IngestServices = Pick<BenefitsServices, "repo" | "knowledge" | "retriever" | "embedder">;

/**
 * `aso kb ingest --client EIN DIR`: ingests every Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText and PDF file in DIR as the client's
 * plan documents. A changed file replaces its sections; an unchanged one is skipped. The client's
 * cached index is dropped from the process's retriever so the next question sees the new sections.
 */
export async function ingestPlanDocuments(
  services: IngestServices,
  input: { ein: string; dir: string },
): Promise<IngestSummary & { client: string }> {
  const client = await services.repo.clientByEin(input.ein);
  if (!client) {
    throw new DomainError("record.not_found", `--client: no client employer with EIN ${input.ein}`);
  }
  if (!existsSync(input.dir)) throw new DomainError("input.invalid", `DIR: ${input.dir} does not exist`);
  const summary = await ingestDirectory(services.knowledge, client.id, input.dir, {
    embedder: services.embedder,
  });
  services.retriever.invalidate(client.id);
  return { ...summary, client: client.name };
}

/**
 * Ingests the demo plan documents (prisma/demo/documents/<EIN>/) of every demo client present in
 * the database. Called on first start after the demo census is loaded; running it again re-ingests
 * nothing that did not change.
 */
export async function ingestDemoDocuments(
  services: IngestServices,
): Promise<{ ein: string; summary: IngestSummary }[]> {
  const results: { ein: string; summary: IngestSummary }[] = [];
  const root = join(DEMO_DIR, "documents");
  const eins = existsSync(root) ? readdirSync(root).filter((name) => /^\d{2}-\d{7}$/.test(name)) : [];
  for (const ein of eins.sort()) {
    const client = await services.repo.clientByEin(ein);
    const dir = demoDocumentsDir(ein);
    if (!client || !existsSync(dir)) continue;
    const summary = await ingestDirectory(services.knowledge, client.id, dir, {
      embedder: services.embedder,
    });
    services.retriever.invalidate(client.id);
    results.push({ ein, summary });
  }
  return results;
}

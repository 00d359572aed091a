import { createBenefitsServices } from "../../app/benefits/benefits-services";
import { ingestPlanDocuments } from "../../app/benefits/ingest-plan-documents";
import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { DomainError } from "../../errors/domain-error";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

const usage = "aso kb ingest --client EIN DIR [--json]";

/**
 * `aso kb ingest --client EIN DIR` (docs/contracts.md §1): ingests the Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText and PDF plan
 * documents in DIR for one client employer. Each document is split by its own headings; a changed
 * document replaces its sections and extracted coverage, an unchanged one is left alone. Prints one
 * line per document; a refused document (unreadable PDF, over the limits) is named on stderr with
 * the reason and makes the exit status 1.
 */
export const kbIngestCommand: CliCommand = {
  summary:
    "ingest plan documents (Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText, PDF) for one client",
  usage,
  async run(io) {
    const { values, positionals } = parseCommandArgs(
      io.args,
      { client: { type: "string" }, json: { type: "boolean" } },
      usage,
      true,
    );
    const ein = requireOption(values.client, "--client", usage);
    if (!/^\d{2}-\d{7}$/.test(ein))
      throw new DomainError("input.invalid", `--client: not an EIN (NN-NNNNNNN): ${ein}`);
    const [dir, ...extra] = positionals;
    if (!dir || extra.length > 0) throw new DomainError("cli.usage", `expected one DIR\nusage: ${usage}`);
    const env = loadEnv(io.env);
    const db = await openDatabase(env);
    try {
      const summary = await ingestPlanDocuments(createBenefitsServices(db, env), { ein, dir });
      if (values.json) {
        io.stdout.write(`${JSON.stringify(summary)}\n`);
      } else {
        for (const d of summary.documents) {
          const priced = d.services ? `, ${d.services} priced services` : "";
          io.stdout.write(`${d.status.padEnd(9)} ${d.document} (${d.sections} sections${priced})\n`);
        }
        for (const name of summary.skipped)
          io.stdout.write(
            `skipped   ${name} (not Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText or PDF)\n`,
          );
        for (const r of summary.refused) io.stderr.write(`refused   ${r.document}: ${r.reason}\n`);
        const changed = summary.documents.filter((d) => d.status !== "unchanged").length;
        io.stdout.write(`${summary.client}: ${summary.documents.length} documents, ${changed} ingested\n`);
      }
      // A refused document is an error the caller must see; the others were still ingested.
      return summary.refused.length > 0 ? 1 : 0;
    } finally {
      await db.close();
    }
  },
};

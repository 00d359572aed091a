/**
 * Ingest time of a 12-page plan summary PDF in the federal SBC layout (`npm run bench:kb-ingest`):
 * read (PDF.js text items with positions), split into sections, extract the coverage tables, store
 * in memory. Prints the median and the slowest of 7 runs after one warm-up. Target < 2 s.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readSourceDocument } from "../src/knowledge/extract";
import { ingestDocument } from "../src/knowledge/ingest";
import { memoryKnowledgeStore } from "../src/knowledge/knowledge-store";
import { SILVER_PPO_SBC } from "../test/fixtures/plan-documents/silver-ppo-sbc";
import { buildSbcPdf } from "../test/support/sbc-pdf";

// The fixture's events repeated until the document runs to 12 pages.
const spec = { ...SILVER_PPO_SBC, events: Array.from({ length: 11 }, () => SILVER_PPO_SBC.events).flat() };
const path = join(mkdtempSync(join(tmpdir(), "kb-ingest-bench-")), "sbc.pdf");
writeFileSync(path, await buildSbcPdf(spec));
const pages = (await readSourceDocument(path)).pdfPages?.length ?? 0;

const timings: number[] = [];
let services = 0;
for (let run = 0; run < 8; run++) {
  const store = memoryKnowledgeStore();
  const start = performance.now();
  const outcome = await ingestDocument(store, "bench", await readSourceDocument(path));
  const ms = performance.now() - start;
  services = outcome.services ?? 0;
  if (run > 0) timings.push(ms);
}
timings.sort((a, b) => a - b);
console.log(
  `ingest of a ${pages}-page SBC PDF (${services} priced services): median ${timings[3]!.toFixed(0)} ms, slowest ${timings.at(-1)!.toFixed(0)} ms over 7 runs (target < 2000 ms); load ${(await import("node:os")).loadavg()[0]!.toFixed(1)}`,
);

/**
 * Writes the tuning set's PDF (clients/11-1111111/documents/silver-ppo-sbc.pdf) from the fixture in
 * test/fixtures/plan-documents/silver-ppo-sbc.ts: `npx tsx eval/benefits-tuning/make-documents.ts`.
 */
import { writeFileSync } from "node:fs";
import { SILVER_PPO_SBC } from "../../test/fixtures/plan-documents/silver-ppo-sbc";
import { buildSbcPdf } from "../../test/support/sbc-pdf";

writeFileSync(
  new URL("./clients/11-1111111/documents/silver-ppo-sbc.pdf", import.meta.url),
  await buildSbcPdf(SILVER_PPO_SBC),
);

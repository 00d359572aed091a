import { type BenefitsServices, createBenefitsServices } from "../app/benefits/benefits-services";
import { ingestDemoDocuments } from "../app/benefits/ingest-plan-documents";
import { loadDemoData } from "../app/census/load-demo";
import { systemClock } from "../app/clock";
import type { Env } from "../config/env";
import { type Database, embeddedDatabaseExists, openDatabase } from "../db/database";

/**
 * The demo (two client employers, their employees, plans, staff) in an embedded database that has no
 * client yet, and the demo plan documents of the demo clients present (unchanged documents are
 * skipped), through the process's benefits services so its retriever sees them. True when the census
 * was loaded now.
 */
export async function loadDemo(db: Database, benefits: BenefitsServices): Promise<boolean> {
  const demo = await loadDemoData(db, { clock: systemClock });
  await ingestDemoDocuments(benefits);
  return demo.loaded;
}

/**
 * A CLI command run in the embedded mode on a data directory that holds no database yet gets the
 * demo first, so `aso ask --employee luis.ortega@acme.test …` answers on a new machine as the
 * playground does. A directory that already holds a database is left as it is.
 */
export async function demoForFreshDataDir(env: Env, stderr: NodeJS.WritableStream): Promise<void> {
  if (env.DATABASE_URL || embeddedDatabaseExists(env.DATA_DIR)) return;
  const db = await openDatabase(env);
  try {
    if (await loadDemo(db, createBenefitsServices(db, env)))
      stderr.write(`aso: ${env.DATA_DIR} was a new data directory: loaded the demo clients into it\n`);
  } finally {
    await db.close();
  }
}

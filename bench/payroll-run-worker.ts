/**
 * An extra payroll worker process for `bench/payroll-run.ts` (PostgreSQL + Redis mode), as production
 * scales `aso worker` out: argv <queuePrefix> <concurrency>; env DATABASE_URL (with ?schema=) and
 * REDIS_URL. Prints "ready" once its workers run; on SIGTERM prints one JSON line with the paychecks
 * its workers calculated and its peak RSS, then stops.
 */
import { systemClock } from "../src/app/clock";
import { openPayrollSession } from "../src/app/payroll/payroll-session";
import { loadEnv } from "../src/config/env";
import { processTally } from "./payroll-run-tally";

const [prefix, concurrency] = process.argv.slice(2) as [string, string];
const session = await openPayrollSession(loadEnv(), {
  clock: systemClock,
  queue: true,
  prefix,
  concurrency: Number(concurrency),
});
const tally = processTally(session.workers);
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  tally.stop();
  process.stdout.write(`${JSON.stringify(tally.snapshot())}\n`);
  void session.close().then(() => process.exit(0));
});

/**
 * An extra payroll worker process for `bench/payroll-run.ts` (PostgreSQL + Redis mode), as production
 * scales `aso worker` out: argv <queuePrefix> <concurrency>; env DATABASE_URL (with ?schema=) and
 * REDIS_URL. Prints "ready" once its workers run; stops on SIGTERM.
 */
import { systemClock } from "../src/app/clock";
import { openPayrollSession } from "../src/app/payroll/payroll-session";
import { loadEnv } from "../src/config/env";

const [prefix, concurrency] = process.argv.slice(2) as [string, string];
const session = await openPayrollSession(loadEnv(), {
  clock: systemClock,
  queue: true,
  prefix,
  concurrency: Number(concurrency),
});
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void session.close().then(() => process.exit(0));
});

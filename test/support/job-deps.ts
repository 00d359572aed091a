import type { JobDeps } from "../../jobs/job-deps";
import { createDomainServices } from "../../src/app/domain-services";
import { createLogger } from "../../src/log/logger";

/**
 * A worker's JobDeps for a test that starts processors itself: its ports, and services built from them
 * (no language model).
 */
export function testJobDeps<T extends Omit<JobDeps, "services" | "logger"> & { logger?: JobDeps["logger"] }>(
  ports: T,
): T & JobDeps {
  const logger = ports.logger ?? createLogger("silent");
  return {
    ...ports,
    logger,
    services: createDomainServices({ ...ports, logger, env: { LLM_PROVIDER: "none" } }),
  };
}

import { type Logger, pino } from "pino";

/**
 * Structured logs. Personal data never reaches a log line: the redact paths below cover the
 * field names the product uses for it, and code must not interpolate such values into messages.
 */
export const REDACTED_LOG_PATHS = [
  "*.ssn",
  "*.bankAccount",
  "*.routingNumber",
  "*.salary",
  "*.rate",
  "*.pay",
  "*.federalW4",
  "*.stateW4",
  "*.text",
  "req.headers.authorization",
  "req.headers.cookie",
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACTED_LOG_PATHS, censor: "[redacted]" }, base: { service: "aso" } },
    destination ?? pino.destination(2),
  );
}

export type { Logger };

import { type Logger, pino } from "pino";
import { redact } from "../core/privacy/redaction";
import { currentRequestId } from "./request-context";

/**
 * Structured logs. Personal data never reaches a log line: the redact paths below cover the
 * field names the product uses for it, and code must not interpolate such values into messages.
 */
export const REDACTED_LOG_PATHS = [
  "*.ssn",
  "*.bankAccount",
  "*.routingNumber",
  "*.accountNumber",
  "*.bankAccounts",
  "*.fundingAccount",
  "*.verificationCode",
  "*.salary",
  "*.rate",
  "*.pay",
  "*.federalW4",
  "*.stateW4",
  "*.text",
  "req.headers.authorization",
  "req.headers.cookie",
];

/**
 * Strings in a log call (the message, field values, an error's message) pass the product's one
 * redaction (src/core/privacy/redaction.ts), so a number that slipped into free text is masked too.
 */
function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redact(value);
  if (depth <= 0 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth - 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth - 1)]));
}

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_LOG_PATHS, censor: "[redacted]" },
      base: { service: "aso" },
      // Every line written while a request (or a job it enqueued) is under way names that request.
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubValue(a, 4)) as Parameters<typeof method>);
        },
      },
      serializers: {
        // Most call sites log `{ err: error.message }`, a string: it is scrubbed like any other string
        // (pino's error serializer would hand it back unchanged, and its missing stack broke the line).
        err: (error: unknown) => {
          if (!(error instanceof Error)) return typeof error === "string" ? redact(error) : error;
          const serialized = pino.stdSerializers.err(error);
          return { ...serialized, message: redact(serialized.message), stack: redact(serialized.stack) };
        },
      },
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };

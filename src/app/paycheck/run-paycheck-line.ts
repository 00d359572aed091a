import { computePaycheck } from "../../core/payroll/compute-paycheck";
import type { PaycheckResult } from "../../core/payroll/paycheck-result";
import { isDomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { fastParsePaycheckRequest } from "./fast-parse";
import { PaycheckRequestSchema } from "./paycheck-request.schema";
import { toPaycheckInput } from "./to-paycheck-input";

/** The outcome of one request line: the result, or the echoed id with one error line. */
export type PaycheckLineOutcome =
  | { ok: true; result: PaycheckResult }
  | { ok: false; id: string | null; error: string };

/**
 * Parses, validates and computes one JSON Lines request. Never throws: bad JSON, a field that fails
 * validation (named by its path, e.g. `earnings[1].rate: …`) and domain errors from the engine all come
 * back as `{ ok: false }`, so a batch goes on.
 */
export function runPaycheckLine(line: string): PaycheckLineOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  const id =
    raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" ? (raw.id as string) : null;
  // The fast structural check accepts the common shapes; anything else (and every error) goes to zod.
  let request = fastParsePaycheckRequest(raw);
  if (request === undefined) {
    const parsed = PaycheckRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, id, error: formatZodIssue(parsed.error) };
    request = parsed.data;
  }
  try {
    return { ok: true, result: computePaycheck(toPaycheckInput(request)) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, id, error: error.message };
    return { ok: false, id, error: `internal error: ${(error as Error).message}` };
  }
}

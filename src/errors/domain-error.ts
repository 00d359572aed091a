import { type ErrorCode, ErrorCodes } from "./codes";

/**
 * The one error type use cases throw. `message` is for logs and operators (it may name ids and CLI
 * flags); `userMessage` is safe to show to the person in chat (no personal data, no internals) and
 * defaults to the code's reply, never to `message`.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly userMessage: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { userMessage?: string; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.userMessage = options.userMessage ?? ErrorCodes[code].reply;
    this.details = options.details;
  }

  get httpStatus(): number {
    return ErrorCodes[this.code].status;
  }

  get exitCode(): 1 | 2 {
    return ErrorCodes[this.code].exit;
  }
}

/** Wrap anything thrown into a DomainError, keeping DomainErrors as they are. */
export function toDomainError(error: unknown, fallback: ErrorCode = "input.invalid"): DomainError {
  if (error instanceof DomainError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DomainError(fallback, message, {
    cause: error,
    userMessage: SOMETHING_WENT_WRONG,
  });
}

/** What a person reads when something failed that is not theirs to fix. */
export const SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again in a minute.";

/**
 * The one way any thrown value becomes words for a person in chat (Slack, Teams, the playground and
 * the conversation engine all call it): a domain error's safe message, otherwise a generic apology.
 * Never the error's own message, which is for operators.
 */
export function userMessageOf(error: unknown): string {
  return error instanceof DomainError ? error.userMessage : SOMETHING_WENT_WRONG;
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

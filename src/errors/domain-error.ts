import { type ErrorCode, ErrorCodes } from "./codes";

/**
 * The one error type use cases throw. `message` is for logs and operators; `userMessage` is safe
 * to show to the person in chat (no personal data, no internals).
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
    this.userMessage = options.userMessage ?? message;
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
    userMessage: "Something went wrong on our side.",
  });
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

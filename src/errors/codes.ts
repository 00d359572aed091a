/**
 * Every domain error code, namespaced by domain, with why it exists. `status` is the HTTP status,
 * `exit` the CLI exit code (1 = domain or input error, 2 = usage error).
 * Add a code here rather than throwing a bare Error from a use case.
 */
export const ErrorCodes = {
  // Input that failed validation at a boundary (CLI line, HTTP body, census row, job payload).
  "input.invalid": { status: 400, exit: 1 },
  // A command-line usage mistake (unknown command, missing flag).
  "cli.usage": { status: 400, exit: 2 },
  // A configuration value is wrong; the process stops with one line.
  "config.invalid": { status: 500, exit: 1 },
  // Another process already holds the embedded data directory.
  "db.data_dir_locked": { status: 500, exit: 1 },
  // A committed migration failed or an earlier one is marked failed.
  "db.migration_failed": { status: 500, exit: 1 },
  // The actor may not do this (role, client, or ownership).
  "auth.forbidden": { status: 403, exit: 1 },
  // The chat user or email is not known to any client employer.
  "auth.unknown_user": { status: 403, exit: 1 },
  // A referenced record does not exist (or is not visible to the actor).
  "record.not_found": { status: 404, exit: 1 },
  // The same command with the same idempotency key carried a different payload.
  "idempotency.conflict": { status: 409, exit: 1 },
  // Census import: a reference inside the file does not resolve (manager, plan).
  "census.invalid_reference": { status: 400, exit: 1 },
  // Payroll: the work state has no withholding module; never withhold a silent zero.
  "payroll.unsupported_state": { status: 422, exit: 1 },
  // Payroll: no tax table covers the pay date.
  "payroll.no_table_for_date": { status: 422, exit: 1 },
} as const satisfies Record<string, { status: number; exit: 1 | 2 }>;

export type ErrorCode = keyof typeof ErrorCodes;

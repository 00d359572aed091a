/**
 * Whether an error is a passing infrastructure failure (the database or the queue away for a while, a
 * connection reset, a timeout, a serialization conflict) that the same work can succeed after, as
 * opposed to a deterministic failure of the input. Only the second kind may ever become a paycheck
 * error; the first is retried (docs/contracts.md, "Pay runs that finish by themselves").
 */

/** Node and libpq/ioredis socket error codes. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "ENOTCONN",
  "ESOCKETTIMEDOUT",
]);

/** PostgreSQL SQLSTATEs worth retrying: connection exceptions, serialization, resources, shutdown. */
const SQLSTATE_PREFIXES = ["08", "53", "57P"];
const SQLSTATES = new Set(["40001", "40P01", "55P03"]);

/** Prisma's codes for an unreachable server, timeouts, a closed connection, conflicts, pool exhaustion. */
const PRISMA_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1011",
  "P1017",
  "P1018",
  "P2024",
  "P2028",
  "P2034",
  "P2037",
]);

const MESSAGES = [
  /connection (?:terminated|refused|reset|closed|lost|timeout|is closed|ended)/i,
  /terminating connection/i,
  /server closed the connection/i,
  /client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /can't reach database server/i,
  /could not serialize access/i,
  /deadlock detected/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /too many (?:clients|connections)/i,
  /transaction already closed/i,
  /Transaction API error/i,
  /timed? ?out/i,
  /socket hang up/i,
  /Stream isn't writeable/i,
  /max retries per request/i,
  /getaddrinfo/i,
  /READONLY|LOADING|MASTERDOWN|CLUSTERDOWN/,
  /Missing lock for job/i,
  /Connection is closed/i,
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isTransientError(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== "object") return false;
  const code = codeOf(error);
  if (code) {
    if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) return true;
  }
  // An adapter that knows its failure is passing says so (src/mail: an unreachable server, a 4xx reply).
  if ((error as { transient?: unknown }).transient === true) return true;
  const name = (error as { name?: unknown }).name;
  if (name === "MaxRetriesPerRequestError" || name === "DatabaseNotReachable") return true;
  const message = (error as { message?: unknown }).message;
  if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.some((e) => isTransientError(e, depth + 1))) return true;
  return isTransientError((error as { cause?: unknown }).cause, depth + 1);
}

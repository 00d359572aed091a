import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * The request id of the work under way: set for each HTTP request (the caller's `x-request-id`, or a
 * new one) and for each job (the id of the request that enqueued it), and read by the logger, so every
 * log line of a request, and of the jobs it caused, carries it without being passed by hand.
 */
const storage = new AsyncLocalStorage<string>();

/** A caller's id is kept only when it is a plain token: it ends up in logs and response headers. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

export function currentRequestId(): string | undefined {
  return storage.getStore();
}

/** The caller's id when acceptable, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE.test(value) ? value : randomUUID();
}

export function runWithRequestId<T>(requestId: string | undefined, work: () => T): T {
  return requestId ? storage.run(requestId, work) : work();
}

import type { ZodError } from "zod";
import { DomainError } from "./domain-error";

/** Turn a zod error into one line naming the JSON path at fault, e.g. `employees[3].managerExternalId: …`. */
export function formatZodIssue(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid input";
  const path = issue.path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function inputError(error: ZodError, prefix?: string): DomainError {
  const line = formatZodIssue(error);
  return new DomainError("input.invalid", prefix ? `${prefix}: ${line}` : line);
}

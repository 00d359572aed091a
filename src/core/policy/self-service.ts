import type { Actor } from "./actor";

/**
 * Self-service about one's own employment (paychecks, pay dates, benefits elections, life events)
 * is asked and acted on only by the employee; staff and admins use the reports and the desk.
 */
export function isSelfService(actor: Actor): actor is Extract<Actor, { kind: "employee" }> {
  return actor.kind === "employee";
}

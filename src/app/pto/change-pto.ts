import { Decimal } from "../../core/money/decimal";
import type { Actor } from "../../core/policy/actor";
import { canCancelPto } from "../../core/policy/timesheets";
import { checkPtoBalance } from "../../core/pto/balance";
import { localDate } from "../../core/timesheets/cutoffs";
import { DomainError } from "../../errors/domain-error";
import { clientTimePolicies } from "../timesheets/client-settings.schema";
import { loadEmployee, type TimesheetDeps } from "../timesheets/deps";
import { cancelPto, ptoRange } from "./cancel-pto";
import { getPtoBalance } from "./get-pto-balance";
import { planPtoRequest, type RequestPtoResult, requestPto } from "./request-pto";

export type ChangePtoResult = {
  outcome: "changed" | "already";
  request: RequestPtoResult["request"];
  holidays: RequestPtoResult["holidays"];
  message: string;
};

/**
 * Move an employee's own upcoming request to other dates: the old one is cancelled (its hours come
 * back) and the new dates are requested from the manager afresh. The new dates are checked against the
 * balance as it will be once the old request is gone *before* anything changes, so a refusal leaves the
 * old request in place. A double click finds the old request cancelled and the new one requested under
 * the same key, and changes nothing.
 */
export async function changePto(
  deps: TimesheetDeps,
  actor: Actor,
  input: { requestId: string; startDate: string; endDate: string; requestKey: string },
): Promise<ChangePtoResult> {
  const old = await deps.pto.findRequest(input.requestId);
  if (!old || !canCancelPto({ actor, request: old }).allowed) {
    throw new DomainError("record.not_found", `PTO request ${input.requestId} not found`, {
      userMessage: "I could not find that time-off request.",
    });
  }
  const requestKey = `change:${old.id}:${input.requestKey}`;
  if (old.status === "pending" || old.status === "approved") {
    const employee = await loadEmployee(deps, old.employeeId);
    // Moving would give back days already taken: a started request can only lose its remaining days.
    if (old.startDate <= localDate(deps.clock.now(), employee.timezone))
      throw new DomainError("pto.not_cancellable", `PTO request ${old.id} has started`, {
        userMessage: `Your ${old.type} from ${ptoRange(old)} has started, so it can't be moved. You can cancel the days after today, then request new dates.`,
      });
    const policies = clientTimePolicies(employee.client.settings);
    const balance = await getPtoBalance(deps, actor);
    // Pending hours already count against `available`; approved ones already left the balance.
    const freed = new Decimal(old.hours);
    const available = new Decimal(balance.types[old.type].available).plus(freed).toString();
    const preview = await planPtoRequest(deps, employee, {
      startDate: input.startDate,
      endDate: input.endDate,
      hoursPerDay: policies.timesheets.standardDayHours,
    });
    const verdict = checkPtoBalance({
      policy: policies.pto,
      type: old.type,
      available,
      requested: preview.hours,
    });
    if (!verdict.ok) {
      throw new DomainError("pto.insufficient_balance", verdict.message, { userMessage: verdict.message });
    }
    await cancelPto(deps, actor, { requestId: old.id, requestKey });
  }
  const result = await requestPto(deps, actor, {
    type: old.type,
    startDate: input.startDate,
    endDate: input.endDate,
    note: `Moved from ${ptoRange(old)}`,
    requestKey,
  });
  return {
    outcome: result.outcome === "requested" ? "changed" : "already",
    request: result.request,
    holidays: result.holidays,
    message:
      result.outcome === "requested"
        ? `Moved your ${old.type} from ${ptoRange(old)} to ${ptoRange(result.request)} (${result.request.hours} hours). Your manager has been asked to approve the new dates.`
        : `Already moved: your ${old.type} for ${ptoRange(result.request)} is ${result.request.status}.`,
  };
}

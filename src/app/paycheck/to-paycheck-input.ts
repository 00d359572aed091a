import type { EarningInput, PaycheckInput } from "../../core/payroll/paycheck-input";
import type { PaycheckRequest } from "./paycheck-request.schema";

/** Maps a validated request onto the core's input (the shapes are the same; optional parts dropped when absent). */
export function toPaycheckInput(request: PaycheckRequest): PaycheckInput {
  const input: PaycheckInput = {
    payDate: request.payDate,
    payFrequency: request.payFrequency,
    earnings: (request.earnings ?? []) as EarningInput[],
    federalW4: request.federalW4,
  };
  if (request.id !== undefined) input.id = request.id;
  if (request.timesheet) {
    input.timesheet = {
      rate: request.timesheet.rate,
      rule: request.timesheet.rule,
      days: request.timesheet.days,
      ...(request.timesheet.workweekStart === undefined
        ? {}
        : { workweekStart: request.timesheet.workweekStart }),
    };
  }
  if (request.workState !== undefined) input.workState = request.workState;
  if (request.stateW4) input.stateW4 = request.stateW4;
  if (request.deductions) input.deductions = request.deductions;
  if (request.ytd) input.ytd = request.ytd;
  if (request.employer) input.employer = request.employer;
  if (request.age !== undefined) input.age = request.age;
  if (request.hsaCoverage !== undefined) input.hsaCoverage = request.hsaCoverage;
  if (request.supplementalMethod !== undefined) input.supplementalMethod = request.supplementalMethod;
  if (request.localities) input.localities = request.localities;
  if (request.aggregateWith) input.aggregateWith = request.aggregateWith;
  if (request.priorYearFicaWages !== undefined) input.priorYearFicaWages = request.priorYearFicaWages;
  if (request.wageRecovery !== undefined) input.wageRecovery = request.wageRecovery;
  if (request.stateSupplementalMethod !== undefined)
    input.stateSupplementalMethod = request.stateSupplementalMethod;
  if (request.deductionArrears) input.deductionArrears = request.deductionArrears;
  return input;
}

import { Money } from "../money/money";
import { RoundingRule } from "../money/rounding";
import { PAY_PERIODS_PER_YEAR, type PayFrequency } from "../tables/us/pay-periods";
import type { DocumentModel } from "./document-model";

export type EmploymentVerificationInput = {
  employer: { name: string; payFrequency: PayFrequency };
  employee: {
    name: string;
    hireDate: string;
    terminationDate: string | null;
    jobTitle?: string | null;
    payType: "hourly" | "salary";
    /** Hourly rate, or salary per pay period. */
    payRate: string;
  };
  /** The date the letter is written (the request's date in the employee's time zone). */
  asOf: string;
  /** Pay is stated only when the employee asked for it in so many words. */
  includePay: boolean;
};

/**
 * An employment verification letter: who employs the person (the client, the employer of record),
 * since when, in what job when it is on file, and whether they still do. Pay only on request: hourly
 * rate, or salary per period and a year of periods (rounded half-up to the cent, the one rounding
 * here). Pure.
 */
export function buildEmploymentVerification(input: EmploymentVerificationInput): DocumentModel {
  const { employer, employee } = input;
  const active = employee.terminationDate === null || employee.terminationDate >= input.asOf;
  const status = active
    ? `${employee.name} is currently employed by ${employer.name}, and has been since ${employee.hireDate}.`
    : `${employee.name} was employed by ${employer.name} from ${employee.hireDate} to ${employee.terminationDate}, and is no longer employed there.`;
  const paragraphs = [
    "To whom it may concern,",
    `This letter confirms the employment of ${employee.name}.`,
    status,
    employee.jobTitle ? `Job title: ${employee.jobTitle}.` : "",
    ...(input.includePay ? [payParagraph(input)] : []),
    `This letter was issued at the request of ${employee.name} on ${input.asOf}.`,
  ].filter((p) => p !== "");
  return {
    title: "Employment verification",
    header: [employer.name, `Date: ${input.asOf}`],
    sections: [{ kind: "paragraphs", paragraphs }],
    footer: `${employer.name} is the employer of record. Payroll administered on its behalf by its administrative services organization.`,
  };
}

function payParagraph(input: EmploymentVerificationInput): string {
  const { employee, employer } = input;
  const rate = Money.of(employee.payRate);
  if (employee.payType === "hourly") {
    return `Pay: ${rate.round(RoundingRule.HalfUp).format()} per hour.`;
  }
  const annual = rate.times(PAY_PERIODS_PER_YEAR[employer.payFrequency]).round(RoundingRule.HalfUp);
  return `Pay: a salary of ${rate.round(RoundingRule.HalfUp).format()} per ${employer.payFrequency} pay period (${annual.format()} a year).`;
}

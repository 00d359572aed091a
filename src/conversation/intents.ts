/**
 * The intents the assistant understands: the contract's names (docs/contracts.md §6), plus
 * `address_change` for the home-address change, which the contract's outputs report as the
 * `life_event` it is (`contractIntent`). Each has a short label for buttons ("Did you mean …?") and a
 * description the LLM prompt uses.
 */
export const INTENTS = [
  "benefits_question",
  "enrollment_status",
  "life_event",
  "pto_balance",
  "pto_request",
  "paycheck_question",
  "tax_withholding",
  "direct_deposit",
  "address_change",
  "timesheet_submit",
  "timesheet_status",
  "pending_approvals",
  "leave_of_absence",
  "sensitive_report",
  "talk_to_human",
  "greeting_help",
  "out_of_scope",
] as const;

export type IntentName = (typeof INTENTS)[number];

/**
 * The name an intent has in the external contract (`aso classify`, `aso ask`), which lists sixteen: a
 * move is reported as the life event it is, with `address_change` beside it as an optional detail.
 */
export function contractIntent(name: IntentName): { intent: IntentName; subIntent?: IntentName } {
  return name === "address_change" ? { intent: "life_event", subIntent: name } : { intent: name };
}

export function isIntentName(value: unknown): value is IntentName {
  return typeof value === "string" && (INTENTS as readonly string[]).includes(value);
}

/** Human wording of each intent: `label` for buttons, `description` for the LLM prompt and docs. */
export const INTENT_INFO: Record<IntentName, { label: string; description: string }> = {
  benefits_question: {
    label: "A question about my benefits",
    description:
      "Questions about benefit plans: deductibles, copays, coverage, premiums, what a plan covers, HSA/FSA/401k rules.",
  },
  enrollment_status: {
    label: "My current enrollments",
    description:
      "What the person is enrolled in now, their tier, who is covered, whether a change went through.",
  },
  life_event: {
    label: "Report a life event",
    description:
      "Qualifying life events that allow benefit changes: marriage, divorce, birth, adoption, death, loss or gain of other coverage, adding or removing a dependent.",
  },
  pto_balance: {
    label: "My PTO balance",
    description: "How much paid time off, vacation or sick time the person has left or has accrued.",
  },
  pto_request: {
    label: "Request time off",
    description: "Asking to take vacation, sick or personal days off on given dates.",
  },
  paycheck_question: {
    label: "A question about my paycheck",
    description:
      "Questions about a paycheck or pay stub: net/gross pay, why pay changed, overtime pay, deductions, when payday is, a missing check.",
  },
  tax_withholding: {
    label: "Tax withholding / W-4",
    description:
      "Federal or state tax withholding, W-4 changes, allowances, W-2 forms, taxes taken from pay.",
  },
  direct_deposit: {
    label: "Direct deposit",
    description:
      "Setting up or changing direct deposit, bank account or routing number for pay, split deposits.",
  },
  address_change: {
    label: "Change my address",
    description: "Moving, or changing the home or mailing address on file (street, city, state, ZIP).",
  },
  timesheet_submit: {
    label: "Log my hours",
    description: "Entering, logging or submitting hours worked on a timesheet for a day or week.",
  },
  timesheet_status: {
    label: "My timesheet status",
    description: "Whether the person's own timesheet was submitted, approved, rejected or is missing hours.",
  },
  pending_approvals: {
    label: "Approvals waiting for me",
    description:
      "A manager asking what is waiting for their approval: team timesheets, time-off requests to approve or reject.",
  },
  leave_of_absence: {
    label: "Leave of absence",
    description:
      "Extended leave: FMLA, maternity/paternity/parental leave, medical leave, disability, bereavement leave, sabbatical.",
  },
  sensitive_report: {
    label: "Report a concern",
    description:
      "Reports of harassment, discrimination, retaliation, threats, violence, workplace safety hazards or abuse. Always handled by a person.",
  },
  talk_to_human: {
    label: "Talk to a person",
    description: "Any request to reach a person: an HR specialist, a human, someone on the HR team.",
  },
  greeting_help: {
    label: "What can you do?",
    description: "Greetings, thanks, and questions about what the assistant can do.",
  },
  out_of_scope: {
    label: "Something else",
    description:
      "Anything unrelated to HR, pay, benefits, time off or timesheets (weather, jokes, IT problems, sports).",
  },
};

/**
 * The escalation case state machine: an explicit table of which action moves a case from which
 * state to which. Anything not in the table is an invalid transition.
 *
 * ```
 *            claim / transfer
 *   new ─────────────────────────► claimed ──wait_on_employee──► waiting_on_employee
 *                                    │  ▲                          │        ▲
 *                                    │  └──────wait_on_specialist──┘        │
 *                                    │            (employee replied)        │
 *                                    │   waiting_on_specialist ─────────────┘
 *                                    ▼
 *                                 resolved ──close──► closed
 *                                    │                  │
 *                                    └──reopen──► reopened ◄──reopen (staff)
 *                                                   │
 *                                                   └─claim / transfer─► claimed
 * ```
 */

export const CASE_STATES = [
  "new",
  "claimed",
  "waiting_on_employee",
  "waiting_on_specialist",
  "resolved",
  "closed",
  "reopened",
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** What a person (or the system) does to a case. */
export const CASE_ACTIONS = [
  "claim",
  "transfer",
  "wait_on_employee",
  "wait_on_specialist",
  "resolve",
  "close",
  "reopen",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * The transition table: `CASE_TRANSITIONS[state][action]` is the next state. Transfer keeps a
 * worked case in its state (only the owner changes) and assigns an unowned one.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseState, Partial<Readonly<Record<CaseAction, CaseState>>>>> =
  {
    new: { claim: "claimed", transfer: "claimed" },
    claimed: {
      transfer: "claimed",
      wait_on_employee: "waiting_on_employee",
      wait_on_specialist: "waiting_on_specialist",
      resolve: "resolved",
    },
    waiting_on_employee: {
      transfer: "waiting_on_employee",
      wait_on_specialist: "waiting_on_specialist",
      resolve: "resolved",
    },
    waiting_on_specialist: {
      transfer: "waiting_on_specialist",
      wait_on_employee: "waiting_on_employee",
      resolve: "resolved",
    },
    resolved: { close: "closed", reopen: "reopened" },
    closed: { reopen: "reopened" },
    reopened: { claim: "claimed", transfer: "claimed" },
  };

/** States in which the case still needs work (shown in queues and "my open cases"). */
export const OPEN_CASE_STATES: readonly CaseState[] = [
  "new",
  "claimed",
  "waiting_on_employee",
  "waiting_on_specialist",
  "reopened",
];

/** States in which nobody owns the case yet: it sits in the team queue waiting for a claim. */
export const UNCLAIMED_CASE_STATES: readonly CaseState[] = ["new", "reopened"];

/** Thrown by {@link nextCaseState}; the app layer maps it to the `case.invalid_transition` code. */
export class InvalidCaseTransitionError extends Error {
  override readonly name = "InvalidCaseTransitionError";
  constructor(
    readonly from: CaseState,
    readonly action: CaseAction,
  ) {
    super(`a case in state ${from} cannot be ${describeAction(action)}`);
  }
}

function describeAction(action: CaseAction): string {
  switch (action) {
    case "claim":
      return "claimed";
    case "transfer":
      return "transferred";
    case "wait_on_employee":
      return "put on waiting for the employee";
    case "wait_on_specialist":
      return "put on waiting for a specialist";
    case "resolve":
      return "resolved";
    case "close":
      return "closed";
    case "reopen":
      return "reopened";
  }
}

/**
 * The state a case moves to when `action` is applied in state `from`.
 * @throws InvalidCaseTransitionError when the table has no such transition.
 */
export function nextCaseState(from: CaseState, action: CaseAction): CaseState {
  const to = CASE_TRANSITIONS[from][action];
  if (to === undefined) throw new InvalidCaseTransitionError(from, action);
  return to;
}

/** Whether `action` is allowed in state `from` (for showing or hiding buttons). */
export function canApplyCaseAction(from: CaseState, action: CaseAction): boolean {
  return CASE_TRANSITIONS[from][action] !== undefined;
}

/** Whether the case is still open (not resolved or closed). */
export function isOpenCaseState(state: CaseState): boolean {
  return OPEN_CASE_STATES.includes(state);
}

/** Whether the SLA clocks are paused in this state: only while waiting on the employee. */
export function isSlaPausedState(state: CaseState): boolean {
  return state === "waiting_on_employee";
}

/**
 * Every domain error code, namespaced by domain, with why it exists. `status` is the HTTP status,
 * `exit` the CLI exit code (1 = domain or input error, 2 = usage error), `reply` what a person in chat
 * reads when the throw gives no `userMessage` of its own: plain words, never the operator's message.
 * Add a code here rather than throwing a bare Error from a use case.
 */
export const ErrorCodes = {
  // Input that failed validation at a boundary (CLI line, HTTP body, census row, job payload).
  "input.invalid": {
    status: 400,
    exit: 1,
    reply: "Something in that wasn't in a form I can use. Please check it and try again.",
  },
  // A command-line usage mistake (unknown command, missing flag).
  "cli.usage": { status: 400, exit: 2, reply: "That request wasn't complete. Please try again." },
  // A configuration value is wrong; the process stops with one line.
  "config.invalid": {
    status: 500,
    exit: 1,
    reply: "Something went wrong on our side. Please try again later.",
  },
  // Another process already holds the embedded data directory.
  "db.data_dir_locked": {
    status: 500,
    exit: 1,
    reply: "Something went wrong on our side. Please try again later.",
  },
  // The job queue (Redis, or BullMQ's PostgreSQL backend) does not answer; nothing was started.
  "queue.unavailable": {
    status: 503,
    exit: 1,
    reply: "Something went wrong on our side. Please try again in a few minutes.",
  },
  // A committed migration failed or an earlier one is marked failed.
  "db.migration_failed": {
    status: 500,
    exit: 1,
    reply: "Something went wrong on our side. Please try again later.",
  },
  // The actor may not do this (role, client, or ownership).
  "auth.forbidden": { status: 403, exit: 1, reply: "Sorry, you don't have access to that." },
  // The chat user or email is not known to any client employer.
  "auth.unknown_user": {
    status: 403,
    exit: 1,
    reply: "I don't recognise your account yet. Please ask your HR contact to add you.",
  },
  // A referenced record does not exist (or is not visible to the actor).
  "record.not_found": {
    status: 404,
    exit: 1,
    reply: "I couldn't find that. It may have been changed or removed.",
  },
  // The same command with the same idempotency key carried a different payload.
  "idempotency.conflict": {
    status: 409,
    exit: 1,
    reply: "That was already sent with different details. Please start it again.",
  },
  // Census import: a reference inside the file does not resolve (manager, plan).
  "census.invalid_reference": {
    status: 400,
    exit: 1,
    reply: "Part of that data refers to something that doesn't exist.",
  },
  // Payroll: the work state has no withholding module; never withhold a silent zero.
  "payroll.unsupported_state": {
    status: 422,
    exit: 1,
    reply: "Payroll for that state isn't available yet. A specialist can help.",
  },
  // Payroll: a home or work locality code names no jurisdiction payroll knows (or one whose needed rates
  // are not loaded); a local tax is never skipped as a silent zero.
  "payroll.unknown_locality": {
    status: 422,
    exit: 1,
    reply: "Payroll doesn't know one of the local tax places on file for this person. A specialist can help.",
  },
  // Payroll: no tax table covers the pay date.
  "payroll.no_table_for_date": {
    status: 422,
    exit: 1,
    reply: "The tax tables for that pay date aren't loaded yet. A specialist can help.",
  },
  // Payroll: taxes and deductions exceed gross pay; a paycheck never goes negative silently.
  "payroll.negative_net_pay": {
    status: 422,
    exit: 1,
    reply: "That paycheck would come out below zero, so it wasn't calculated. A specialist can help.",
  },
  // Pay runs: a run for this client and pay period already exists; a period is never paid twice.
  "payroll.run_exists": { status: 409, exit: 1, reply: "A pay run for that period already exists." },
  // Pay runs: the action needs another state (approve a run still calculating, void one not posted…).
  "payroll.run_invalid_state": {
    status: 409,
    exit: 1,
    reply: "That pay run isn't in a state where that can be done.",
  },
  // Pay runs: some paychecks failed to calculate; fix them or exclude the employees before approving.
  "payroll.run_has_errors": {
    status: 422,
    exit: 1,
    reply: "Some paychecks in that run need attention before it can be approved.",
  },
  // Filings: the period has pay runs not yet posted (or voided); a filing is built from posted runs only,
  // so it is refused whole rather than produced from part of the period.
  "filing.unposted_runs": {
    status: 409,
    exit: 1,
    reply: "Some pay runs in that period aren't posted yet, so the filing can't be prepared.",
  },
  // Filings: something the file needs (submitter details, the client's address) is not configured.
  "filing.missing_details": {
    status: 422,
    exit: 1,
    reply: "Some details needed for that filing are missing. Please ask your ASO contact.",
  },
  // Direct deposit: a NACHA file is made only for a run that is approved and posted to the ledger.
  "ach.run_not_posted": {
    status: 409,
    exit: 1,
    reply: "That pay run has to be approved before its direct-deposit file can be made.",
  },
  // Direct deposit: the client has no funding account on file to debit for the credits.
  "ach.no_funding_account": {
    status: 422,
    exit: 1,
    reply: "The employer's funding account isn't set up yet, so no direct-deposit file can be made.",
  },
  // Direct deposit: a change is refused (account on another employee, a change already open, bad account).
  "deposit.change_refused": {
    status: 422,
    exit: 1,
    reply: "I can't make that direct-deposit change. Please contact your HR specialist.",
  },
  // Direct deposit: the one-time code is wrong, expired, used, or for another change.
  "deposit.verification_failed": {
    status: 403,
    exit: 1,
    reply: "That code didn't work. Please check it, or ask for a new one.",
  },
  // Mail: the mail server (SMTP_URL) could not be reached, timed out, or answered "try later" (4xx);
  // the same message may go through on a later attempt.
  "mail.unavailable": {
    status: 503,
    exit: 1,
    reply: "I couldn't send the email just now. Please try again later, or ask for a person.",
  },
  // Mail: the mail server refused the message for good (a 5xx reply, failed sign-in, an address it
  // will not take); retrying the same message gets the same answer.
  "mail.rejected": {
    status: 502,
    exit: 1,
    reply: "I couldn't send the email to the address on file. Please contact your HR specialist.",
  },
  // Pay runs: the period end does not fit the client's pay frequency, or no one is employed in it.
  "payroll.invalid_period": {
    status: 422,
    exit: 1,
    reply: "That pay period doesn't match the pay schedule.",
  },
  // Conversation: two turns of one conversation were saved at once (optimistic version check).
  "conversation.conflict": {
    status: 409,
    exit: 1,
    reply: "Sorry, two messages crossed. Please send that again.",
  },
  // Conversation: a button or form carried a command name no handler is registered for.
  "conversation.unknown_command": {
    status: 400,
    exit: 1,
    reply: "That button is no longer available. Please ask again.",
  },
  // Conversation: a command's arguments failed its zod schema (forged or stale button).
  "conversation.invalid_command": {
    status: 400,
    exit: 1,
    reply: "That button is out of date. Please ask again.",
  },
  // Conversation: the language model's answer was missing, malformed or outside the schema.
  "conversation.llm_invalid_answer": {
    status: 502,
    exit: 1,
    reply: "Sorry, I couldn't work that out. Please rephrase, or ask for a person.",
  },
  // Cases: the action is not allowed in the case's current state (transition table in core/cases).
  "case.invalid_transition": {
    status: 409,
    exit: 1,
    reply: "That case has moved on, so that action no longer applies.",
  },
  // Cases: someone else claimed the case first (two specialists clicked Claim); names who.
  "case.already_claimed": { status: 409, exit: 1, reply: "Someone else has already taken that case." },
  // Timesheets: entries break a rule (over 24 h a day, outside employment, overlap with approved PTO…).
  "timesheet.invalid_entries": {
    status: 422,
    exit: 1,
    reply: "Some of those hours can't be recorded as entered. Please check them.",
  },
  // Timesheets: the week is submitted or approved, so its entries are locked until decided.
  "timesheet.not_editable": {
    status: 409,
    exit: 1,
    reply: "That week is submitted or approved, so it can't be changed now.",
  },
  // Timesheets: submit on a week that is already submitted or approved, or has nothing recorded.
  "timesheet.not_submittable": { status: 409, exit: 1, reply: "That week can't be submitted right now." },
  // Timesheets/PTO: a decision on something not waiting for one (draft, or a newer submission exists).
  "timesheet.not_pending": { status: 409, exit: 1, reply: "That isn't waiting for a decision any more." },
  // PTO: the request exceeds the available balance and the client does not allow negative balances.
  "pto.insufficient_balance": {
    status: 422,
    exit: 1,
    reply: "That's more time off than your balance allows.",
  },
  // PTO: the request itself is malformed (no days, days outside employment, zero hours).
  "pto.invalid_request": {
    status: 422,
    exit: 1,
    reply: "That time-off request isn't complete. Please check the dates and hours.",
  },
  // PTO: cancelling a request that was rejected, or whose first day has come.
  "pto.not_cancellable": {
    status: 409,
    exit: 1,
    reply: "That time off can't be cancelled any more. Your manager or HR can help.",
  },
  // Client settings JSON (timesheets/pto sections) does not match its documented shape.
  "settings.invalid": {
    status: 500,
    exit: 1,
    reply: "Something went wrong on our side. Please try again later.",
  },
  // Benefits: an election breaks a rule (window closed, not eligible, tier/dependents mismatch,
  // change not consistent with the life event); `details.problems` lists every reason.
  "benefits.election_rejected": {
    status: 422,
    exit: 1,
    reply: "That benefits change can't be made as requested.",
  },
  // Benefits: a reported life event cannot open a window (future date, window already over).
  "benefits.life_event_invalid": {
    status: 422,
    exit: 1,
    reply: "That life event can't open an enrollment window.",
  },
} as const satisfies Record<string, { status: number; exit: 1 | 2; reply: string }>;

export type ErrorCode = keyof typeof ErrorCodes;
